package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportBundleTest {
    private static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    private static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    @TempDir Path dir;

    @Test
    void fiveHundredKeysSurviveExportAndImportIntoANewVaultWithEveryFieldEqual() {
        List<ApiKeyEntry> original;
        byte[] bundle;
        try (KeyService source = KeyService.create(dir.resolve("a.apikeep"), "pw-a".toCharArray(), FAST, CATALOG, CLOCK)) {
            for (int i = 0; i < 500; i++) source.add(sample(i));
            original = source.list(true);
            bundle = ExportBundle.seal(new ExportBundle.Content(original, source.events(0)), "bundle-pw".toCharArray(), FAST);
        }
        try (KeyService target = KeyService.create(dir.resolve("b.apikeep"), "pw-b".toCharArray(), FAST, CATALOG, CLOCK)) {
            ExportBundle.Content content = ExportBundle.open(bundle, "bundle-pw".toCharArray());
            assertThat(content.events()).hasSize(501);
            ImportResult result = new Importing(target).merge(content.entries(), "bundle");
            assertThat(result.added()).hasSize(500);
            List<ApiKeyEntry> imported = target.list(true);
            assertThat(byId(imported)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("revision")
                    .containsExactlyElementsOf(byId(original));
            ImportResult again = new Importing(target).merge(content.entries(), "bundle");
            assertThat(again.added()).isEmpty();
            assertThat(again.unchanged()).hasSize(500);
        }
        String envelope = new String(bundle, StandardCharsets.UTF_8);
        assertThat(envelope).doesNotContain("secret-7").doesNotContain("Label 7");
    }

    @Test
    void wrongPasswordTruncatedAndForeignFilesGetClearMessages() {
        byte[] bundle = ExportBundle.seal(new ExportBundle.Content(List.of(sample(1)), List.of()), "right".toCharArray(), FAST);
        assertThatThrownBy(() -> ExportBundle.open(bundle, "wrong".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wrong bundle password");
        byte[] truncated = Arrays.copyOf(bundle, bundle.length / 2);
        assertThatThrownBy(() -> ExportBundle.open(truncated, "right".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> ExportBundle.open("{\"hello\":1}".getBytes(StandardCharsets.UTF_8), "right".toCharArray()))
                .hasMessageContaining("not an ApiKeep bundle");
        String weak = new String(bundle, StandardCharsets.UTF_8).replace("\"memoryKiB\":19456", "\"memoryKiB\":8");
        assertThatThrownBy(() -> ExportBundle.open(weak.getBytes(StandardCharsets.UTF_8), "right".toCharArray()))
                .hasMessageContaining("KDF");
    }

    private static List<ApiKeyEntry> byId(List<ApiKeyEntry> entries) {
        List<ApiKeyEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ApiKeyEntry::id));
        return sorted;
    }

    static ApiKeyEntry sample(int i) {
        boolean okx = i % 3 == 0;
        return ApiKeyEntry.builder()
                .id(UUID.randomUUID())
                .exchangeId(okx ? "okx" : "bybit")
                .environment(i % 5 == 0 ? Environment.TESTNET : Environment.MAINNET)
                .label("Label " + i + " Тест 🚀")
                .account("sub-" + i)
                .apiKey(SecretBytes.of("key-" + i + "-" + UUID.randomUUID()))
                .secret(SecretBytes.of("secret-" + i + "\nline two"))
                .passphrase(okx ? SecretBytes.of("pass-" + i) : SecretBytes.empty())
                .keyType(KeyType.HMAC)
                .permissions(okx ? List.of("read", "trade") : List.of("read"))
                .ipWhitelist(i % 2 == 0 ? List.of(IpRule.parse("10.0.0." + (i % 250)), IpRule.parse("2001:db8::/32")) : List.of())
                .createdAt(LocalDate.of(2026, 1, 1).plusDays(i % 300))
                .expiresAt(i % 4 == 0 ? LocalDate.of(2027, 6, 1) : null)
                .rotateEveryDays(i % 7 == 0 ? 90 : null)
                .usedBy(List.of("bot-" + i))
                .tags(List.of("tag" + (i % 3)))
                .notes("notes for " + i)
                .lastUsedAt(i % 2 == 0 ? Instant.parse("2026-11-01T12:00:00Z") : null)
                .build();
    }
}
