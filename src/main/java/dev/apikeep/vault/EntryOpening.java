package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.domain.ApiKeyEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decrypts and decodes many entry rows on every core, each thread with its own cipher. Helper
 * threads start at once; the thread that started the opening may do other work meanwhile (the
 * whole-set check, which needs SQLite and so stays on it) and then joins in with the rows left.
 */
final class EntryOpening {
    /** Rows at which one helper thread is worth starting: below this, starting it costs more than it saves. */
    private static final int ROWS_PER_THREAD = 64;

    private final Cipherer cipherer;
    private final List<Cipherer.EntryRow> rows;
    private final ApiKeyEntry[] opened;
    private final AtomicInteger next = new AtomicInteger();
    private final List<Thread> helpers = new ArrayList<>();

    private EntryOpening(Cipherer cipherer, List<Cipherer.EntryRow> rows) {
        this.cipherer = cipherer;
        this.rows = rows;
        this.opened = new ApiKeyEntry[rows.size()];
    }

    /** Starts the helpers (one fewer than the cores, and none for a few rows: the caller's thread makes up the rest). */
    static EntryOpening start(Cipherer cipherer, List<Cipherer.EntryRow> rows) {
        EntryOpening opening = new EntryOpening(cipherer, rows);
        int count = Math.min(Runtime.getRuntime().availableProcessors(), rows.size() / ROWS_PER_THREAD) - 1;
        for (int t = 0; t < count; t++) opening.helpers.add(opening.started());
        return opening;
    }

    /**
     * Opens the rows no helper has taken yet on this thread, then waits for the helpers. In row order,
     * with {@code null} where a row would not open (damaged or tampered with).
     */
    List<ApiKeyEntry> join() {
        work();
        for (Thread helper : helpers) joinUninterruptibly(helper);
        return Arrays.asList(opened);
    }

    /** Joins, then wipes every secret opened: for a read refused after the rows were decrypted. */
    void discard() {
        for (ApiKeyEntry entry : join()) {
            if (entry != null) entry.wipeSecrets();
        }
    }

    private void work() {
        Aead.Decryptor decryptor = cipherer.decryptor();
        for (int i = next.getAndIncrement(); i < opened.length; i = next.getAndIncrement()) {
            try {
                opened[i] = cipherer.openEntry(decryptor, rows.get(i));
            } catch (RuntimeException damaged) {
                opened[i] = null;
            }
        }
    }

    private Thread started() {
        Thread thread = new Thread(this::work, "apikeep-decrypt");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Joins (results are only complete after every helper ended), keeping an interrupt for the caller. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
