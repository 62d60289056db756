package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.kindOf;
import static dev.apikeep.vault.VaultFixtures.metaValue;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.putRow;
import static dev.apikeep.vault.VaultFixtures.rescue;
import static dev.apikeep.vault.VaultFixtures.row;
import static dev.apikeep.vault.VaultFixtures.setMeta;
import static dev.apikeep.vault.VaultFixtures.sql;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static dev.apikeep.vault.VaultFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.vault.VaultException.Kind;
import dev.apikeep.vault.VaultFixtures.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when rows of the vault file were altered, deleted, duplicated or rolled back. */
class VaultTamperTest {
    @TempDir Path dir;
    Path file;
    ApiKeyEntry a;
    ApiKeyEntry b;
    ApiKeyEntry c;

    @BeforeEach
    void threeEntries() {
        file = dir.resolve("vault.apikeep");
        try (Vault vault = create(file)) {
            a = add(vault, entry("alpha"));
            b = add(vault, entry("bravo"));
            c = add(vault, entry("charlie"));
        }
    }

    @Test
    void aFlippedCiphertextByteDamagesOnlyThatEntryAndMakesTheVaultReadOnly() throws Exception {
        Row row = row(file, b.id());
        byte[] ciphertext = row.ciphertext().clone();
        ciphertext[10] ^= 0x40;
        putRow(file, new Row(row.id(), row.revision(), row.nonce(), ciphertext));

        try (Vault vault = open(file)) { // the set-MAC covers ids and revisions, which are intact
            assertThat(vault.isReadOnly()).isFalse();
            assertThat(vault.entries()).extracting(ApiKeyEntry::label).containsExactlyInAnyOrder("alpha", "charlie");
            assertThat(vault.damagedEntries()).containsExactly(b.id());
            assertThat(vault.isReadOnly()).isTrue();

            VaultException refused = thrown(() -> add(vault, entry("delta")));
            assertThat(refused.kind()).isEqualTo(Kind.READ_ONLY);
            assertThat(refused.getMessage()).contains("read-only");

            VaultException find = thrown(() -> vault.find(b.id()));
            assertThat(find.kind()).isEqualTo(Kind.DAMAGED);
            assertThat(find.damagedEntries()).containsExactly(b.id());
            assertThat(find.getMessage()).contains(b.id().toString());
            assertThat(vault.find(a.id())).isPresent();
        }
        try (Vault vault = open(file)) {
            assertThat(vault.entryCount()).as("the refused write stored nothing").isEqualTo(3);
        }
    }

    @Test
    void amongHundredsOpenedOnSeveralThreadsOnlyTheDamagedOnesAreMissing() throws Exception {
        List<ApiKeyEntry> more = new java.util.ArrayList<>();
        try (Vault vault = open(file)) {
            for (int i = 0; i < 300; i++) more.add(add(vault, entry("key " + i)));
        }
        for (ApiKeyEntry bad : List.of(more.get(7), more.get(150), more.get(299))) {
            Row row = row(file, bad.id());
            byte[] ciphertext = row.ciphertext().clone();
            ciphertext[3] ^= 0x01;
            putRow(file, new Row(row.id(), row.revision(), row.nonce(), ciphertext));
        }
        try (Vault vault = open(file)) {
            List<ApiKeyEntry> listed = vault.entries();
            assertThat(listed).hasSize(300);
            assertThat(listed).extracting(ApiKeyEntry::label).doesNotContain("key 7", "key 150", "key 299")
                    .contains("alpha", "bravo", "charlie", "key 0", "key 298");
            assertThat(listed).allSatisfy(e -> assertThat(e.secret().reveal()).isEqualTo("secret-" + e.label()));
            assertThat(vault.damagedEntries()).containsExactlyInAnyOrder(more.get(7).id(), more.get(150).id(), more.get(299).id());
            assertThat(vault.isReadOnly()).isTrue();
        }
    }

    @Test
    void findOnADamagedEntryIsDamagedEvenBeforeListing() throws Exception {
        Row row = row(file, a.id());
        byte[] nonce = row.nonce().clone();
        nonce[0] ^= 1;
        putRow(file, new Row(row.id(), row.revision(), nonce, row.ciphertext()));
        try (Vault vault = open(file)) {
            VaultException e = thrown(() -> vault.find(a.id()));
            assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
            assertThat(e.damagedEntries()).containsExactly(a.id());
            assertThat(vault.isReadOnly()).isTrue();
            assertThat(vault.damagedEntries()).containsExactly(a.id());
        }
    }

    @Test
    void aDeletedRowIsDetectedAndNamedAndRescueReadsTheRest() throws Exception {
        sql(file, "DELETE FROM entries WHERE id = '" + b.id() + "'");

        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("1 entry(ies) missing").contains("read-only");
        assertThat(e.damagedEntries()).containsExactly(b.id());

        try (Vault vault = rescue(file)) {
            assertThat(vault.isReadOnly()).isTrue();
            assertThat(vault.damagedEntries()).containsExactly(b.id());
            assertThat(vault.entries()).extracting(ApiKeyEntry::label).containsExactlyInAnyOrder("alpha", "charlie");
            assertThat(kindOf(() -> add(vault, entry("delta")))).isEqualTo(Kind.READ_ONLY);
            assertThat(kindOf(() -> vault.changePassword("x".toCharArray(), VaultFixtures.FAST)))
                    .isEqualTo(Kind.READ_ONLY);
        }
        assertThat(kindOf(() -> open(file))).as("rescue repaired nothing").isEqualTo(Kind.DAMAGED);
    }

