package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.metaValue;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.pw;
import static dev.apikeep.vault.VaultFixtures.setMeta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key's last check with its exchange: one sealed meta row per key, written in its own transaction,
 * that survives closing and re-encryption, goes with the key, and never changes the key's revision.
 */
class VaultCheckRecordsTest {
    private static final byte[] RECORD = "{\"status\":\"differs\",\"says\":{\"permissions\":[\"withdraw\"]}}".getBytes(StandardCharsets.UTF_8);

    @TempDir Path dir;

    Path file() {
        return dir.resolve("vault.apikeep");
    }

    @Test
    void aCheckIsStoredSealed_survivesReopeningAndRekey_andLeavesTheEntryAlone() throws Exception {
        ApiKeyEntry key;
        try (Vault vault = create(file())) {
            key = add(vault, entry("grid bot"));
            vault.write(tx -> {
                tx.saveCheck(key.id(), RECORD);
                return null;
            });
            assertThat(vault.find(key.id()).orElseThrow().revision()).as("checking is not editing").isEqualTo(key.revision());
            assertThat(vault.verify().intact()).isTrue();
        }
        byte[] sealed = metaValue(file(), "check:" + key.id());
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("withdraw").doesNotContain("differs");
        assertThat(new String(Files.readAllBytes(file()), StandardCharsets.ISO_8859_1)).doesNotContain("withdraw");

        try (Vault vault = open(file())) {
            assertThat(vault.checks()).containsOnlyKeys(key.id());
            assertThat(vault.checks().get(key.id())).isEqualTo(RECORD);
            vault.rekey(pw());
            assertThat(vault.checks().get(key.id())).as("re-encrypted with the rest").isEqualTo(RECORD);
        }
        assertThat(metaValue(file(), "check:" + key.id())).isNotEqualTo(sealed);
        try (Vault vault = open(file())) {
            assertThat(vault.checks().get(key.id())).isEqualTo(RECORD);
        }
    }

    @Test
    void aRecordMovedToAnotherKeyOrDamagedReadsAsNotChecked_notAsDamage() throws Exception {
        ApiKeyEntry a;
        ApiKeyEntry b;
        try (Vault vault = create(file())) {
            a = add(vault, entry("a"));
            b = add(vault, entry("b"));
            vault.write(tx -> {
                tx.saveCheck(a.id(), RECORD);
                return null;
            });
        }
        try (java.sql.Connection c = VaultFixtures.raw(file());
             java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO meta(name, value) VALUES (?, ?)")) {
            s.setString(1, "check:" + b.id());
            s.setBytes(2, metaValue(file(), "check:" + a.id())); // a's record copied onto b
            s.executeUpdate();
        }
        byte[] damaged = metaValue(file(), "check:" + a.id());
        damaged[damaged.length - 1] ^= 1;
        setMeta(file(), "check:" + a.id(), damaged);
        try (Vault vault = open(file())) {
            assertThat(vault.checks()).isEmpty();
            assertThat(vault.isReadOnly()).isFalse();
            assertThat(vault.verify().intact()).isTrue();
        }
    }

    @Test
    void deletingAKeyDeletesItsCheck() throws Exception {
        try (Vault vault = create(file())) {
            ApiKeyEntry key = add(vault, entry("gone soon"));
            ApiKeyEntry kept = add(vault, entry("kept"));
            vault.write(tx -> {
                tx.saveCheck(key.id(), RECORD);
                tx.saveCheck(kept.id(), RECORD);
                return null;
            });
            vault.write(tx -> {
                tx.delete(key.id(), key.revision());
                return null;
            });
            assertThat(vault.checks()).containsOnlyKeys(kept.id());
        }
    }

    @Test
    void aKeyNeverCheckedHasNoRecord() {
        try (Vault vault = create(file())) {
            add(vault, entry("fresh"));
            assertThat(vault.checks()).isEmpty();
            assertThat(vault.checks().get(UUID.randomUUID())).isNull();
        }
    }
}
