package dev.apikeep.app;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a piece of preparatory work on a daemon thread, once per program run and only where a
 * second core can take it: on one core it would only add to the command's own work. The work must
 * be optional: a failure there ends the thread silently, and the real work meets it and reports it.
 */
final class OnceInBackground {
    private final String threadName;
    private final AtomicBoolean started = new AtomicBoolean();

    OnceInBackground(String threadName) {
        this.threadName = threadName;
    }

    /** The thread started, or null when this already ran (or the machine has a single core). */
    Thread start(Runnable work, int cores) {
        if (cores < 2 || !started.compareAndSet(false, true)) return null;
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // only a head start lost
            }
        }, threadName);
        thread.setDaemon(true);   // never keeps a command's process alive
        thread.start();
        return thread;
    }
}
