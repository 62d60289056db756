package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.kindOf;
import static dev.apikeep.vault.VaultFixtures.metaValue;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.pw;
import static dev.apikeep.vault.VaultFixtures.rescue;
import static dev.apikeep.vault.VaultFixtures.row;
import static dev.apikeep.vault.VaultFixtures.setMeta;
import static dev.apikeep.vault.VaultFixtures.sql;
import static dev.apikeep.vault.VaultFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vault.verifyPassword and Vault.rekey: a fresh data key for everything, all or nothing. */
class VaultRekeyTest {
    @TempDir Path dir;

    Path file() {
        return dir.resolve("vault.apikeep");
    }

    @Test
    void verifyPasswordTellsTheCurrentPasswordFromOthersAndFollowsAChange() {
        try (Vault vault = create(file())) {
            assertThat(vault.verifyPassword(pw())).isTrue();
            assertThat(vault.verifyPassword("wrong".toCharArray())).isFalse();
            assertThat(vault.verifyPassword(new char[0])).isFalse();
            vault.changePassword("a new password here".toCharArray(), VaultFixtures.FAST);
            assertThat(vault.verifyPassword(pw())).isFalse();
            assertThat(vault.verifyPassword("a new password here".toCharArray())).isTrue();
        }
    }

    @Test
    void rekeyReEncryptsEveryEntryEventAndTheSettingsUnderANewKey() throws Exception {
        List<ApiKeyEntry> before = new ArrayList<>();
        List<ActivityEvent> eventsBefore;
        byte[] oldHeader;
        byte[] oldWrapped;
        byte[] oldCheck;
        byte[] oldMac;
        List<VaultFixtures.Row> rowsBefore = new ArrayList<>();
        try (Vault vault = create(file())) {
            for (int i = 0; i < 5; i++) before.add(add(vault, entry("key " + i)));
            before.set(2, update(vault, before.get(2).toBuilder().notes("edited").build()));
            vault.saveSettings("{\"autoLockMinutes\":9}".getBytes(StandardCharsets.UTF_8));
            eventsBefore = vault.events(0);
            for (ApiKeyEntry e : before) rowsBefore.add(row(file(), e.id()));
            oldHeader = metaValue(file(), Meta.HEADER);
            oldWrapped = metaValue(file(), Meta.DATA_KEY);
            oldCheck = metaValue(file(), Meta.HEADER_CHECK);
            oldMac = metaValue(file(), Meta.HEADER_MAC);

            vault.rekey(pw());

            // the open vault switched to the new key: it reads, verifies and writes
            assertThat(sorted(vault.entries())).isEqualTo(sorted(before));
            assertThat(vault.events(0)).startsWith(eventsBefore.toArray(ActivityEvent[]::new));
            ActivityEvent last = vault.events(1).get(0);
            assertThat(last.type()).isEqualTo(EventType.REKEY);
            assertThat(last.detail()).contains("5 entries");
            assertThat(vault.verify().intact()).isTrue();
            assertThat(new String(vault.settings().orElseThrow(), StandardCharsets.UTF_8)).contains("\"autoLockMinutes\":9");
            assertThat(vault.verifyPassword(pw())).isTrue();
            before.set(0, update(vault, before.get(0).toBuilder().label("renamed").build()));
        }
        // every row has a new nonce and ciphertext, same revision
        for (VaultFixtures.Row old : rowsBefore) {
            VaultFixtures.Row now = row(file(), java.util.UUID.fromString(old.id()));
            assertThat(now.nonce()).isNotEqualTo(old.nonce());
            assertThat(now.ciphertext()).isNotEqualTo(old.ciphertext());
        }
        assertThat(metaValue(file(), Meta.DATA_KEY)).isNotEqualTo(oldWrapped);

        // reopened from disk with the same password: everything equal, set-MAC intact
        try (Vault vault = open(file())) {
            assertThat(sorted(vault.entries())).isEqualTo(sorted(before));
            assertThat(vault.events(0)).startsWith(eventsBefore.toArray(ActivityEvent[]::new));
            assertThat(vault.verify().intact()).isTrue();
            assertThat(vault.damagedEntries()).isEmpty();
        }

        // the old wrapped key, put back, unwraps (same password) but opens no entry row any more
        setMeta(file(), Meta.HEADER, oldHeader);
        setMeta(file(), Meta.DATA_KEY, oldWrapped);
        setMeta(file(), Meta.HEADER_CHECK, oldCheck);
        setMeta(file(), Meta.HEADER_MAC, oldMac);
        assertThat(kindOf(() -> open(file()))).isEqualTo(VaultException.Kind.DAMAGED);
        try (Vault oldKey = rescue(file())) {
            assertThat(oldKey.entries()).isEmpty();
            assertThat(oldKey.damagedEntries()).hasSize(5);
            assertThat(oldKey.events(0)).isEmpty();
            assertThatThrownBy(oldKey::settings).as("settings sealed under the new key").isNotNull();
        }
    }

