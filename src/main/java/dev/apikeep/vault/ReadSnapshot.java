package dev.apikeep.vault;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Reads that must see the file in one state: every entry row and the whole-set check of them (the
 * integrity record, tombstones, label index and log read after the rows). Between two statements
 * another program may commit; a check that read the rows before such a commit and the integrity
 * record after it would call an intact vault damaged. In one read transaction (a savepoint: it nests
 * inside a write's transaction too) the file cannot change under them; a writer elsewhere waits for
 * the end of it as for any read (SQLite's busy timeout).
 */
final class ReadSnapshot {
    private ReadSnapshot() {
    }

    /** As {@link #of}, for reads that check and return nothing. */
    static void run(SqliteFile sqlite, Runnable reads) {
        of(sqlite, () -> {
            reads.run();
            return null;
        });
    }

    static <T> T of(SqliteFile sqlite, Supplier<T> reads) {
        execute(sqlite, "SAVEPOINT one_snapshot");
        T result;
        try {
            result = reads.get();
        } catch (RuntimeException | Error e) {
            try {
                sqlite.execute("RELEASE one_snapshot");
            } catch (SQLException alreadyEnded) {
                e.addSuppressed(alreadyEnded);
            }
            throw e;
        }
        execute(sqlite, "RELEASE one_snapshot");
        return result;
    }

    private static void execute(SqliteFile sqlite, String sql) {
        try {
            sqlite.execute(sql);
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
    }
}