    @Test
    void anOldRowCopiedBackIsDetectedAndNamed() throws Exception {
        Row revisionOne = row(file, a.id());
        try (Vault vault = open(file)) {
            update(vault, a.toBuilder().secret(dev.apikeep.domain.SecretBytes.of("rotated")).build());
        }
        putRow(file, revisionOne); // the attacker restores the old secret, row bytes intact

        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("older copy");
        assertThat(e.damagedEntries()).containsExactly(a.id());
        try (Vault vault = rescue(file)) {
            assertThat(vault.damagedEntries()).containsExactly(a.id());
            assertThat(vault.isReadOnly()).isTrue();
        }
    }

    @Test
    void aRowDuplicatedUnderAnotherIdIsDetected() throws Exception {
        Row row = row(file, c.id());
        UUID copy = UUID.randomUUID();
        putRow(file, new Row(copy.toString(), row.revision(), row.nonce(), row.ciphertext()));

        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("unexpected");
        assertThat(e.damagedEntries()).containsExactly(copy);
        try (Vault vault = rescue(file)) {
            assertThat(vault.entries()).extracting(ApiKeyEntry::label)
                    .containsExactlyInAnyOrder("alpha", "bravo", "charlie"); // the copy does not decrypt
            assertThat(vault.damagedEntries()).contains(copy).doesNotContain(a.id(), b.id(), c.id());
        }
    }

    @Test
    void oldCiphertextOnTheNewRevisionFailsToDecrypt() throws Exception {
        Row revisionOne = row(file, a.id());
        try (Vault vault = open(file)) {
            update(vault, a.toBuilder().label("alpha v2").build());
        }
        Row revisionTwo = row(file, a.id());
        assertThat(revisionTwo.revision()).isGreaterThan(revisionOne.revision());
        // the set-MAC still matches (id and revision untouched), but the AAD binds the revision
        putRow(file, new Row(revisionTwo.id(), revisionTwo.revision(), revisionOne.nonce(), revisionOne.ciphertext()));
        try (Vault vault = open(file)) {
            assertThat(kindOf(() -> vault.find(a.id()))).isEqualTo(Kind.DAMAGED);
            assertThat(vault.damagedEntries()).containsExactly(a.id());
        }
    }

    @Test
    void aRowMovedToAnotherIdFailsToDecrypt() throws Exception {
        Row rowA = row(file, a.id());
        Row rowB = row(file, b.id());
        // swap the sealed contents of two entries: ids and revisions stay, so the set-MAC matches
        putRow(file, new Row(rowA.id(), rowA.revision(), rowB.nonce(), rowB.ciphertext()));
        putRow(file, new Row(rowB.id(), rowB.revision(), rowA.nonce(), rowA.ciphertext()));
        try (Vault vault = open(file)) {
            assertThat(vault.entries()).extracting(ApiKeyEntry::label).containsExactly("charlie");
            assertThat(vault.damagedEntries()).containsExactlyInAnyOrder(a.id(), b.id());
        }
    }

    @Test
    void aTamperedIntegrityRecordIsDamagedButStillRescuable() throws Exception {
        byte[] record = metaValue(file, Meta.SET_MAC);
        record[record.length - 1] ^= 1;
        setMeta(file, Meta.SET_MAC, record);

        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("integrity record");
        try (Vault vault = rescue(file)) {
            assertThat(vault.isReadOnly()).isTrue();
            assertThat(vault.entries()).hasSize(3);
            assertThat(kindOf(() -> add(vault, entry("delta")))).isEqualTo(Kind.READ_ONLY);
        }
    }

    @Test
    void aMissingIntegrityRecordIsDamagedButStillRescuable() throws Exception {
        sql(file, "DELETE FROM meta WHERE name = 'setmac'");
        assertThat(kindOf(() -> open(file))).isEqualTo(Kind.DAMAGED);
        try (Vault vault = rescue(file)) {
            assertThat(vault.isReadOnly()).isTrue();
            assertThat(vault.entries()).hasSize(3);
        }
    }

    @Test
    void aRenumberedActivityLogEventIsDamageButTheEntriesAreStillRescuable() throws Exception {
        sql(file, "UPDATE events SET seq = 99 WHERE seq = 1");
        VaultException e = thrown(() -> open(file));
        assertThat(e.kind()).isEqualTo(Kind.DAMAGED);
        assertThat(e.getMessage()).contains("activity log");
        try (Vault vault = rescue(file)) {
            assertThat(vault.events(0)).hasSize(2); // the renumbered one does not decrypt and is skipped
            assertThat(vault.entries()).hasSize(3);
        }
    }

    @Test
    void anIntactVaultReportsIntactWithAGrowingGeneration() {
        try (Vault vault = open(file)) {
            IntegrityReport before = vault.verify();
            assertThat(before.intact()).isTrue();
            assertThat(before.suspectEntries()).isEmpty();
            assertThat(before.expectedCount()).isEqualTo(3);
            add(vault, entry("delta"));
            assertThat(vault.verify().generation()).isEqualTo(before.generation() + 1);
            assertThat(vault.damagedEntries()).isEmpty();
        }
    }
}
