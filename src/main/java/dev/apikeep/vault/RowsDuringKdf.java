package dev.apikeep.vault;

import java.util.List;

/**
 * Every entry row read on a thread of its own while the opening thread derives the key, for an open
 * that reads every entry ({@link Vault.Check#READING_ALL}): the connection is idle during the KDF, so
 * the rows are there when the key is, and their decryption and check start at once instead of after a
 * read of 10,000 rows. Only what the file shows without a key is read (id, revision, nonce,
 * ciphertext); nothing is decrypted here, and a wrong password drops it unread.
 *
 * <p>One state of the file ({@link ReadSnapshot}): the read notes SQLite's data version in its own
 * snapshot, and the check uses the rows only if its snapshot has the same data version, i.e. no other
 * program committed in between (this connection writes nothing during an open); otherwise it reads
 * them again ({@link EntryReads}). One thread at a time on the connection: from {@link #start} until
 * {@link #join} the opening thread does not touch it, and {@code join} hands it back.
 */
final class RowsDuringKdf {
    /** The rows as one state of the file held them, and that state's data version. */
    record Read(List<Cipherer.EntryRow> rows, long dataVersion) {
    }

    /** No read under way: {@link #join} returns null. */
    static final RowsDuringKdf NONE = new RowsDuringKdf(null);

    private final SqliteFile sqlite;
    private final Thread reader;
    private Read read;   // written by the reader; read after joining it

    private RowsDuringKdf(SqliteFile sqlite) {
        this.sqlite = sqlite;
        this.reader = sqlite == null ? null : new Thread(this::readNow, "apikeep-rows");
    }

    /** Starts reading on another thread; the caller leaves {@code sqlite} alone until {@link #join}. */
    static RowsDuringKdf start(SqliteFile sqlite) {
        RowsDuringKdf ahead = new RowsDuringKdf(sqlite);
        ahead.reader.setDaemon(true);
        ahead.reader.start();
        return ahead;
    }

    /**
     * Waits for the read to end (the connection is the caller's again) and returns it, or null when
     * there was none or it failed: the rows are then read again where they are needed, which reports
     * the failure if it lasts.
     */
    Read join() {
        if (reader == null) return null;
        EntryOpening.joinUninterruptibly(reader);
        return read;
    }

    private void readNow() {
        try {
            read = ReadSnapshot.of(sqlite, () -> {
                long dataVersion = sqlite.dataVersion();   // first: it begins the snapshot the rows come from
                return new Read(EntryReads.allRows(sqlite, row -> { }), dataVersion);
            });
        } catch (RuntimeException | Error failed) {
            read = null;   // read again where needed, which reports the failure if it lasts
        }
    }
}
