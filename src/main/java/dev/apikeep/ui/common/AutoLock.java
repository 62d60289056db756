package dev.apikeep.ui.common;

import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks after a period without keyboard or mouse input in the window. An event filter on the scene
 * resets the timer; a one-second ticker publishes the time left for the status bar. FX thread only.
 */
public final class AutoLock {
    private final Runnable onLock;
    private final LongSupplier nanoTime;
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(0);
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
    private final EventHandler<InputEvent> activity = e -> touch();
    private Duration idle = Duration.ofMinutes(5);
    private long lastActivity;
    private Scene scene;

    public AutoLock(Runnable onLock) {
        this(onLock, System::nanoTime);
    }

    AutoLock(Runnable onLock, LongSupplier nanoTime) {
        this.onLock = onLock;
        this.nanoTime = nanoTime;
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** Starts watching {@code target} for activity; locks after {@code idleTime} without any. */
    public void start(Scene target, Duration idleTime) {
        stop();
        this.idle = idleTime;
        this.scene = target;
        target.addEventFilter(InputEvent.ANY, activity);
        touch();
        ticker.play();
    }

    public void stop() {
        ticker.stop();
        if (scene != null) scene.removeEventFilter(InputEvent.ANY, activity);
        scene = null;
        secondsLeft.set(0);
    }

    public void touch() {
        lastActivity = nanoTime.getAsLong();
        secondsLeft.set((int) idle.toSeconds());
    }

    void tick() {
        long left = idle.toNanos() - (nanoTime.getAsLong() - lastActivity);
        if (left <= 0) {
            stop();
            onLock.run();
            return;
        }
        secondsLeft.set((int) ((left + 999_999_999L) / 1_000_000_000L));
    }

    /** "4:32": the status bar's form of the time left. */
    public static String format(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
