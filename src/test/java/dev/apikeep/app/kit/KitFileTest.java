package dev.apikeep.app.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.Permission;
import dev.apikeep.domain.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KitFileTest {
    static final LocalDate CREATED = LocalDate.of(2026, 3, 1);
    static final LocalDate EXPIRES = LocalDate.of(2026, 5, 30);
    static final String PEM = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    static KitFile.Header header(String name) {
        return new KitFile.Header(UUID.randomUUID(), name, CREATED, EXPIRES);
    }

    static ApiKeyEntry entry(String exchange, String label) {
        return ApiKeyEntry.builder().exchangeId(exchange).label(label).createdAt(CREATED).revision(7)
                .apiKey(SecretBytes.of("key-" + label)).secret(SecretBytes.of("secret-" + label)).build();
    }

    @Test
    void everyExchangesFieldsComeBackExactlyPassphrasesAndPemSecretsByteForByte() {
        List<ApiKeyEntry> entries = new ArrayList<>();
        for (Exchange exchange : ExchangeCatalog.loadDefault().all()) {
            boolean pem = exchange.keyTypes().stream().anyMatch(KeyType::usesPemPrivateKey);
            entries.add(ApiKeyEntry.builder().exchangeId(exchange.id()).label(exchange.name() + " bot ü✓")
                    .environment(exchange.id().length() % 2 == 0 ? Environment.TESTNET : Environment.MAINNET)
                    .account("sub-" + exchange.id()).revision(exchange.id().length() * 1000L).createdAt(CREATED)
                    .apiKey(SecretBytes.of("AK-" + exchange.id() + "-Zq7Hd0"))
                    .secret(SecretBytes.of(pem ? PEM : "s3cr3t/" + exchange.id() + "+=="))
                    .passphrase(exchange.passphraseRequired() ? SecretBytes.of("pass phrase " + exchange.id()) : null)
                    .permissions(exchange.permissions().stream().map(Permission::id).toList()).build());
        }
        try (KitToken token = KitToken.generate(RANDOM)) {
            KitFile.Header header = header("freqtrade-vps");
            byte[] file = KitFile.seal(header, entries, token);
            try (Kit kit = KitFile.open(file, token, CREATED, "kit.akkit")) {
                assertThat(kit.id()).isEqualTo(header.id());
                assertThat(kit.name()).isEqualTo("freqtrade-vps");
                assertThat(kit.expires()).isEqualTo(EXPIRES);
                assertThat(kit.entries()).hasSize(entries.size());
                for (int i = 0; i < entries.size(); i++) {
                    ApiKeyEntry in = entries.get(i);
                    ApiKeyEntry out = kit.entries().get(i);
                    assertThat(out.id()).isEqualTo(in.id());
                    assertThat(out.revision()).isEqualTo(in.revision());
                    assertThat(out.exchangeId()).isEqualTo(in.exchangeId());
                    assertThat(out.environment()).isEqualTo(in.environment());
                    assertThat(out.label()).isEqualTo(in.label());
                    assertThat(out.account()).isEqualTo(in.account());
                    assertThat(out.permissions()).isEqualTo(in.permissions());
                    assertThat(out.apiKey().copyBytes()).isEqualTo(in.apiKey().copyBytes());
                    assertThat(out.secret().copyBytes()).isEqualTo(in.secret().copyBytes());
                    assertThat(out.passphrase().copyBytes()).isEqualTo(in.passphrase().copyBytes());
                }
                assertThat(kit.entries()).anyMatch(e -> Arrays.equals(e.secret().copyBytes(), PEM.getBytes(StandardCharsets.UTF_8)));
                assertThat(kit.entries()).anyMatch(ApiKeyEntry::hasPassphrase);
            }
        }
    }

    @Test
    void theFileHoldsNoSecretLabelOrNoteInPlainTextAndItsSizeHidesTheSecretsLengths() {
        ApiKeyEntry entry = entry("bybit", "Grid bot").toBuilder().notes("my notes").tags(List.of("tag-x")).build();
        try (KitToken token = KitToken.generate(RANDOM)) {
            byte[] file = KitFile.seal(header("vps"), List.of(entry), token);
            String text = new String(file, StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("secret-Grid bot", "key-Grid bot", "Grid bot", "my notes", "tag-x", "bybit");
            ApiKeyEntry longer = entry.toBuilder().secret(SecretBytes.of("a-much-longer-secret-value-of-many-bytes")).build();
            assertThat(KitFile.seal(header("vps"), List.of(longer), token)).hasSameSizeAs(file);
        }
    }

    @Test
    void everySingleByteFlipReadsAsDamagedNeverAsAWrongTokenOrWrongData() {
        try (KitToken token = KitToken.generate(RANDOM)) {
            byte[] file = KitFile.seal(header("freqtrade-vps"), List.of(entry("okx", "Grid bot")), token);
            for (int i = 0; i < file.length; i++) {
                for (int mask : new int[] {0x01, 0x80, 0xff}) {
                    byte[] flipped = file.clone();
                    flipped[i] ^= (byte) mask;
                    int at = i;
                    assertThatThrownBy(() -> KitFile.open(flipped, token, CREATED, "kit.akkit"))
                            .as("byte %d ^ %02x", at, mask)
                            .isInstanceOfSatisfying(KitException.class,
                                    e -> assertThat(e.kitKind()).isEqualTo(KitException.KitKind.DAMAGED));
                }
            }
        }
    }

    @Test
    void aTruncatedOrExtendedFileIsDamaged() {
        try (KitToken token = KitToken.generate(RANDOM)) {
            byte[] file = KitFile.seal(header("vps"), List.of(entry("okx", "Grid bot")), token);
            for (int length : new int[] {0, 5, 12, 40, file.length / 2, file.length - 1}) {
                assertKind(Arrays.copyOf(file, length), token, KitException.KitKind.DAMAGED);
            }
            assertKind(Arrays.copyOf(file, file.length + 1), token, KitException.KitKind.DAMAGED);
        }
    }

    @Test
    void aTamperedFileWithARecomputedChecksumIsDamagedNotOpened() {
        try (KitToken token = KitToken.generate(RANDOM)) {
            byte[] file = KitFile.seal(header("vps"), List.of(entry("okx", "Grid bot")), token);
            byte[] laterExpiry = file.clone();
            int expiresAt = KitFile.MAGIC.length + 1 + 16 + 8;
            ByteBuffer.wrap(laterExpiry).putLong(expiresAt, EXPIRES.plusYears(5).toEpochDay());
            assertKind(withChecksum(laterExpiry), token, KitException.KitKind.DAMAGED);

            byte[] alteredCiphertext = file.clone();
            alteredCiphertext[file.length - 40] ^= 1;
            assertKind(withChecksum(alteredCiphertext), token, KitException.KitKind.DAMAGED);
        }
    }

    @Test
    void aKitFromANewerApiKeepSaysSo() {
        try (KitToken token = KitToken.generate(RANDOM)) {
            byte[] file = KitFile.seal(header("vps"), List.of(entry("okx", "Grid bot")), token);
            file[KitFile.MAGIC.length] = 2;
            assertThatThrownBy(() -> KitFile.open(withChecksum(file), token, CREATED, "kit.akkit"))
                    .isInstanceOf(KitException.class).hasMessageContaining("newer ApiKeep");
        }
    }

    @Test
    void anotherKitsTokenIsAWrongTokenAndSaysNothingOfTheToken() {
        try (KitToken token = KitToken.generate(RANDOM); KitToken other = KitToken.generate(RANDOM)) {
            byte[] file = KitFile.seal(header("freqtrade-vps"), List.of(entry("okx", "Grid bot")), token);
            char[] otherText = other.toText();
            assertThatThrownBy(() -> KitFile.open(file, other, CREATED, "kit.akkit"))
                    .isInstanceOfSatisfying(KitException.class, e -> {
                        assertThat(e.kitKind()).isEqualTo(KitException.KitKind.WRONG_TOKEN);
                        assertThat(e.getMessage()).contains("freqtrade-vps").doesNotContain(new String(otherText).substring(6, 20));
                    });
        }
    }

    @Test
    void aKitOpensOnItsExpiryDayAndIsRefusedTheDayAfterNamingTheDate() {
        try (KitToken token = KitToken.generate(RANDOM)) {
            byte[] file = KitFile.seal(header("vps"), List.of(entry("okx", "Grid bot")), token);
            try (Kit kit = KitFile.open(file, token, EXPIRES, "kit.akkit")) {
                assertThat(kit.entries()).hasSize(1);
            }
            assertThatThrownBy(() -> KitFile.open(file, token, EXPIRES.plusDays(1), "kit.akkit"))
                    .isInstanceOfSatisfying(KitException.class, e -> {
                        assertThat(e.kitKind()).isEqualTo(KitException.KitKind.EXPIRED);
                        assertThat(e.getMessage()).contains("expired on 2026-05-30");
                    });
        }
    }

    @Test
    void theHeaderIsReadableWithoutTheToken() {
        KitFile.Header header = header("freqtrade-vps");
        try (KitToken token = KitToken.generate(RANDOM)) {
            byte[] file = KitFile.seal(header, List.of(entry("okx", "Grid bot")), token);
            assertThat(KitFile.header(file, "kit.akkit")).isEqualTo(header);
        }
    }

    private static void assertKind(byte[] file, KitToken token, KitException.KitKind kind) {
        assertThatThrownBy(() -> KitFile.open(file, token, CREATED, "kit.akkit"))
                .isInstanceOfSatisfying(KitException.class, e -> assertThat(e.kitKind()).isEqualTo(kind));
    }

    static byte[] withChecksum(byte[] file) throws RuntimeException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(file, 0, file.length - 32);
            byte[] copy = file.clone();
            System.arraycopy(sha.digest(), 0, copy, file.length - 32, 32);
            return copy;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
