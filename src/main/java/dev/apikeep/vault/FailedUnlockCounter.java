package dev.apikeep.vault;

import java.sql.SQLException;
import java.time.Instant;

/**
 * Counts wrong master passwords in a plaintext {@code meta} row (a number and a time, no secret):
 * a failed unlock has no key to write into the encrypted log, so the next successful unlock moves
 * the count there.
 */
final class FailedUnlockCounter {
    private FailedUnlockCounter() {
    }

    /**
     * Adds one in a short transaction of its own. Best effort: a read-only file, a full disk or
     * another program's lock must not turn "wrong password" into another error, so every failure
     * here is ignored (and we wait at most 200 ms).
     */
    static void countOne(SqliteFile sqlite) {
        try {
            sqlite.busyTimeout(200);
            sqlite.execute("BEGIN IMMEDIATE");
            try {
                FailedUnlocks now = FailedUnlocks.decode(Meta.get(sqlite, Meta.FAILED_UNLOCKS).orElse(null))
                        .orElse(new FailedUnlocks(0, Instant.EPOCH))
                        .plusOne(Instant.now());
                Meta.put(sqlite, Meta.FAILED_UNLOCKS, now.encode());
                sqlite.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    sqlite.execute("ROLLBACK");
                } catch (SQLException alreadyRolledBack) {
                    // nothing to undo
                }
            }
        } catch (SQLException | RuntimeException ignored) {
            // read-only file, locked by another program, disk full: the count is only a hint
        }
    }
}
