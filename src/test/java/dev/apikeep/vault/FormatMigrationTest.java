package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.raw;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.fixtures.GoldenFixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed format-1 vault upgrades to format 2 in one transaction on its first unlock. */
class FormatMigrationTest {
    private static final JsonNode EXPECTED = GoldenFixtures.expected("vault-v1");

    @TempDir
    Path dir;

    private Vault open(Path file, Vault.Access access) {
        return Vault.open(file, EXPECTED.path("password").asText().toCharArray(), access);
    }

    @Test
    void theFirstUnlockUpgradesEveryPieceAndKeepsABackupOfTheFormat1File() throws Exception {
        Path file = GoldenFixtures.copy("vault-v1", "vault.apikeep", dir);
        UUID grid = UUID.fromString("a791ad14-4060-4d57-b4e4-37b9609eb838");
        UUID deleted = UUID.fromString(EXPECTED.path("deleted").get(0).asText());
        long generation;
        try (Vault vault = open(file, Vault.Access.NORMAL)) {
            assertThat(vault.formatVersion()).isEqualTo(2);
            assertThat(vault.isReadOnly()).isFalse();
            generation = vault.generation();
            List<ApiKeyEntry> entries = vault.entries();
            GoldenFixtures.assertEntries(EXPECTED, entries, true); // "last used" now comes from the usage record
            // every entry re-sealed at the upgrade's generation: no format-1 row can be put back
            assertThat(entries).allSatisfy(e -> assertThat(e.revision()).isEqualTo(generation));
            assertThat(vault.usage(grid)).isEqualTo(new Usage(Instant.parse("2026-12-04T16:20:18.163437372Z"), 1));
            assertThat(vault.idsWithLabel("tracker").orElseThrow()).hasSize(2);
            assertThat(vault.labelIndexMismatches()).isEmpty();
            assertThat(vault.verify().intact()).isTrue();
            assertThat(vault.migrationBackup()).isPresent();
            assertThat(userVersion(vault.migrationBackup().get())).isEqualTo(1);
        }
        assertThat(userVersion(file)).isEqualTo(2);
        assertThat(query(file, "SELECT id || ' ' || revision FROM tombstones")).containsExactly(deleted + " " + generation);
        // the sealed entry no longer carries "last used" (it lives in the usage table)
        try (Vault vault = open(file, Vault.Access.NORMAL)) {
            assertThat(vault.migrationBackup()).isEmpty(); // upgraded once only
            assertThat(vault.generation()).isEqualTo(generation);
        }
    }

    @Test
    void aFailureMidUpgradeLeavesTheFormat1FileExactlyAsItWas() throws Exception {
        Path file = GoldenFixtures.copy("vault-v1", "vault.apikeep", dir);
        // the last entry the upgrade re-seals (it goes by id) is damaged: the others were already rewritten in the transaction
        List<String> ids = query(file, "SELECT id FROM entries ORDER BY id");
        String last = ids.get(ids.size() - 1);
        VaultFixtures.sql(file, "UPDATE entries SET ciphertext = zeroblob(528) WHERE id = '" + last + "'");
        List<String> before = dump(file);

        VaultException e = thrown(() -> open(file, Vault.Access.NORMAL));
        assertThat(e.kind()).isEqualTo(VaultException.Kind.DAMAGED);
        assertThat(e.getMessage()).contains("not upgraded");
        assertThat(e.damagedEntries()).containsExactly(UUID.fromString(last));

        assertThat(userVersion(file)).isEqualTo(1);
        assertThat(dump(file)).isEqualTo(before);
        try (Vault vault = open(file, Vault.Access.RESCUE)) { // the readable keys can still be rescued
            assertThat(vault.formatVersion()).isEqualTo(1);
            assertThat(vault.isReadOnly()).isTrue();
            assertThat(vault.entries()).hasSize(2);
        }
        assertThat(dump(file)).isEqualTo(before);
    }

    /** Every row of every table and the schema, as text: equal means the file holds the same data. */
    private static List<String> dump(Path file) throws Exception {
        List<String> rows = new ArrayList<>(query(file, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name"));
        for (String table : List.of("meta", "entries", "events")) {
            try (Connection c = raw(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= columns; i++) {
                        byte[] value = rs.getBytes(i);
                        row.append(' ').append(value == null ? "null" : Base64.getEncoder().encodeToString(value));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    private static List<String> query(Path file, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = raw(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = raw(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
