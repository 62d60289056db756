package dev.apikeep.ui.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.input.DataFormat;

/**
 * Every copy of a key, secret or passphrase goes through here. The value goes on the clipboard
 * together with the clipboard-history exclusion hints (KDE Klipper; Windows history and cloud sync)
 * in the same {@code setContent} call, and is cleared after the configured time, on lock and on
 * exit, but only while the clipboard still holds our value: if the user copied something else
 * meanwhile, that is left alone.
 *
 * <p>Only a SHA-256 digest of the copied value is kept to recognise it, not the value itself.
 * FX thread only.
 */
public final class ClipboardGuard {
    private static final byte[] ZERO_DWORD = new byte[4];

    private final ClipboardPort port;
    private final Duration override;
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(0);
    private final Ticker ticker;
    private final LongSupplier nanoClock;
    private byte[] ownDigest;
    private long deadlineNanos;

    /** What calls {@link #tick} every 200 ms while a copy is pending: a JavaFX timeline in the app. */
    interface Ticker {
        void start(Runnable tick);

        void stop();
    }

    /**
     * @param override when not null, replaces the configured delay (tests: Settings clamps to 5 s at least)
     */
    public ClipboardGuard(ClipboardPort port, Duration override) {
        this(port, override, new TimelineTicker(), System::nanoTime);
    }

    /** With its own ticker and clock (a test ticks by hand and moves time itself). */
    ClipboardGuard(ClipboardPort port, Duration override, Ticker ticker, LongSupplier nanoClock) {
        this.port = port;
        this.override = override;
        this.ticker = ticker;
        this.nanoClock = nanoClock;
    }

    /** Every 200 ms on the FX thread. */
    private static final class TimelineTicker implements Ticker {
        private Timeline timeline;

        @Override
        public void start(Runnable tick) {
            if (timeline == null) {
                timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(200), e -> tick.run()));
                timeline.setCycleCount(Animation.INDEFINITE);
            }
            timeline.playFromStart();
        }

        @Override
        public void stop() {
            if (timeline != null) timeline.stop();
        }
    }

    /** Seconds until the clipboard is cleared; 0 when nothing of ours is pending. For the status bar. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** Puts {@code value} on the clipboard with the history hints and schedules clearing it. */
    public void copy(String value, int configuredSeconds) {
        port.setContent(contentFor(value));
        ownDigest = digest(value);
        Duration after = override != null ? override : Duration.ofSeconds(configuredSeconds);
        deadlineNanos = nanoClock.getAsLong() + after.toNanos();
        secondsLeft.set((int) Math.max(1, (after.toMillis() + 999) / 1000));
        ticker.start(this::tick);
    }

    /** Clears the clipboard if it still holds what we put there (lock, exit, timeout). */
    public void clearIfOurs() {
        ticker.stop();
        secondsLeft.set(0);
        if (ownDigest == null) return;
        String now = port.getString();
        if (now != null && MessageDigest.isEqual(ownDigest, digest(now))) port.clear();
        Arrays.fill(ownDigest, (byte) 0);
        ownDigest = null;
    }

    void tick() {
        if (ownDigest == null) return; // a tick already queued when the copy was cleared
        long left = deadlineNanos - nanoClock.getAsLong();
        if (left <= 0) {
            clearIfOurs();
            return;
        }
        secondsLeft.set((int) ((left + 999_999_999L) / 1_000_000_000L));
        // Someone else's copy replaced ours: nothing left to clear, so stop counting down.
        String now = port.getString();
        if (now == null || !MessageDigest.isEqual(ownDigest, digest(now))) {
            ticker.stop();
            secondsLeft.set(0);
            Arrays.fill(ownDigest, (byte) 0);
            ownDigest = null;
        }
    }

    /** The text plus the hints; package-visible so a test can check the formats. */
    static Map<DataFormat, Object> contentFor(String value) {
        Map<DataFormat, Object> content = new LinkedHashMap<>();
        content.put(DataFormat.PLAIN_TEXT, value);
        content.put(Hints.KDE_PASSWORD_MANAGER, ByteBuffer.wrap("secret".getBytes(StandardCharsets.US_ASCII)));
        content.put(Hints.EXCLUDE_FROM_MONITOR, ByteBuffer.wrap(new byte[0]));
        content.put(Hints.CAN_INCLUDE_IN_HISTORY, ByteBuffer.wrap(ZERO_DWORD.clone()));
        content.put(Hints.CAN_UPLOAD_TO_CLOUD, ByteBuffer.wrap(ZERO_DWORD.clone()));
        return content;
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * The hint formats. A {@link DataFormat} name may be registered only once per JVM, so each is
     * looked up first and created only if nobody made it yet.
     */
    static final class Hints {
        static final DataFormat KDE_PASSWORD_MANAGER = format("x-kde-passwordManagerHint");
        static final DataFormat EXCLUDE_FROM_MONITOR = format("ExcludeClipboardContentFromMonitorProcessing");
        static final DataFormat CAN_INCLUDE_IN_HISTORY = format("CanIncludeInClipboardHistory");
        static final DataFormat CAN_UPLOAD_TO_CLOUD = format("CanUploadToCloudClipboard");

        private Hints() {
        }

        private static synchronized DataFormat format(String name) {
            DataFormat existing = DataFormat.lookupMimeType(name);
            return existing != null ? existing : new DataFormat(name);
        }
    }
}
