package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo of a revoke and of a delete, as the key list offers them. */
class UndoTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    @TempDir Path dir;

    @Test
    void aDeletedKeyIsStoredAgainUnderItsOwnIdFromACopyThatSurvivesWiping() {
        Path file = dir.resolve("v.apikeep");
        try (KeyService service = KeyService.create(file, "pw".toCharArray(), dev.apikeep.crypto.KdfParams.ofMebibytes(19, 2, 1),
                ExchangeCatalog.loadDefault(), CLOCK)) {
            ApiKeyEntry stored = service.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot")
                    .apiKey(SecretBytes.of("AK-1")).secret(SecretBytes.of("SK-1")).build());
            ApiKeyEntry kept = stored.withCopiedSecrets();
            service.delete(stored);
            stored.wipeSecrets(); // what the list does to replaced values
            ApiKeyEntry back = service.restoreDeleted(kept);
            assertThat(back.id()).isEqualTo(stored.id());
            assertThat(service.find(stored.id()).orElseThrow().secret().reveal()).isEqualTo("SK-1");
            assertThat(service.events(2)).extracting(e -> e.type().id() + ":" + e.detail())
                    .containsExactly("delete:bybit", "add:undo delete");
            assertThatThrownBy(() -> service.restoreDeleted(kept)).isInstanceOf(AppException.class);
        }
        try (Vault vault = Vault.open(file, "pw".toCharArray(), Vault.Access.NORMAL)) {
            assertThat(vault.verify().intact()).isTrue();
        }
    }

    @Test
    void anUndoneRevokeMakesTheKeyActiveAgain() {
        try (KeyService service = KeyService.create(dir.resolve("r.apikeep"), "pw".toCharArray(),
                dev.apikeep.crypto.KdfParams.ofMebibytes(19, 2, 1), ExchangeCatalog.loadDefault(), CLOCK)) {
            ApiKeyEntry revoked = service.revoke(service.add(ApiKeyEntry.builder().exchangeId("bybit").label("Bot")
                    .apiKey(SecretBytes.of("AK")).secret(SecretBytes.of("SK")).build()));
            assertThat(revoked.isRevoked()).isTrue();
            ApiKeyEntry active = service.reactivate(revoked);
            assertThat(active.isRevoked()).isFalse();
            assertThat(active.revokedAt()).isNull();
            assertThat(service.list(false)).extracting(ApiKeyEntry::label).containsExactly("Bot");
            assertThat(service.events(1).get(0).detail()).isEqualTo("undo revoke");
        }
    }
}
