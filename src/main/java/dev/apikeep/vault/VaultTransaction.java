package dev.apikeep.vault;

import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultException.Kind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The writes allowed inside {@link Vault#write}. Updates and deletes name the revision they
 * expect, so a write that lost a race with another program is refused as "changed elsewhere"
 * instead of silently overwriting it.
 *
 * <p>Every entry written gets the revision {@link #generation()}: the vault's write counter for
 * this transaction, one more than any before it. An (id, revision) pair therefore never recurs, not
 * after a delete and re-add, an undo or an import. A delete leaves a tombstone (id, revision of the
 * delete); every write keeps the blind label index, the set-MAC and the activity log's hash chain
 * in step, in this same transaction.
 */
public final class VaultTransaction {
    private final SqliteFile sqlite;
    private final VaultKeys keys;
    private final byte[] tag;
    private long count;
    private final long generation;
    private byte[] chainHead;
    /** The set-MAC's per-share tags kept in step, or null when no current share record was at hand. */
    private final SetMacShares shares;
    private final java.util.Set<UUID> changed = new java.util.LinkedHashSet<>();

    VaultTransaction(SqliteFile sqlite, VaultKeys keys, SetMacRecord current, SetMacShares shares) {
        this.sqlite = sqlite;
        this.shares = shares == null ? null : shares.copy();
        this.keys = keys;
        this.tag = current.tag().clone();
        this.count = current.count();
        this.generation = current.generation() + 1;
        this.chainHead = current.chainHead().clone();
    }

    /** The revision every entry written in this transaction gets: the vault's new write generation. */
    public long generation() {
        return generation;
    }

    /** The entries this transaction added, changed, deleted or used so far: what the app tells its listeners. */
    public java.util.Set<UUID> changedEntries() {
        return java.util.Collections.unmodifiableSet(changed);
    }

    /** Stores a new entry (at this transaction's revision) and returns it as stored. */
    public ApiKeyEntry insert(ApiKeyEntry entry) {
        changed.add(entry.id());
        String id = entry.id().toString();
        ApiKeyEntry stored = entry.withRevision(generation);
        Cipherer.SealedRow row = keys.cipherer.sealEntry(withoutUsage(stored), generation);
        try (PreparedStatement s = sqlite.prepare("INSERT INTO entries(id, revision, nonce, ciphertext) VALUES (?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setLong(2, generation);
            s.setBytes(3, row.nonce());
            s.setBytes(4, row.ciphertext());
            s.executeUpdate();
        } catch (SQLException e) {
            if ((e.getErrorCode() & 0xFF) == 19) {
                throw new VaultException(Kind.CHANGED_ELSEWHERE, "an entry with id " + entry.id() + " already exists");
            }
            throw SqliteFile.translate(e, "save the key");
        }
        toggleEntry(id, generation, +1);
        count++;
        removeTombstone(id); // an undone delete: the id lives again, at a revision its tombstone never had
        indexLabel(id, entry.label());
        return stored;
    }

    /**
     * Replaces the entry stored at {@code entry.revision()} with this value at this transaction's
     * revision. Refused when the stored revision differs: someone else changed or deleted it meanwhile.
     */
    public ApiKeyEntry update(ApiKeyEntry entry) {
        changed.add(entry.id());
        String id = entry.id().toString();
        long expected = entry.revision();
        ApiKeyEntry stored = entry.withRevision(generation);
        Cipherer.SealedRow row = keys.cipherer.sealEntry(withoutUsage(stored), generation);
        try (PreparedStatement s = sqlite.prepare(
                "UPDATE entries SET revision = ?, nonce = ?, ciphertext = ? WHERE id = ? AND revision = ?")) {
            s.setLong(1, generation);
            s.setBytes(2, row.nonce());
            s.setBytes(3, row.ciphertext());
            s.setString(4, id);
            s.setLong(5, expected);
            if (s.executeUpdate() != 1) throw changedElsewhere(entry.label());
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "save the key");
        }
        if (expected != generation) { // updated twice in one transaction: the pair is already in the set
            toggleEntry(id, expected, 0);
            toggleEntry(id, generation, 0);
        }
        indexLabel(id, entry.label());
        return stored;
    }

    /** Deletes the entry if it is still at {@code revision}, leaving a signed tombstone in its place. */
    public void delete(UUID id, long revision) {
        changed.add(id);
        String text = id.toString();
        try (PreparedStatement s = sqlite.prepare("DELETE FROM entries WHERE id = ? AND revision = ?")) {
            s.setString(1, text);
            s.setLong(2, revision);
            if (s.executeUpdate() != 1) throw changedElsewhere(text);
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "delete the key");
        }
        toggleEntry(text, revision, -1);
        count--;
        unindex(text);
        tombstone(text);
        execute("DELETE FROM usage WHERE id = ?", text, null);
        Meta.delete(sqlite, Meta.CHECK_PREFIX + text);
    }

    /** Stores a key's last check with its exchange (app-defined bytes), sealed; the entry and its revision do not change. */
    public void saveCheck(UUID id, byte[] plaintext) {
        String text = id.toString();
        Meta.put(sqlite, Meta.CHECK_PREFIX + text, keys.cipherer.sealCheck(text, plaintext));
    }

    /**
     * Records one use of an entry (copy, reveal, get, exec, inject): its usage record counts it and
     * notes the time. The entry itself and its revision do not change.
     */
    public Usage recordUse(UUID id, Instant at) {
        changed.add(id);
        String text = id.toString();
        Usage now = usage(text).orElse(Usage.NEVER).plusOne(at);
        putUsage(text, now);
        return now;
    }

    /** Stores a usage record as it is (the format upgrade moves "last used" out of the entries). */
    void putUsage(String id, Usage usage) {
        execute("INSERT OR REPLACE INTO usage(id, value) VALUES (?, ?)", id, keys.cipherer.sealUsage(id, usage));
    }

    /** A tombstone for an id that is not stored (the format upgrade's deleted entries). */
    void tombstone(String id) {
        removeTombstone(id);
        execute("INSERT INTO tombstones(id, revision) VALUES (?, ?)", id, generation);
        toggleElement(id, SignedSet.tombstone(id), generation);
    }

    private Optional<Usage> usage(String id) {
        try (PreparedStatement s = sqlite.prepare("SELECT value FROM usage WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                try {
                    return Optional.of(keys.cipherer.openUsage(id, rs.getBytes(1)));
                } catch (RuntimeException unreadable) {
                    return Optional.empty(); // usage is a hint, not signed content: start counting again
                }
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the usage record");
        }
    }

    /** Appends an event to the encrypted activity log and to its hash chain; returns its sequence number. */
    public long log(EventType type, UUID entryId, long revision, String detail) {
        long seq = nextSeq();
        ActivityEvent event = new ActivityEvent(seq, Instant.now(), type, entryId, revision, detail);
        Cipherer.SealedRow row = keys.cipherer.sealEvent(seq, event);
        try (PreparedStatement s = sqlite.prepare("INSERT INTO events(seq, nonce, ciphertext) VALUES (?, ?, ?)")) {
            s.setLong(1, seq);
            s.setBytes(2, row.nonce());
            s.setBytes(3, row.ciphertext());
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "write the activity log");
        }
        chainHead = keys.chain(chainHead, seq, row.nonce(), row.ciphertext());
        return seq;
    }

    /** Logs an event about a stored entry, recording the revision it now has. */
    public long log(EventType type, ApiKeyEntry entry, String detail) {
        return log(type, entry.id(), entry.revision(), detail);
    }

    private long nextSeq() {
        try (PreparedStatement s = sqlite.prepare("SELECT coalesce(max(seq), 0) + 1 FROM events");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "write the activity log");
        }
    }

    /** Stores the settings blob, encrypted under the data key, as part of this transaction. */
    public void saveSettings(byte[] plaintext) {
        Meta.put(sqlite, Meta.SETTINGS, keys.cipherer.sealSettings(plaintext));
    }

    /** Stores the record of issued bot kits, encrypted under the data key, as part of this transaction. */
    public void saveKits(byte[] plaintext) {
        Meta.put(sqlite, Meta.KITS, keys.cipherer.sealKits(plaintext));
    }

    /** Forgets the failed-unlock counter; done in the transaction that logs it as an event. */
    public void clearFailedUnlocks() {
        Meta.delete(sqlite, Meta.FAILED_UNLOCKS);
    }

    SetMacRecord finishedSetMac() {
        return new SetMacRecord(tag, count, generation, chainHead);
    }

    /** The per-share tags after this transaction, stamped with {@code record}; null when they were not kept. */
    SetMacShares finishedShares(SetMacRecord record) {
        return shares == null ? null : shares.stampedWith(record);
    }

    /** Adds or removes an entry's (id, revision) in the set-MAC and in its share. */
    private void toggleEntry(String id, long revision, int entries) {
        byte[] hmac = keys.setMac.toggle(tag, id.getBytes(java.nio.charset.StandardCharsets.UTF_8), revision);
        if (shares != null) shares.toggle(id, hmac, entries);
    }

    /** Adds or removes a tombstone or label-index element, in the share of the entry id it belongs to. */
    private void toggleElement(String id, byte[] element, long revision) {
        byte[] hmac = keys.setMac.toggle(tag, element, revision);
        if (shares != null) shares.toggle(id, hmac, 0);
    }

    /** Points the label's blind index at this entry, replacing what it said for it before. */
    private void indexLabel(String id, String label) {
        unindex(id);
        byte[] labelTag = keys.labelTag(label);
        execute("INSERT INTO label_index(id, tag) VALUES (?, ?)", id, labelTag);
        toggleElement(id, SignedSet.labelIndex(id, labelTag), 0);
    }

    private void unindex(String id) {
        try (PreparedStatement s = sqlite.prepare("SELECT tag FROM label_index WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return;
                toggleElement(id, SignedSet.labelIndex(id, rs.getBytes(1)), 0);
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "save the key");
        }
        execute("DELETE FROM label_index WHERE id = ?", id, null);
    }

    private void removeTombstone(String id) {
        try (PreparedStatement s = sqlite.prepare("SELECT revision FROM tombstones WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return;
                toggleElement(id, SignedSet.tombstone(id), rs.getLong(1));
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "save the key");
        }
        execute("DELETE FROM tombstones WHERE id = ?", id, null);
    }

    /** One statement with a text parameter and an optional second one (a long or bytes). */
    private void execute(String sql, String first, Object second) {
        try (PreparedStatement s = sqlite.prepare(sql)) {
            s.setString(1, first);
            if (second instanceof Long l) s.setLong(2, l);
            else if (second instanceof byte[] b) s.setBytes(2, b);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "save the key");
        }
    }

    /** Usage lives in its own record: the sealed entry never carries "last used". */
    static ApiKeyEntry withoutUsage(ApiKeyEntry entry) {
        return entry.lastUsedAt() == null ? entry : entry.toBuilder().lastUsedAt(null).build();
    }

    private static VaultException changedElsewhere(String what) {
        return new VaultException(Kind.CHANGED_ELSEWHERE, "'" + what + "' was changed or deleted elsewhere"
                + " (another window or the command line); reload and try again");
    }
}
