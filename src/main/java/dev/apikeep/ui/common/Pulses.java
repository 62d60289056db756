package dev.apikeep.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Waiting for JavaFX's next pulse: the CSS and layout of what the FX thread changed just before. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code then} on the FX thread right after {@code shown}'s next CSS and layout pass, once.
     * Work that lays out text off the FX thread starts there, so it never overlaps the layout of a
     * change made before it started: JavaFX measures labels' text through one shared, unsynchronised
     * {@code TextLayout} (the controls' {@code Utils}). {@code shown} must be in a showing window.
     */
    public static void afterNextLayout(Scene shown, Runnable then) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = new Runnable() {
            @Override
            public void run() {
                if (!ran.compareAndSet(false, true)) return;
                Platform.runLater(() -> shown.removePostLayoutPulseListener(this)); // not while the pulse goes through them
                then.run();
            }
        };
        shown.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
