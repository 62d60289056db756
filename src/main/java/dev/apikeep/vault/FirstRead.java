package dev.apikeep.vault;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * The entries an unlock started opening in the same pass as its whole-set check
 * ({@link Vault.Check#READING_ALL}): the check has passed, the rows go on decrypting on other cores
 * while the unlock is logged, and the first read of every entry finishes them instead of reading and
 * decrypting 10,000 rows a second time. Handed out once (the caller then owns the entries and wipes
 * them), and only while the file is as it was read: a commit by another program (SQLite's data
 * version moved) or a write here that changed an entry drops them, wiped, and the read goes to the
 * file again. Entries never handed out are wiped before the keys are (lock, rekey).
 */
final class FirstRead {
    /** The rows as read, and their opening (under way or done). */
    record Pending(List<Cipherer.EntryRow> rows, EntryOpening opening) {
    }

    private Pending pending;
    private long dataVersion;

    /** Keeps {@code opening} of {@code rows}, read when the file's data version was {@code dataVersion}. */
    void keep(List<Cipherer.EntryRow> rows, EntryOpening opening, long dataVersion) {
        forget();
        this.pending = new Pending(rows, opening);
        this.dataVersion = dataVersion;
    }

    /** What was kept if the file's data version is still the one it was read at (then forgotten here), else null. */
    Pending take(LongSupplier dataVersionNow) {
        Pending kept = pending;
        if (kept == null || dataVersionNow.getAsLong() == dataVersion) {
            pending = null;
            return kept;
        }
        forget();
        return null;
    }

    /** Drops what was kept, once its helper threads are done, wiping every secret opened. */
    void forget() {
        Pending kept = pending;
        pending = null;
        if (kept != null) kept.opening().discard();
    }
}
