package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.kindOf;
import static dev.apikeep.vault.VaultFixtures.pw;
import static dev.apikeep.vault.VaultFixtures.putRow;
import static dev.apikeep.vault.VaultFixtures.row;
import static dev.apikeep.vault.VaultFixtures.sql;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static dev.apikeep.vault.VaultFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.VaultException.Kind;
import dev.apikeep.vault.VaultFixtures.Row;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command's open ({@link Vault.Check#ON_READ}) checks only the share of the set a read returns:
 * every tampering the whole-set check refuses is still refused the moment a read would return it,
 * a read of everything still checks everything, and a vault without a current share record is
 * checked whole at open.
 */
class IntegrityOnReadTest {
    private static final UUID IN_AA = UUID.fromString("aa000000-0000-4000-8000-000000000001");
    private static final UUID ALSO_IN_AA = UUID.fromString("aa000000-0000-4000-8000-000000000002");
    private static final UUID IN_BB = UUID.fromString("bb000000-0000-4000-8000-000000000001");
    @TempDir Path dir;
    Path file;
    ApiKeyEntry alpha;
    ApiKeyEntry alpha2;
    ApiKeyEntry bravo;

    @BeforeEach
    void entriesInTwoShares() {
        file = dir.resolve("vault.apikeep");
        try (Vault vault = create(file)) {
            alpha = add(vault, entry("alpha").toBuilder().id(IN_AA).build());
            alpha2 = add(vault, entry("alpha two").toBuilder().id(ALSO_IN_AA).build());
            bravo = add(vault, entry("bravo").toBuilder().id(IN_BB).build());
        }
    }

    static Vault openOnRead(Path file) {
        return Vault.open(file, pw(), Vault.Access.NORMAL, Vault.Check.ON_READ, CheckedKdf.standard(), KdfHeader.Memory.NONE);
    }

    @Test
    void anIntactVaultReadsByIdByLabelAndWholeAndKeepsItsShareRecordThroughWrites() {
        try (Vault vault = openOnRead(file)) {
            assertThat(vault.find(IN_BB)).map(ApiKeyEntry::label).contains("bravo");
            assertThat(vault.idsWithLabel("ALPHA")).contains(java.util.List.of(IN_AA));
            update(vault, vault.find(IN_AA).orElseThrow().toBuilder().label("alpha renamed").build());
            assertThat(vault.entries()).hasSize(3);
        }
        try (Vault vault = openOnRead(file)) {
            assertThat(vault.idsWithLabel("alpha renamed")).contains(java.util.List.of(IN_AA));
            assertThat(vault.verify().intact()).isTrue();
        }
    }

    @Test
    void aDeletedRowElsewhereIsNotReadButRefusedAsSoonAsTheWholeSetIsRead() throws Exception {
        sql(file, "DELETE FROM entries WHERE id = '" + IN_AA + "'");
        try (Vault vault = openOnRead(file)) {
            assertThat(vault.find(IN_BB)).as("another share is intact").isPresent();
            VaultException e = thrown(vault::entries);
            assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
            assertThat(e.getMessage()).contains("1 entry(ies) missing");
            assertThat(e.damagedEntries()).containsExactly(IN_AA);
            assertThat(kindOf(() -> vault.events(0))).isEqualTo(Kind.DAMAGED);
            assertThat(kindOf(vault::entryCount)).isEqualTo(Kind.DAMAGED);
        }
    }

    @Test
    void aDeletedRowAskedForByIdIsDamageNotAbsent() throws Exception {
        sql(file, "DELETE FROM entries WHERE id = '" + IN_AA + "'");
        try (Vault vault = openOnRead(file)) {
            VaultException e = thrown(() -> vault.find(IN_AA));
            assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
            assertThat(e.damagedEntries()).containsExactly(IN_AA);
        }
    }

    @Test
    void aRowOfTheSameShareDeletedMakesTheOtherEntryOfThatShareUnreadable() throws Exception {
        sql(file, "DELETE FROM entries WHERE id = '" + ALSO_IN_AA + "'");
        try (Vault vault = openOnRead(file)) {
            assertThat(kindOf(() -> vault.find(IN_AA))).isEqualTo(Kind.DAMAGED);
        }
    }

