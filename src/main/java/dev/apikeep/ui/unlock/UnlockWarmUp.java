package dev.apikeep.ui.unlock;

import dev.apikeep.app.KeyDerivation;
import dev.apikeep.app.Session;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * While the unlock screen waits for the password, runs the unlock's hot code once on made-up data
 * ({@link Session#warmUp}) on a low-priority daemon thread, so the real unlock after the click runs
 * compiled code. Once per program run (the code stays compiled after a lock); it starts a moment
 * after the screen shows, so the window's own start-up keeps the cores, and stops when Unlock is
 * pressed, so it never competes with the real work.
 */
final class UnlockWarmUp {
    private static final long START_AFTER_MILLIS = 400;
    private static final AtomicBoolean RAN = new AtomicBoolean();

    private final AtomicBoolean wanted = new AtomicBoolean(true);

    private UnlockWarmUp() {
    }

    /** Starts the warm-up unless this program already ran one. */
    static UnlockWarmUp start(KeyDerivation derivation) {
        UnlockWarmUp warmUp = new UnlockWarmUp();
        if (!RAN.compareAndSet(false, true)) return warmUp;
        Thread thread = new Thread(() -> warmUp.run(derivation), "apikeep-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return warmUp;
    }

    /** The real unlock starts: no more rounds. */
    void stop() {
        wanted.set(false);
    }

    private void run(KeyDerivation derivation) {
        try {
            Thread.sleep(START_AFTER_MILLIS);
            Session.warmUp(derivation, wanted::get);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // only a head start is lost; the unlock itself reports its own errors
            System.getLogger(UnlockWarmUp.class.getName()).log(System.Logger.Level.DEBUG, "warming up the unlock's code failed", e);
        }
    }
}
