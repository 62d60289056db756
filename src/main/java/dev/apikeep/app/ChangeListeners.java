package dev.apikeep.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who hears of the vault's committed writes. A listener runs on the thread that wrote (the GUI's
 * background thread, or the scheduler's for writes elsewhere) and must hand UI work on itself;
 * one that throws is logged and skipped, never undoes or fails the write that already committed.
 */
final class ChangeListeners {
    private final List<Consumer<VaultChange>> listeners = new CopyOnWriteArrayList<>();

    /** Adds {@code listener}; closing the returned handle removes it again. */
    Session.Subscription add(Consumer<VaultChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void fire(VaultChange change) {
        for (Consumer<VaultChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // the write has committed; a listener's failure must not look like the write's
                log().log(System.Logger.Level.WARNING, "a change listener failed: " + e.getClass().getSimpleName());
            }
        }
    }

    /** Looked up when something is logged: the first System.getLogger sets up java.util.logging (a cold command's time). */
    private static System.Logger log() {
        return System.getLogger(ChangeListeners.class.getName());
    }
}
