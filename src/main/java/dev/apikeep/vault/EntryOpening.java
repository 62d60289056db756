package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.domain.ApiKeyEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Decrypts and decodes many entry rows on every core, each thread with its own cipher, as they are
 * read: the reading thread hands each row over ({@link #add}) and helper threads start decrypting
 * once there are enough rows to be worth a thread, while the reader goes on reading and then does
 * other work (the whole-set check, which needs SQLite and so stays on it); {@link #join} makes it
 * help with the rows left.
 */
final class EntryOpening {
    /** Rows at which one helper thread is worth starting: below this, starting it costs more than it saves. */
    private static final int ROWS_PER_THREAD = 64;
    /** Rows a thread takes at a time: one lock per batch, not per row. */
    private static final int BATCH = 16;

    private final Cipherer cipherer;
    private final int maxHelpers;
    private final List<Cipherer.EntryRow> rows = new ArrayList<>();   // guarded by this
    private final List<ApiKeyEntry> opened = new ArrayList<>();       // guarded by this; null until opened
    private int next;                                                 // guarded by this
    private boolean allRead;                                          // guarded by this
    private boolean discarded;                                        // guarded by this
    private final List<Thread> helpers = new ArrayList<>();           // the reader's thread only

    private EntryOpening(Cipherer cipherer) {
        this.cipherer = cipherer;
        this.maxHelpers = Runtime.getRuntime().availableProcessors() - 1;
    }

    /** An opening the reading thread adds rows to as it reads them. */
    static EntryOpening streaming(Cipherer cipherer) {
        return new EntryOpening(cipherer);
    }

    /** An opening of rows already read. */
    static EntryOpening start(Cipherer cipherer, List<Cipherer.EntryRow> rows) {
        EntryOpening opening = streaming(cipherer);
        rows.forEach(opening::add);
        opening.allRead();
        return opening;
    }

    /** Hands one more row over (reading thread only); starts a helper each time enough rows wait for one. */
    void add(Cipherer.EntryRow row) {
        int count;
        synchronized (this) {
            rows.add(row);
            opened.add(null);
            count = rows.size();
            if (count % BATCH == 0) notifyAll();
        }
        if (count % ROWS_PER_THREAD == 0 && helpers.size() < maxHelpers && count / ROWS_PER_THREAD >= helpers.size() + 2) {
            helpers.add(started());
        }
    }

    /** No more rows will come (reading thread only). */
    synchronized void allRead() {
        allRead = true;
        notifyAll();
    }

    /**
     * Opens the rows no helper has taken yet on this thread, then waits for the helpers. In row order,
     * with {@code null} where a row would not open (damaged or tampered with).
     */
    List<ApiKeyEntry> join() {
        allRead();
        work();
        for (Thread helper : helpers) joinUninterruptibly(helper);
        synchronized (this) {
            return new ArrayList<>(opened);
        }
    }

    /**
     * Stops the opening (rows no thread has taken stay closed: nothing is decrypted only to be wiped),
     * waits for the helpers, then wipes every secret opened: for a read refused or dropped.
     */
    void discard() {
        synchronized (this) {
            discarded = true;
            allRead = true;
            notifyAll();
        }
        for (Thread helper : helpers) joinUninterruptibly(helper);
        synchronized (this) {
            for (ApiKeyEntry entry : opened) {
                if (entry != null) entry.wipeSecrets();
            }
        }
    }

    private void work() {
        Aead.Decryptor decryptor = cipherer.decryptor();
        List<Cipherer.EntryRow> batch = new ArrayList<>(BATCH);
        ApiKeyEntry[] done = new ApiKeyEntry[BATCH];
        for (int first = take(batch); first >= 0; first = take(batch)) {
            for (int i = 0; i < batch.size(); i++) done[i] = opened(decryptor, batch.get(i));
            synchronized (this) {
                for (int i = 0; i < batch.size(); i++) opened.set(first + i, done[i]);
            }
        }
    }

    /**
     * The next rows to open into {@code batch} (waiting for the reader while it reads), and the index of
     * its first; -1 once every row is taken. A helper interrupted while it waits stops: {@link #join}'s
     * thread opens what it leaves.
     */
    private synchronized int take(List<Cipherer.EntryRow> batch) {
        batch.clear();
        while (next >= rows.size() && !allRead) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        if (discarded) return -1;
        int first = next;
        int end = Math.min(rows.size(), first + BATCH);
        if (first >= end) return -1;
        batch.addAll(rows.subList(first, end));
        next = end;
        return first;
    }

    private ApiKeyEntry opened(Aead.Decryptor decryptor, Cipherer.EntryRow row) {
        try {
            return cipherer.openEntry(decryptor, row);
        } catch (RuntimeException damaged) {
            return null;
        }
    }

    private Thread started() {
        Thread thread = new Thread(this::work, "apikeep-decrypt");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Joins (results are only complete after every helper ended), keeping an interrupt for the caller. */
    static void joinUninterruptibly(Thread thread) {
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
