package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.metaValue;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.putRow;
import static dev.apikeep.vault.VaultFixtures.row;
import static dev.apikeep.vault.VaultFixtures.rescue;
import static dev.apikeep.vault.VaultFixtures.setMeta;
import static dev.apikeep.vault.VaultFixtures.sql;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static dev.apikeep.vault.VaultFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultException.Kind;
import dev.apikeep.vault.VaultFixtures.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 2's model: usage outside the entry, revisions from the write generation, tombstones, the log chain, the keyed header, the blind index. */
class FormatV2Test {
    @TempDir
    Path dir;
    Path file;
    ApiKeyEntry a;
    ApiKeyEntry b;

    @BeforeEach
    void twoKeys() {
        file = dir.resolve("vault.apikeep");
        try (Vault vault = create(file)) {
            a = add(vault, entry("Alpha bot"));
            b = add(vault, entry("bravo"));
        }
    }

    private static void use(Vault vault, ApiKeyEntry entry, Instant at) {
        vault.write(tx -> {
            tx.recordUse(entry.id(), at);
            return tx.log(EventType.GET, entry, "secret");
        });
    }

    @Test
    void usingAKeyCountsTheUseButNeverChangesItsRevisionOrSealedRow() throws Exception {
        Row sealed = row(file, a.id());
        try (Vault vault = open(file)) {
            use(vault, a, Instant.parse("2026-03-01T10:00:00Z"));
            use(vault, a, Instant.parse("2026-03-02T10:00:00Z")); // twice in a row, as a template naming it twice
            assertThat(vault.find(a.id()).orElseThrow().revision()).isEqualTo(a.revision());
            assertThat(vault.find(a.id()).orElseThrow().lastUsedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
            assertThat(vault.usage(a.id())).isEqualTo(new Usage(Instant.parse("2026-03-02T10:00:00Z"), 2));
            assertThat(vault.usage(b.id())).isEqualTo(Usage.NEVER);
            // an edit made from the copy read before the uses still applies: the uses changed nothing it depends on
            update(vault, a.toBuilder().notes("edited").build());
        }
        assertThat(row(file, a.id()).revision()).isGreaterThan(sealed.revision());
    }

    @Test
    void aRevisionIsTheWriteGenerationSoDeleteAndReAddNeverReusesAPair() throws Exception {
        Row first = row(file, a.id());
        long re;
        try (Vault vault = open(file)) {
            assertThat(b.revision()).isGreaterThan(a.revision()); // one generation per write, across entries
            vault.write(tx -> {
                tx.delete(a.id(), a.revision());
                return null;
            });
            re = vault.write(tx -> tx.insert(a.withRevision(0))).revision(); // undo: the same id again
        }
        assertThat(re).isGreaterThan(first.revision());
        // the row saved before the delete, written back with its old revision: the set no longer matches
        putRow(file, first);
        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
    }

    @Test
    void aDeletedRowPutBackFailsAndIsNamedThroughItsTombstone() throws Exception {
        Row saved = row(file, a.id());
        try (Vault vault = open(file)) {
            vault.write(tx -> {
                tx.delete(a.id(), a.revision());
                return null;
            });
        }
        assertThat(countRows("SELECT count(*) FROM tombstones WHERE id = '" + a.id() + "'")).isEqualTo(1);
        putRow(file, saved);
        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.damagedEntries()).contains(a.id());
        // removing the tombstone too does not help: it is in the signed set
        sql(file, "DELETE FROM tombstones");
        assertThat(thrown(() -> open(file)).kind()).isEqualTo(Kind.DAMAGED);
    }

    @Test
    void deletingTheNewestEventOrReorderingEventsIsDetected() throws Exception {
        Path copy = dir.resolve("copy.apikeep");
        java.nio.file.Files.copy(file, copy);
        sql(file, "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)");
        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("activity log");

        sql(copy, "UPDATE events SET seq = -seq WHERE seq IN (1, 2)");
        sql(copy, "UPDATE events SET seq = 3 - (-seq) WHERE seq IN (-1, -2)"); // 1 <-> 2
        assertThat(thrown(() -> open(copy)).getMessage()).contains("activity log");
    }

    @Test
    void anInBoundsHeaderEditWithARecomputedChecksumIsDamageNotAWrongPasswordAndIsNotCounted() throws Exception {
        String json = new String(metaValue(file, Meta.HEADER), StandardCharsets.UTF_8);
        byte[] edited = json.replace("\"format\":1", "\"format\":0").getBytes(StandardCharsets.UTF_8);
        assertThat(edited).isNotEqualTo(json.getBytes(StandardCharsets.UTF_8));
        setMeta(file, Meta.HEADER, edited);
        setMeta(file, Meta.HEADER_CHECK, VaultHeader.checksum(edited, metaValue(file, Meta.DATA_KEY)));

        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("header");
        assertThat(countRows("SELECT count(*) FROM meta WHERE name = 'failed_unlocks'")).isZero();
        try (Vault vault = rescue(file)) {
            assertThat(vault.isReadOnly()).isTrue();
            assertThat(vault.entries()).hasSize(2);
        }
    }

    @Test
    void theBlindIndexFindsALabelIgnoringCaseAndFollowsEditsAndDeletes() throws Exception {
        try (Vault vault = open(file)) {
            assertThat(vault.idsWithLabel(" alpha BOT ")).contains(java.util.List.of(a.id()));
            ApiKeyEntry renamed = update(vault, a.toBuilder().label("Grid").build());
            assertThat(vault.idsWithLabel("Alpha bot")).contains(java.util.List.of());
            assertThat(vault.idsWithLabel("grid")).contains(java.util.List.of(a.id()));
            vault.write(tx -> {
                tx.delete(renamed.id(), renamed.revision());
                return null;
            });
            assertThat(vault.idsWithLabel("grid")).isEqualTo(Optional.of(java.util.List.of()));
            assertThat(vault.labelIndexMismatches()).isEmpty();
        }
        // the file holds no label, only keyed tags
        assertThat(java.nio.file.Files.readAllBytes(file)).asString(StandardCharsets.ISO_8859_1).doesNotContain("bravo");
    }

    @Test
    void aBlindIndexRowPointedAtAnotherLabelIsDamage() throws Exception {
        sql(file, "UPDATE label_index SET tag = (SELECT tag FROM label_index WHERE id = '" + b.id() + "') WHERE id = '" + a.id() + "'");
        assertThat(thrown(() -> open(file)).kind()).isEqualTo(Kind.DAMAGED);
    }

    private long countRows(String sql) throws Exception {
        try (var c = VaultFixtures.raw(file); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
