package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.FAST;
import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.kindOf;
import static dev.apikeep.vault.VaultFixtures.metaValue;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.pw;
import static dev.apikeep.vault.VaultFixtures.raw;
import static dev.apikeep.vault.VaultFixtures.setMeta;
import static dev.apikeep.vault.VaultFixtures.sql;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static dev.apikeep.vault.VaultFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.VaultException.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultSecurityTest {
    @TempDir Path dir;

    Path file() {
        return dir.resolve("vault.apikeep");
    }

    /** A ~3 KB PKCS#8-style PEM block, 64-column lines, ending in a newline, as exchanges hand them out. */
    static String pem() {
        byte[] der = new byte[2300];
        new Random(42).nextBytes(der);
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    static ApiKeyEntry fullEntry() {
        return ApiKeyEntry.builder()
                .exchangeId("coinbase")
                .environment(Environment.TESTNET)
                .label("Тест 🚀 日本 \"quoted\" \\ back")
                .account("sub-Ω-7")
                .apiKey(SecretBytes.of("organizations/abc/apiKeys/def"))
                .secret(SecretBytes.of(pem()))
                .passphrase(SecretBytes.of("pässphrase\twith tab"))
                .keyType(KeyType.ECDSA)
                .permissions(List.of("read", "trade"))
                .ipWhitelist(List.of(IpRule.parse("203.0.113.7"), IpRule.parse("2001:db8::/32")))
                .createdAt(LocalDate.of(2024, 2, 29))
                .expiresAt(LocalDate.of(2025, 12, 31))
                .rotateEveryDays(90)
                .status(KeyStatus.REVOKED)
                .revokedAt(LocalDate.of(2025, 1, 15))
                .usedBy(List.of("grid-bot", "tax export"))
                .tags(List.of("long-term", "日本"))
                .notes("line one\nline two — Тест 🚀 日本\r\n\ttabbed")
                .rotatedFrom(UUID.randomUUID())
                .rotatedTo(UUID.randomUUID())
                .lastUsedAt(Instant.parse("2025-03-01T12:34:56.789123Z"))
                .build();
    }

    /** Every field as written, except "last used": usage lives in its own record, never in the entry (format 2). */
    static void assertSameEntry(ApiKeyEntry actual, ApiKeyEntry written) {
        ApiKeyEntry expected = VaultTransaction.withoutUsage(written);
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.revision()).isEqualTo(expected.revision());
        assertThat(actual.exchangeId()).isEqualTo(expected.exchangeId());
        assertThat(actual.environment()).isEqualTo(expected.environment());
        assertThat(actual.label()).isEqualTo(expected.label());
        assertThat(actual.account()).isEqualTo(expected.account());
        assertThat(actual.apiKey().copyBytes()).isEqualTo(expected.apiKey().copyBytes());
        assertThat(actual.secret().copyBytes()).isEqualTo(expected.secret().copyBytes());
        assertThat(actual.passphrase().copyBytes()).isEqualTo(expected.passphrase().copyBytes());
        assertThat(actual.keyType()).isEqualTo(expected.keyType());
        assertThat(actual.permissions()).isEqualTo(expected.permissions());
        assertThat(actual.ipWhitelist()).isEqualTo(expected.ipWhitelist());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.expiresAt()).isEqualTo(expected.expiresAt());
        assertThat(actual.rotateEveryDays()).isEqualTo(expected.rotateEveryDays());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.revokedAt()).isEqualTo(expected.revokedAt());
        assertThat(actual.usedBy()).isEqualTo(expected.usedBy());
        assertThat(actual.tags()).isEqualTo(expected.tags());
        assertThat(actual.notes()).isEqualTo(expected.notes());
        assertThat(actual.rotatedFrom()).isEqualTo(expected.rotatedFrom());
        assertThat(actual.rotatedTo()).isEqualTo(expected.rotatedTo());
        assertThat(actual.lastUsedAt()).isEqualTo(expected.lastUsedAt());
        assertThat(actual).isEqualTo(expected); // record equality, SecretBytes by content
    }

    @Test
    void everyFieldSurvivesCloseAndOpenIncludingAPemKeyByteForByte() {
        ApiKeyEntry full = fullEntry();
        assertThat(full.secret().length()).isBetween(2900, 3300);
        ApiKeyEntry minimal = ApiKeyEntry.builder().label("").build(); // all optional fields absent
        try (Vault vault = create(file())) {
            add(vault, full);
            add(vault, minimal);
        }
        try (Vault vault = open(file())) {
            assertSameEntry(vault.find(full.id()).orElseThrow(), full.withRevision(1));
            assertSameEntry(vault.find(minimal.id()).orElseThrow(), minimal.withRevision(2)); // the second write
            assertThat(vault.find(full.id()).orElseThrow().secret().reveal()).endsWith("-----END PRIVATE KEY-----\n");
            assertThat(vault.entries()).hasSize(2);
            assertThat(vault.find(UUID.randomUUID())).isEmpty();
        }
    }

    @Test
    void anEditIsStoredAtTheNextRevision() {
        ApiKeyEntry stored;
        try (Vault vault = create(file())) {
            stored = add(vault, entry("old"));
            stored = update(vault, stored.toBuilder().label("new").notes("changed").build());
            assertThat(stored.revision()).isEqualTo(2);
        }
        try (Vault vault = open(file())) {
            assertSameEntry(vault.find(stored.id()).orElseThrow(), stored);
            assertThat(vault.events(0)).extracting(e -> e.type()).containsExactly(EventType.ADD, EventType.EDIT);
        }
    }

    @Test
    void wrongPasswordIsWrongPassword() {
        create(file()).close();
        VaultException e = thrown(() -> Vault.open(file(), "correct horse battery stapl".toCharArray(), Vault.Access.NORMAL));
        assertThat(e.kind()).isEqualTo(Kind.WRONG_PASSWORD);
        assertThat(e.getMessage()).containsIgnoringCase("wrong master password");
        assertThat(kindOf(() -> Vault.open(file(), new char[0], Vault.Access.RESCUE))).isEqualTo(Kind.WRONG_PASSWORD);
    }

    @Test
    void randomBytesAreNotAVault() throws Exception {
        byte[] junk = new byte[8192];
        new Random(1).nextBytes(junk);
        Files.write(file(), junk);
        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.NOT_A_VAULT);
        assertThat(Files.readAllBytes(file())).as("the file is left alone").isEqualTo(junk);
    }

    @Test
    void anEmptyFileIsNotAVault() throws Exception {
        Files.createFile(file());
        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.NOT_A_VAULT);
        assertThat(Files.size(file())).isZero();
    }

    @Test
    void aPlainSqliteDatabaseIsNotAVault() throws Exception {
        sql(file(), "CREATE TABLE notes(x TEXT)");
        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.NOT_A_VAULT);
    }

    @Test
    void aMissingFileIsNotFoundAndIsNotCreated() {
        VaultException e = thrown(() -> open(file()));
        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("create one first");
        assertThat(file()).doesNotExist();
    }

    @Test
    void createRefusesToOverwriteAVault() throws Exception {
        create(file()).close();
        byte[] before = Files.readAllBytes(file());
        assertThat(kindOf(() -> create(file()))).isEqualTo(Kind.ALREADY_EXISTS);
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        open(file()).close();
    }

    @Test
    void createRefusesAKdfBelowTheFloors() {
        VaultException e = thrown(() -> Vault.create(file(), pw(), KdfParams.ofMebibytes(8, 2, 1)));
        assertThat(e.getMessage()).contains("19 MiB");
        assertThat(file()).doesNotExist();
    }

    @Test
    void aCreateThatFailsHalfwayLeavesNoFileAndReportsTheRealCause() {
        // any non-SQL failure inside create used to be cast to SQLException: a ClassCastException hid the cause
        assertThatThrownBy(() -> Vault.create(file(), null, FAST)).isInstanceOf(NullPointerException.class);
        assertThat(file()).doesNotExist();
        create(file()).close(); // and the name is free again
    }

    @Test
    void aDamagedHeaderIsDamagedNotWrongPassword() throws Exception {
        create(file()).close();
        byte[] header = metaValue(file(), Meta.HEADER);
        header[header.length / 2] ^= 0x01;
        setMeta(file(), Meta.HEADER, header);
        VaultException e = thrown(() -> open(file()));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("header");
    }

    @Test
    void aDamagedWrappedKeyIsDamagedNotWrongPassword() throws Exception {
        create(file()).close();
        byte[] wrapped = metaValue(file(), Meta.DATA_KEY);
        wrapped[wrapped.length - 1] ^= 0x01;
        setMeta(file(), Meta.DATA_KEY, wrapped);
        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.DAMAGED);
    }

    /** Rewrites the header JSON and recomputes the checksum, so only the named check can catch it. */
    private void rewriteHeader(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        VaultFixtures.rewriteHeader(file(), edit);
    }

    @Test
    void aHeaderClaimingAWeakerKdfIsRefusedAsTampered() throws Exception {
        create(file()).close();
        rewriteHeader(h -> h.put("memoryKiB", 1024).put("iterations", 1));
        VaultException e = thrown(() -> open(file()));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("tampered").contains("KDF memory below the 19 MiB minimum");
    }

    @Test
    void aHeaderAskingForEndlessWorkIsRefusedBeforeDerivingAnything() throws Exception {
        create(file()).close();
        rewriteHeader(h -> h.put("iterations", 1_000_000));
        long start = System.nanoTime();
        VaultException e = thrown(() -> open(file()));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("iterations above");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void aNewerHeaderFormatIsNewerFormat() throws Exception {
        create(file()).close();
        rewriteHeader(h -> h.put("format", 2));
        VaultException e = thrown(() -> open(file()));
        assertThat(e.kind()).isEqualTo(Kind.NEWER_FORMAT);
        assertThat(e.getMessage()).contains("update ApiKeep");
    }

    @Test
    void aNewerSchemaVersionIsNewerFormat() throws Exception {
        create(file()).close();
        sql(file(), "PRAGMA user_version=99");
        VaultException e = thrown(() -> open(file()));
        assertThat(e.kind()).isEqualTo(Kind.NEWER_FORMAT);
        assertThat(e.getMessage()).contains("99");
    }

    @Test
    void pragmasAreWrittenIntoTheFileAndSetOnTheConnection() throws Exception {
        SqliteFile[] connection = new SqliteFile[1];
        try (Vault vault = Unlocking.create(file(), pw(), FAST, f -> connection[0] = SqliteFile.open(f))) {
            add(vault, entry("a"));
            try (Connection c = raw(file()); Statement s = c.createStatement()) {
                assertThat(pragma(s, "application_id")).isEqualTo(String.valueOf(0x414B4550));
                assertThat(pragma(s, "user_version")).isEqualTo(String.valueOf(SqliteFile.SCHEMA_VERSION));
                assertThat(pragma(s, "journal_mode")).isEqualToIgnoringCase("delete");
            }
            assertThat(connection[0].pragma("journal_mode")).isEqualToIgnoringCase("delete");
            assertThat(connection[0].pragma("synchronous")).isEqualTo("3");
            assertThat(connection[0].pragma("secure_delete")).isEqualTo("1");
            assertThat(connection[0].pragma("busy_timeout")).isEqualTo("5000");
        }
        assertThat(dir.resolve("vault.apikeep-wal")).doesNotExist();
    }

    private static String pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theFileIsPrivateAndACreatedFolderToo() throws Exception {
        Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path nested = dir.resolve("new-a").resolve("new-b").resolve("vault.apikeep");
        try (Vault vault = Vault.create(nested, pw(), FAST)) {
            add(vault, entry("a"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.getParent().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void noPlaintextReachesTheFile() throws Exception {
        List<String> distinctive = new ArrayList<>();
        try (Vault vault = create(file())) {
            for (int i = 0; i < 5; i++) {
                String tag = "Zq" + i + "x";
                distinctive.addAll(List.of("LabelMarker" + tag, "NotesMarker" + tag, "ApiKeyMarker" + tag,
                        "SecretMarker" + tag, "PassMarker" + tag, "Метка" + tag));
                ApiKeyEntry stored = add(vault, ApiKeyEntry.builder().exchangeId("kraken")
                        .label("LabelMarker" + tag + " Метка" + tag).notes("NotesMarker" + tag)
                        .apiKey(SecretBytes.of("ApiKeyMarker" + tag)).secret(SecretBytes.of("SecretMarker" + tag))
                        .passphrase(SecretBytes.of("PassMarker" + tag)).build());
                if (i % 2 == 0) {
                    distinctive.add("EditedMarker" + tag);
                    stored = update(vault, stored.toBuilder().notes("EditedMarker" + tag).build());
                }
                if (i == 3) {
                    ApiKeyEntry doomed = stored;
                    vault.write(tx -> {
                        tx.delete(doomed.id(), doomed.revision());
                        return tx.log(EventType.DELETE, doomed.id(), 0, "deleted");
                    });
                }
            }
            distinctive.add(VaultFixtures.PASSWORD);
            assertNoneIn(distinctive, dir);
        }
        assertNoneIn(distinctive, dir);
    }

    private static void assertNoneIn(List<String> needles, Path dir) throws Exception {
        List<Path> files;
        try (var stream = Files.list(dir)) {
            files = stream.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String needle : needles) {
                for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
                    assertThat(indexOf(bytes, needle.getBytes(cs))).as(needle + " in " + f.getFileName() + " as " + cs)
                            .isEqualTo(-1);
                }
            }
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    @Test
    void theScanWouldFindPlaintext() {
        // guards the scanner itself: a test that can never fail proves nothing
        byte[] bytes = ("xx" + "Метка").getBytes(StandardCharsets.UTF_16LE);
        assertThat(indexOf(bytes, "Метка".getBytes(StandardCharsets.UTF_16LE))).isEqualTo(4);
    }

    @Test
    void changePasswordRewrapsTheKeyAndKeepsEntries() {
        ApiKeyEntry stored;
        KdfParams stronger = KdfParams.ofMebibytes(20, 3, 2);
        try (Vault vault = create(file())) {
            stored = add(vault, fullEntry());
            vault.changePassword("new password".toCharArray(), stronger);
            assertThat(vault.kdfParams()).isEqualTo(stronger);
            add(vault, entry("after change")); // the open vault keeps working
        }
        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.WRONG_PASSWORD);
        try (Vault vault = Vault.open(file(), "new password".toCharArray(), Vault.Access.NORMAL)) {
            assertThat(vault.kdfParams()).isEqualTo(stronger);
            assertSameEntry(vault.find(stored.id()).orElseThrow(), stored);
            assertThat(vault.entryCount()).isEqualTo(2);
            assertThat(vault.verify().intact()).isTrue();
        }
    }

    @Test
    void changePasswordRefusesParametersBelowTheFloors() {
        try (Vault vault = create(file())) {
            add(vault, entry("a"));
            assertThatThrownBy(() -> vault.changePassword("weak".toCharArray(), KdfParams.ofMebibytes(19, 1, 1)))
                    .isInstanceOf(VaultException.class).hasMessageContaining("iterations below");
            assertThat(vault.kdfParams()).isEqualTo(FAST);
        }
        assertThat(kindOf(() -> Vault.open(file(), "weak".toCharArray(), Vault.Access.NORMAL)))
                .isEqualTo(Kind.WRONG_PASSWORD);
        open(file()).close();
    }

    @Test
    void aWriteThatFailsMidwayChangesNothing() {
        ApiKeyEntry first;
        try (Vault vault = create(file())) {
            first = add(vault, entry("first"));
            long generation = vault.verify().generation();
            ApiKeyEntry edited = first.toBuilder().label("half-done").build();
            assertThatThrownBy(() -> vault.write(tx -> {
                tx.insert(entry("second"));
                tx.update(edited);
                tx.log(EventType.EDIT, edited, "edit");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
            assertThat(vault.entryCount()).isEqualTo(1);
            assertThat(vault.verify().intact()).isTrue();
            assertThat(vault.verify().generation()).isEqualTo(generation);
            assertThat(vault.events(0)).hasSize(1);
            // and the vault still accepts writes afterwards
            add(vault, entry("third"));
        }
        try (Vault vault = open(file())) {
            assertThat(vault.entries()).extracting(ApiKeyEntry::label).containsExactlyInAnyOrder("first", "third");
            assertThat(vault.find(first.id()).orElseThrow().revision()).isEqualTo(1);
        }
    }

    @Test
    void aWriteThatFailsWithAnErrorAlsoRollsBack() {
        try (Vault vault = create(file())) {
            assertThatThrownBy(() -> vault.write(tx -> {
                tx.insert(entry("doomed"));
                throw new AssertionError("not an exception");
            })).isInstanceOf(AssertionError.class);
            assertThat(vault.entryCount()).isZero();
            add(vault, entry("next")); // no transaction was left open
            assertThat(vault.entryCount()).isEqualTo(1);
        }
        open(file()).close();
    }

    @Test
    void settingsAreStoredEncrypted() throws Exception {
        byte[] settings = "{\"theme\":\"SettingsMarkerQ\"}".getBytes(StandardCharsets.UTF_8);
        try (Vault vault = create(file())) {
            assertThat(vault.settings()).isEmpty();
            vault.saveSettings(settings);
        }
        try (Vault vault = open(file())) {
            assertThat(vault.settings()).hasValueSatisfying(v -> assertThat(v).isEqualTo(settings));
        }
        assertThat(indexOf(Files.readAllBytes(file()), "SettingsMarkerQ".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }
}
