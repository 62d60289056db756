package dev.apikeep.vault;

import dev.apikeep.crypto.SetMac;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultException.Kind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * The writes allowed inside {@link Vault#write}. Updates and deletes name the revision they
 * expect, so a write that lost a race with another program is refused as "changed elsewhere"
 * instead of silently overwriting it.
 */
public final class VaultTransaction {
    private final SqliteFile sqlite;
    private final Cipherer cipherer;
    private final SetMac setMac;
    private final byte[] tag;
    private long count;
    private final long generation;

    VaultTransaction(SqliteFile sqlite, Cipherer cipherer, SetMac setMac, SetMacRecord current) {
        this.sqlite = sqlite;
        this.cipherer = cipherer;
        this.setMac = setMac;
        this.tag = current.tag().clone();
        this.count = current.count();
        this.generation = current.generation();
    }

    /** Stores a new entry at revision 1 and returns it as stored. */
    public ApiKeyEntry insert(ApiKeyEntry entry) {
        ApiKeyEntry stored = entry.withRevision(1);
        Cipherer.SealedRow row = cipherer.sealEntry(stored, 1);
        try (PreparedStatement s = sqlite.prepare(
                "INSERT INTO entries(id, revision, nonce, ciphertext) VALUES (?, 1, ?, ?)")) {
            s.setString(1, entry.id().toString());
            s.setBytes(2, row.nonce());
            s.setBytes(3, row.ciphertext());
            s.executeUpdate();
        } catch (SQLException e) {
            if ((e.getErrorCode() & 0xFF) == 19) {
                throw new VaultException(Kind.CHANGED_ELSEWHERE, "an entry with id " + entry.id() + " already exists");
            }
            throw SqliteFile.translate(e, "save the key");
        }
        setMac.toggle(tag, entry.id().toString(), 1);
        count++;
        return stored;
    }

    /**
     * Replaces the entry stored at {@code entry.revision()} with this value at the next revision.
     * Refused when the stored revision differs: someone else changed or deleted it meanwhile.
     */
    public ApiKeyEntry update(ApiKeyEntry entry) {
        long expected = entry.revision();
        long next = expected + 1;
        ApiKeyEntry stored = entry.withRevision(next);
        Cipherer.SealedRow row = cipherer.sealEntry(stored, next);
        try (PreparedStatement s = sqlite.prepare(
                "UPDATE entries SET revision = ?, nonce = ?, ciphertext = ? WHERE id = ? AND revision = ?")) {
            s.setLong(1, next);
            s.setBytes(2, row.nonce());
            s.setBytes(3, row.ciphertext());
            s.setString(4, entry.id().toString());
            s.setLong(5, expected);
            if (s.executeUpdate() != 1) throw changedElsewhere(entry.label());
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "save the key");
        }
        setMac.toggle(tag, entry.id().toString(), expected);
        setMac.toggle(tag, entry.id().toString(), next);
        return stored;
    }

    /** Deletes the entry if it is still at {@code revision}. */
    public void delete(UUID id, long revision) {
        try (PreparedStatement s = sqlite.prepare("DELETE FROM entries WHERE id = ? AND revision = ?")) {
            s.setString(1, id.toString());
            s.setLong(2, revision);
            if (s.executeUpdate() != 1) throw changedElsewhere(id.toString());
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "delete the key");
        }
        setMac.toggle(tag, id.toString(), revision);
        count--;
    }

    /** Appends an event to the encrypted activity log; returns its sequence number. */
    public long log(EventType type, UUID entryId, long revision, String detail) {
        long seq = nextSeq();
        ActivityEvent event = new ActivityEvent(seq, Instant.now(), type, entryId, revision, detail);
        Cipherer.SealedRow row = cipherer.sealEvent(seq, event);
        try (PreparedStatement s = sqlite.prepare("INSERT INTO events(seq, nonce, ciphertext) VALUES (?, ?, ?)")) {
            s.setLong(1, seq);
            s.setBytes(2, row.nonce());
            s.setBytes(3, row.ciphertext());
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "write the activity log");
        }
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
        Meta.put(sqlite, Meta.SETTINGS, cipherer.sealSettings(plaintext));
    }

    /** Stores the record of issued bot kits, encrypted under the data key, as part of this transaction. */
    public void saveKits(byte[] plaintext) {
        Meta.put(sqlite, Meta.KITS, cipherer.sealKits(plaintext));
    }

    /** Forgets the failed-unlock counter; done in the transaction that logs it as an event. */
    public void clearFailedUnlocks() {
        Meta.delete(sqlite, Meta.FAILED_UNLOCKS);
    }

    SetMacRecord finishedSetMac() {
        return new SetMacRecord(tag, count, generation + 1);
    }

    private static VaultException changedElsewhere(String what) {
        return new VaultException(Kind.CHANGED_ELSEWHERE, "'" + what + "' was changed or deleted elsewhere"
                + " (another window or the command line); reload and try again");
    }
}