    @Test
    void anOldRowCopiedBackIsRefusedWhenRead() throws Exception {
        Row before = row(file, IN_AA);
        try (Vault vault = openOnRead(file)) {
            update(vault, vault.find(IN_AA).orElseThrow().toBuilder().secret(SecretBytes.of("rotated")).build());
        }
        putRow(file, before); // the old secret back, row bytes intact

        try (Vault vault = openOnRead(file)) {
            assertThat(vault.find(IN_BB)).isPresent();
            VaultException e = thrown(() -> vault.find(IN_AA));
            assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
            assertThat(e.getMessage()).contains("older copy");
            assertThat(e.damagedEntries()).containsExactly(IN_AA);
        }
    }

    @Test
    void aDeletedKeyPutBackIsRefusedWhenRead() throws Exception {
        Row deleted = row(file, IN_AA);
        try (Vault vault = openOnRead(file)) {
            vault.write(tx -> {
                tx.delete(IN_AA, deleted.revision());
                return null;
            });
        }
        putRow(file, deleted);
        try (Vault vault = openOnRead(file)) {
            assertThat(kindOf(() -> vault.find(IN_AA))).isEqualTo(Kind.DAMAGED);
            assertThat(kindOf(() -> vault.wasDeleted(IN_AA))).isEqualTo(Kind.DAMAGED);
        }
    }

    @Test
    void aLabelIndexRowRemovedIsDamageNotAnUnknownLabel() throws Exception {
        sql(file, "DELETE FROM label_index WHERE id = '" + IN_BB + "'");
        try (Vault vault = openOnRead(file)) {
            assertThat(kindOf(() -> vault.idsWithLabel("bravo"))).isEqualTo(Kind.DAMAGED);
        }
    }

    @Test
    void aLabelIndexRowPointedAtAnotherKeyIsRefused() throws Exception {
        sql(file, "UPDATE label_index SET tag = (SELECT tag FROM label_index WHERE id = '" + IN_AA + "')"
                + " WHERE id = '" + IN_BB + "'"); // "alpha" now also names bravo
        try (Vault vault = openOnRead(file)) {
            assertThat(kindOf(() -> vault.idsWithLabel("alpha"))).isEqualTo(Kind.DAMAGED);
        }
    }

    @Test
    void withoutACurrentShareRecordTheWholeSetIsCheckedAtOpenAndTheRecordIsStoredAgain() throws Exception {
        sql(file, "DELETE FROM meta WHERE name = 'setmac_shares'"); // as after a write by an older ApiKeep
        try (Vault vault = openOnRead(file)) {
            add(vault, entry("charlie")); // the whole set was checked at open: this write stores the shares again
        }
        sql(file, "DELETE FROM entries WHERE id = '" + IN_AA + "'");
        try (Vault vault = openOnRead(file)) {
            assertThat(vault.find(IN_BB)).as("the open used the stored shares").isPresent();
        }
        sql(file, "DELETE FROM meta WHERE name = 'setmac_shares'");
        assertThat(kindOf(() -> openOnRead(file).close())).as("no shares: checked whole at open").isEqualTo(Kind.DAMAGED);
    }

    @Test
    void aShareRecordFromAnEarlierGenerationIsNotUsed() throws Exception {
        byte[] earlier = VaultFixtures.metaValue(file, "setmac_shares");
        try (Vault vault = openOnRead(file)) {
            add(vault, entry("charlie"));
        }
        VaultFixtures.setMeta(file, "setmac_shares", earlier);
        sql(file, "DELETE FROM entries WHERE id = '" + IN_AA + "'");
        assertThat(kindOf(() -> openOnRead(file).close())).isEqualTo(Kind.DAMAGED);
    }

    @Test
    void theDesktopsOpenStillChecksEverythingAtOnce() throws Exception {
        sql(file, "DELETE FROM entries WHERE id = '" + IN_AA + "'");
        assertThat(kindOf(() -> VaultFixtures.open(file).close())).isEqualTo(Kind.DAMAGED);
    }
}