    @Test
    void aFailureMidwayLeavesTheVaultOnTheOldKey() throws Exception {
        List<ApiKeyEntry> before = new ArrayList<>();
        byte[] oldWrapped;
        try (Vault vault = create(file())) {
            for (int i = 0; i < 3; i++) before.add(add(vault, entry("key " + i)));
            vault.saveSettings("{\"theme\":\"dark\"}".getBytes(StandardCharsets.UTF_8));
            oldWrapped = metaValue(file(), Meta.DATA_KEY);
            VaultFixtures.Row rowBefore = row(file(), before.get(0).id());
            // a fault after the entries were re-sealed: re-sealing the events (an UPDATE) aborts
            sql(file(), "CREATE TRIGGER fault BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'injected fault'); END");
            assertThatThrownBy(() -> vault.rekey(pw())).hasMessageContaining("injected fault");
            sql(file(), "DROP TRIGGER fault");

            assertThat(row(file(), before.get(0).id()).ciphertext()).isEqualTo(rowBefore.ciphertext());
            assertThat(metaValue(file(), Meta.DATA_KEY)).isEqualTo(oldWrapped);
            // the open object still works with the old key
            assertThat(sorted(vault.entries())).isEqualTo(sorted(before));
            assertThat(vault.verify().intact()).isTrue();
            before.set(1, update(vault, before.get(1).toBuilder().notes("after the failed rekey").build()));
            assertThat(vault.events(0)).extracting(ActivityEvent::type).doesNotContain(EventType.REKEY);
        }
        try (Vault vault = open(file())) {
            assertThat(sorted(vault.entries())).isEqualTo(sorted(before));
            assertThat(new String(vault.settings().orElseThrow(), StandardCharsets.UTF_8)).contains("dark");
            // and a second attempt succeeds
            vault.rekey(pw());
            assertThat(sorted(vault.entries())).isEqualTo(sorted(before));
        }
        try (Vault vault = open(file())) {
            assertThat(sorted(vault.entries())).isEqualTo(sorted(before));
        }
    }

    @Test
    void rekeyRefusesAWrongPasswordAndChangesNothing() throws Exception {
        try (Vault vault = create(file())) {
            add(vault, entry("one"));
            byte[] wrapped = metaValue(file(), Meta.DATA_KEY);
            assertThat(kindOf(() -> vault.rekey("not it".toCharArray()))).isEqualTo(VaultException.Kind.WRONG_PASSWORD);
            assertThat(metaValue(file(), Meta.DATA_KEY)).isEqualTo(wrapped);
            assertThat(vault.entries()).hasSize(1);
        }
    }

    @Test
    void rekeyKeepsTheKdfParametersAndANewPasswordChangeStillWorks() {
        KdfParams kdf = VaultFixtures.FAST;
        try (Vault vault = create(file())) {
            add(vault, entry("one"));
            vault.rekey(pw());
            assertThat(vault.kdfParams()).isEqualTo(kdf);
            vault.changePassword("second password".toCharArray(), kdf);
        }
        try (Vault vault = Vault.open(file(), "second password".toCharArray(), Vault.Access.NORMAL)) {
            assertThat(vault.entries()).extracting(ApiKeyEntry::label).containsExactly("one");
        }
    }

    @Test
    void aWriteOpenedBeforeAnotherProcessRekeyedIsRefusedAsChangedElsewhereNotAsDamage() {
        try (Vault vault = create(file())) {
            add(vault, entry("one"));
        }
        try (Vault stale = open(file())) {
            try (Vault other = open(file())) {
                other.rekey(pw());
            }
            assertThatThrownBy(() -> add(stale, entry("two")))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.CHANGED_ELSEWHERE))
                    .hasMessageContaining("open it again");
        }
        try (Vault reopened = open(file())) {
            assertThat(reopened.entries()).extracting(ApiKeyEntry::label).containsExactly("one");
        }
    }

    @Test
    void aDamagedIntegrityRecordIsStillDamageWhenNobodyRekeyed() throws Exception {
        try (Vault vault = create(file())) {
            add(vault, entry("one"));
            byte[] record = metaValue(file(), Meta.SET_MAC);
            record[record.length - 1] ^= 1;
            setMeta(file(), Meta.SET_MAC, record);
            assertThat(kindOf(() -> add(vault, entry("two")))).isEqualTo(VaultException.Kind.DAMAGED);
        }
    }

    private static List<ApiKeyEntry> sorted(List<ApiKeyEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(e -> e.id().toString())).toList();
    }
}
