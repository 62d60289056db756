package dev.apikeep.vault;

import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Checks the activity log's rows against the head of its hash chain in the integrity record, from a
 * checkpoint when one fits, so a whole-set check (every {@code list}, every desktop unlock) no longer
 * re-hashes every event ever logged: the log grows with every use, not with the number of keys.
 *
 * <p>From a checkpoint {@code (seq, count, head)} the check proves: exactly {@code count} events are
 * numbered up to {@code seq} (none deleted or added there), and the events after it chain from
 * {@code head} to the record's head (none of them changed, reordered, added or cut off). It does not
 * re-hash the events up to {@code seq}: an edit or a swap of those is refused when the log is read
 * ({@code EntryReads.events}, which walks the whole chain first) and by {@code apikeep check}. The
 * checkpoint kept is always {@link #RECHECKED} events behind the newest, so the recent history is
 * re-proven at every check. A checkpoint that does not fit (tampered, replayed from another copy,
 * sealed under an old key) is not trusted: the whole chain is walked, as before checkpoints.
 */
final class LogChain {
    /** Events behind the newest that every whole-set check walks again; a checkpoint is kept only before them. */
    static final int RECHECKED = 1024;
    private final LogCheckpoint start;
    private LogCheckpoint next;
    private boolean walkedWhole;

    /** A check that starts from {@code start} (null: from the first event). */
    LogChain(LogCheckpoint start) {
        this.start = start;
    }

    static LogChain whole() {
        return new LogChain(null);
    }

    /** Whether the rows lead to {@code expectedHead}: from the start checkpoint if it fits them, else from the first event. */
    boolean verify(SqliteFile sqlite, VaultKeys keys, byte[] expectedHead) {
        if (start != null && countUpTo(sqlite, start.seq()) == start.count() && walk(sqlite, keys, start, expectedHead)) {
            return true;
        }
        walkedWhole = true;
        return walk(sqlite, keys, LogCheckpoint.FIRST, expectedHead);
    }

    /** A newer checkpoint proven by the last {@link #verify}, to store; null when there is none. */
    LogCheckpoint next() {
        return next;
    }

    /** Whether the last {@link #verify} hashed every event (no checkpoint, or one that did not fit). */
    boolean walkedWhole() {
        return walkedWhole;
    }

    /** The chain's head over every row as it is, in order (a rekey and a format upgrade recompute it). */
    static byte[] head(SqliteFile sqlite, VaultKeys keys) {
        LogChain chain = whole();
        return chain.walkFrom(sqlite, keys, LogCheckpoint.FIRST, Long.MIN_VALUE).head();
    }

    private boolean walk(SqliteFile sqlite, VaultKeys keys, LogCheckpoint from, byte[] expectedHead) {
        next = null;
        long keepAtOrBefore = newestSeq(sqlite) - RECHECKED;
        LogCheckpoint end = walkFrom(sqlite, keys, from, keepAtOrBefore);
        if (!MessageDigest.isEqual(end.head(), expectedHead)) {
            next = null;
            return false;
        }
        return true;
    }

    /** Chains the rows after {@code from}; remembers, as {@link #next}, the point after the last row numbered up to {@code keep}. */
    private LogCheckpoint walkFrom(SqliteFile sqlite, VaultKeys keys, LogCheckpoint from, long keep) {
        byte[] head = from.head();
        long count = from.count();
        long seq = from.seq();
        try (PreparedStatement s = sqlite.prepare("SELECT seq, nonce, ciphertext FROM events WHERE seq > ? ORDER BY seq")) {
            s.setLong(1, from.seq());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    seq = rs.getLong(1);
                    byte[] nonce = rs.getBytes(2);
                    byte[] ciphertext = rs.getBytes(3);
                    if (nonce == null || ciphertext == null) throw Integrity.unreadableRow();
                    head = keys.chain(head, seq, nonce, ciphertext);
                    count++;
                    if (seq <= keep) next = new LogCheckpoint(seq, count, head);
                }
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault");
        }
        return new LogCheckpoint(seq, count, head);
    }

    private static long countUpTo(SqliteFile sqlite, long seq) {
        return single(sqlite, "SELECT count(*) FROM events WHERE seq <= " + seq);
    }

    private static long newestSeq(SqliteFile sqlite) {
        return single(sqlite, "SELECT coalesce(max(seq), 0) FROM events");
    }

    private static long single(SqliteFile sqlite, String sql) {
        try (PreparedStatement s = sqlite.prepare(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault");
        }
    }
}
