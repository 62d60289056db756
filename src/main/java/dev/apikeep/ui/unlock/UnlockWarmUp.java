package dev.apikeep.ui.unlock;

import dev.apikeep.app.KeyDerivation;
import dev.apikeep.app.Session;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * While the unlock screen waits for the password, runs the unlock's hot code once on made-up data
 * ({@link Session#warmUp}) on a low-priority daemon thread, so the real unlock after the click runs
 * compiled code. Once per program run (the code stays compiled after a lock); it starts a moment
 * after the window is on screen, so the window's own start-up keeps the cores, and stops when Unlock
 * is pressed, so it never competes with the real work.
 *
 * <p>"After the window is on screen", not "after the unlock screen is built": the screen is built on
 * a helper thread while the FX thread is still starting, and a warm-up timed from there ran (its
 * Argon2 passes, on both cores of a two-core machine) while the window was being styled, laid out
 * and mapped, some 200-300 ms of CPU before the window appeared (bench/RESULTS.md, fifth session,
 * helper jarstart).
 */
final class UnlockWarmUp {
    private static final long START_AFTER_MILLIS = 400;
    private static final AtomicBoolean RAN = new AtomicBoolean();

    private final AtomicBoolean wanted = new AtomicBoolean(true);
    private final AtomicBoolean ran;

    private UnlockWarmUp(AtomicBoolean ran) {
        this.ran = ran;
    }

    /**
     * Starts the warm-up once {@code screen} is in a window that is showing, unless this program
     * already ran one. Any thread: the screen may still be being built off the FX thread.
     */
    static UnlockWarmUp startOnceShown(Node screen, KeyDerivation derivation) {
        return startOnceShown(screen, derivation, RAN);
    }

    /** As above, {@code ran} being the once-per-run flag (a test's own, so other tests' unlocks do not matter). */
    static UnlockWarmUp startOnceShown(Node screen, KeyDerivation derivation, AtomicBoolean ran) {
        UnlockWarmUp warmUp = new UnlockWarmUp(ran);
        if (!ran.get()) whenShown(screen, () -> warmUp.begin(derivation));
        return warmUp;
    }

    /**
     * Runs {@code then} on the FX thread a moment after {@code screen} is first in a showing window
     * (as the warm-up starts: the window's own start-up keeps the cores), if it still is then; for
     * work that may as well be done while the password is typed (the main window's build). Any thread.
     */
    static void afterShown(Node screen, Runnable then) {
        whenShown(screen, () -> CompletableFuture.delayedExecutor(START_AFTER_MILLIS, TimeUnit.MILLISECONDS, Platform::runLater)
                .execute(() -> {
                    if (showing(screen).getValue()) then.run();
                }));
    }

    private static void whenShown(Node screen, Runnable then) {
        ObservableValue<Boolean> showing = showing(screen);
        if (showing.getValue()) {
            then.run();
            return;
        }
        showing.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean is) {
                if (!is) return;
                value.removeListener(this);
                then.run();
            }
        });
    }

    private static ObservableValue<Boolean> showing(Node screen) {
        return screen.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
    }

    private void begin(KeyDerivation derivation) {
        if (!wanted.get() || !ran.compareAndSet(false, true)) return;
        Thread thread = new Thread(() -> run(derivation), "apikeep-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
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
