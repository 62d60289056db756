package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.SetMac;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultException.Kind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The body of {@link Vault#rekey}: inside the caller's transaction, re-seals every entry, every
 * event, every usage record and the settings from one data key to another (fresh nonces, same
 * revisions), rebuilds the keyed pieces (label index, tombstones in the set-MAC, the log's chain)
 * under the new key's derived keys, then logs the rekey and stores the rebuilt integrity record.
 */
final class Reencryption {
    private final SqliteFile sqlite;
    private final Cipherer from;
    private final Cipherer to;
    private final VaultKeys toKeys;
    private final SetMac toMac;
    private final byte[] tag = SetMac.emptyTag();
    private long entries;
    private long events;

    private Reencryption(SqliteFile sqlite, VaultKeys fromKeys, VaultKeys toKeys) {
        this.sqlite = sqlite;
        this.from = fromKeys.cipherer;
        this.to = toKeys.cipherer;
        this.toKeys = toKeys;
        this.toMac = toKeys.setMac;
    }

    /** Refuses a vault that is not intact: re-sealing must not launder a tampered row. */
    static Reencryption run(SqliteFile sqlite, VaultKeys fromKeys, VaultKeys toKeys) throws SQLException {
        IntegrityReport report = Integrity.check(sqlite, fromKeys, SqliteFile.SCHEMA_VERSION);
        if (!report.intact()) {
            throw new VaultException(Kind.DAMAGED, report.describe() + "; nothing was re-encrypted",
                    report.suspectEntries(), null);
        }
        Reencryption run = new Reencryption(sqlite, fromKeys, toKeys);
        run.entries();
        run.events();
        run.settings();
        run.kits();
        run.checks();
        run.usage();
        run.labelIndex();
        run.tombstones();
        return run;
    }

    private void entries() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id, revision, nonce, ciphertext FROM entries");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) rows.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4)});
        }
        try (PreparedStatement u = sqlite.prepare("UPDATE entries SET nonce = ?, ciphertext = ? WHERE id = ? AND revision = ?")) {
            for (Object[] row : rows) {
                String id = (String) row[0];
                long revision = (Long) row[1];
                Cipherer.SealedRow sealed;
                try {
                    sealed = from.resealEntry(to, id, revision, (byte[]) row[2], (byte[]) row[3]);
                } catch (Aead.AuthenticationFailedException e) {
                    throw new VaultException(Kind.DAMAGED, "entry " + id + " is damaged or was tampered with;"
                            + " nothing was re-encrypted", List.of(UUID.fromString(id)), null);
                }
                u.setBytes(1, sealed.nonce());
                u.setBytes(2, sealed.ciphertext());
                u.setString(3, id);
                u.setLong(4, revision);
                if (u.executeUpdate() != 1) throw new VaultException(Kind.CHANGED_ELSEWHERE, "entry " + id + " changed meanwhile");
                toMac.toggle(tag, id, revision);
                entries++;
            }
        }
    }

    private void events() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT seq, nonce, ciphertext FROM events"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) rows.add(new Object[] {rs.getLong(1), rs.getBytes(2), rs.getBytes(3)});
        }
        try (PreparedStatement u = sqlite.prepare("UPDATE events SET nonce = ?, ciphertext = ? WHERE seq = ?")) {
            for (Object[] row : rows) {
                long seq = (Long) row[0];
                Cipherer.SealedRow sealed;
                try {
                    sealed = from.resealEvent(to, seq, (byte[]) row[1], (byte[]) row[2]);
                } catch (Aead.AuthenticationFailedException e) {
                    throw new VaultException(Kind.DAMAGED, "activity log event " + seq + " is damaged or was"
                            + " tampered with; nothing was re-encrypted");
                }
                u.setBytes(1, sealed.nonce());
                u.setBytes(2, sealed.ciphertext());
                u.setLong(3, seq);
                u.executeUpdate();
                events++;
            }
        }
    }

    private void settings() {
        Optional<byte[]> blob = Meta.get(sqlite, Meta.SETTINGS);
        if (blob.isPresent()) Meta.put(sqlite, Meta.SETTINGS, from.resealSettings(to, blob.get()));
    }

    private void kits() {
        Optional<byte[]> blob = Meta.get(sqlite, Meta.KITS);
        if (blob.isPresent()) Meta.put(sqlite, Meta.KITS, from.resealKits(to, blob.get()));
    }

    /** Each key's last check; an unreadable one is dropped (a hint outside the signed set, like usage). */
    private void checks() {
        Meta.withPrefix(sqlite, Meta.CHECK_PREFIX).forEach((id, sealed) -> {
            try {
                Meta.put(sqlite, Meta.CHECK_PREFIX + id, from.resealCheck(to, id, sealed));
            } catch (RuntimeException unreadable) {
                Meta.delete(sqlite, Meta.CHECK_PREFIX + id);
            }
        });
    }

    private void usage() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id, value FROM usage"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) rows.add(new Object[] {rs.getString(1), rs.getBytes(2)});
        }
        try (PreparedStatement u = sqlite.prepare("UPDATE usage SET value = ? WHERE id = ?");
             PreparedStatement d = sqlite.prepare("DELETE FROM usage WHERE id = ?")) {
            for (Object[] row : rows) {
                String id = (String) row[0];
                try {
                    u.setBytes(1, from.resealUsage(to, id, (byte[]) row[1]));
                    u.setString(2, id);
                    u.executeUpdate();
                } catch (RuntimeException unreadable) {
                    d.setString(1, id); // usage is a hint outside the signed set: an unreadable one starts again
                    d.executeUpdate();
                }
            }
        }
    }

    /** The blind index under the new key: every entry's label is read (decrypted) once more. */
    private void labelIndex() throws SQLException {
        List<String[]> labels = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id, revision, nonce, ciphertext FROM entries");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                labels.add(new String[] {id, to.openEntry(id, rs.getLong(2), rs.getBytes(3), rs.getBytes(4)).label()});
            }
        }
        try (PreparedStatement u = sqlite.prepare("UPDATE label_index SET tag = ? WHERE id = ?")) {
            for (String[] row : labels) {
                byte[] labelTag = toKeys.labelTag(row[1]);
                u.setBytes(1, labelTag);
                u.setString(2, row[0]);
                u.executeUpdate();
                toMac.toggle(tag, SignedSet.labelIndex(row[0], labelTag), 0);
            }
        }
    }

    private void tombstones() throws SQLException {
        try (PreparedStatement s = sqlite.prepare("SELECT id, revision FROM tombstones"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) toMac.toggle(tag, SignedSet.tombstone(rs.getString(1)), rs.getLong(2));
        }
    }

    /** Logs the rekey under the new key and stores the set-MAC record, keeping the generation counter. */
    void finish(long generation) {
        byte[] head = Integrity.chainHead(sqlite, toKeys); // the events now carry new nonces and ciphertexts
        VaultTransaction tx = new VaultTransaction(sqlite, toKeys, new SetMacRecord(tag, entries, generation, head), null);
        tx.log(EventType.REKEY, null, 0, "re-encrypted " + entries + " entries and " + events
                + " events under a new data key");
        Meta.put(sqlite, Meta.SET_MAC, to.sealSetMac(tx.finishedSetMac()));
        Meta.delete(sqlite, Meta.SET_MAC_SHARES); // sealed and hashed under the old key: the next open rebuilds it
        Meta.delete(sqlite, Meta.LOG_CHECKPOINT); // the events' ciphertexts, so the chain's heads, changed
    }
}
