package dev.apikeep.bench;

import dev.apikeep.crypto.Kdf;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.ui.ApiKeepApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/**
 * Drives the real desktop app (ApiKeepApp, as {@code java -jar} starts it) from the Unlock button
 * to the key list drawn, in one JVM per run (bench/gui/run.sh starts it under Xvfb with
 * APIKEEP_VAULT set):
 * <ul>
 *   <li>{@code unlock_ms}: from {@code fire()} on the Unlock button to the first pulse at which
 *       the list holds every entry and shows cells with entries in them (laid out and drawn in the
 *       pulse before);</li>
 *   <li>{@code kdf_ms}: Argon2id alone at the vault's parameters in this JVM, after the unlock
 *       (warm: the difference {@code beyond_ms} overstates the app's own work, if anything);</li>
 *   <li>{@code max_pulse_gap_ms}: the longest time between two pulses from the click until 3 s
 *       after the list is drawn. An AnimationTimer asks for a pulse every frame, so a long gap is
 *       the FX thread busy with something else;</li>
 *   <li>{@code empty_state_seen}: whether "Your vault is empty" was on screen at any pulse.</li>
 * </ul>
 * Usage: GuiUnlockHarness PASSWORD_FILE ENTRIES KDF_MIB KDF_T KDF_P
 */
public final class GuiUnlockHarness {
    private static final long AFTER_DRAWN_NANOS = TimeUnit.SECONDS.toNanos(3);

    private GuiUnlockHarness() {
    }

    public static void main(String[] args) throws Exception {
        char[] password = Files.readString(Path.of(args[0])).strip().toCharArray();
        int entries = Integer.parseInt(args[1]);
        KdfParams kdf = KdfParams.ofMebibytes(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));

        Thread app = new Thread(ApiKeepApp::launchDesktop, "app-launcher");
        app.setDaemon(true);
        app.start();
        Scene unlockScene = waitOnFx(() -> sceneWith("#unlockButton"), 60);
        Thread.sleep(1500); // let start-up work (catalog, theme probe) finish: only the unlock is measured

        CompletableFuture<Result> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            ((TextInputControl) unlockScene.lookup("#password")).setText(new String(password));
            Probe probe = new Probe(entries, done);
            probe.start();
            probe.clickedAt = System.nanoTime();
            ((Button) unlockScene.lookup("#unlockButton")).fire();
        });
        Sampler sampler = Boolean.getBoolean("sample") ? Sampler.begin() : null;
        Result result = done.get(120, TimeUnit.SECONDS);
        if (sampler != null) sampler.report();

        long k0 = System.nanoTime();
        Kdf.derive(password, new byte[16], kdf);
        long kdfNanos = System.nanoTime() - k0;
        System.out.printf("unlock_ms=%d kdf_ms=%d beyond_ms=%d max_pulse_gap_ms=%d empty_state_seen=%s entries=%d%n",
                ms(result.unlockNanos), ms(kdfNanos), ms(result.unlockNanos - kdfNanos), ms(result.maxGapNanos),
                result.emptySeen, entries);
        dumpFlightRecordings();
        Runtime.getRuntime().halt(0); // no lock-on-exit work: it is not part of what is measured
    }

    /**
     * With {@code -XX:StartFlightRecording:filename=F}: halt skips the JVM's exit hooks, which would
     * write the recording, so write it here (then {@code jfr print --events jdk.ExecutionSample F}).
     */
    private static void dumpFlightRecordings() throws java.io.IOException {
        for (jdk.jfr.Recording r : jdk.jfr.FlightRecorder.isInitialized()
                ? jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings() : List.<jdk.jfr.Recording>of()) {
            if (r.getDestination() != null) r.dump(r.getDestination());
        }
    }

    /** -Dsample=true: where the FX thread spends the unlock, by sampling its stack every 5 ms (to stderr). */
    private static final class Sampler extends Thread {
        private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        private volatile boolean running = true;

        static Sampler begin() {
            Sampler s = new Sampler();
            s.setDaemon(true);
            s.start();
            return s;
        }

        @Override
        public void run() {
            Thread fx = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
            while (running) {
                StackTraceElement[] stack = fx.getStackTrace();
                StringBuilder key = new StringBuilder();
                int shown = 0;
                for (StackTraceElement e : stack) {
                    if (shown == 0 && !e.getClassName().startsWith("dev.apikeep") && key.length() == 0) {
                        key.append(e.getClassName()).append('.').append(e.getMethodName()).append(" <- ");
                        continue;
                    }
                    if (e.getClassName().startsWith("dev.apikeep")) {
                        key.append(e.getClassName()).append('.').append(e.getMethodName()).append(':').append(e.getLineNumber()).append(" <- ");
                        if (++shown == 3) break;
                    }
                }
                counts.merge(key.toString(), 1, Integer::sum);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void report() {
            running = false;
            counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .forEach(e -> System.err.println("SAMPLE " + e.getValue() + " " + e.getKey()));
        }
    }

    private record Result(long unlockNanos, long maxGapNanos, boolean emptySeen) {
    }

    /** Runs every pulse: records the pulse times and watches the window. */
    private static final class Probe extends AnimationTimer {
        private final int entries;
        private final CompletableFuture<Result> done;
        private final List<Long> pulses = new ArrayList<>();
        long clickedAt;
        private long drawnAt;
        private boolean emptySeen;

        Probe(int entries, CompletableFuture<Result> done) {
            this.entries = entries;
            this.done = done;
        }

        @Override
        public void handle(long frameTime) {
            long now = System.nanoTime();
            pulses.add(now);
            Scene scene = sceneWith("#keyList");
            if (scene == null) return;
            emptySeen |= scene.getRoot().lookupAll(".label").stream()
                    .anyMatch(n -> n instanceof Labeled l && "Your vault is empty".equals(l.getText()) && treeVisible(n));
            if (drawnAt == 0 && listDrawn(scene)) drawnAt = now;
            if (drawnAt != 0 && now - drawnAt > AFTER_DRAWN_NANOS) {
                stop();
                long maxGap = 0;
                for (int i = 1; i < pulses.size(); i++) maxGap = Math.max(maxGap, pulses.get(i) - pulses.get(i - 1));
                maxGap = Math.max(maxGap, pulses.isEmpty() ? 0 : pulses.get(0) - clickedAt);
                done.complete(new Result(drawnAt - clickedAt, maxGap, emptySeen));
            }
        }

        private boolean listDrawn(Scene scene) {
            ListView<?> list = (ListView<?>) scene.lookup("#keyList");
            if (list.getItems().size() < entries) return false;
            for (Node cell : list.lookupAll(".list-cell")) {
                if (cell instanceof ListCell<?> c && c.getItem() != null && c.isVisible()) return true;
            }
            return false;
        }
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    private static Scene sceneWith(String selector) {
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            if (w.isShowing() && scene != null && scene.lookup(selector) != null) return scene;
        }
        return null;
    }

    private static <T> T waitOnFx(Supplier<T> query, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                CompletableFuture<T> answer = new CompletableFuture<>();
                Platform.runLater(() -> answer.complete(query.get()));
                T value = answer.get(seconds, TimeUnit.SECONDS);
                if (value != null) return value;
            } catch (IllegalStateException toolkitNotUpYet) {
                // Platform.runLater before the toolkit started
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no window with the unlock screen within " + seconds + " s");
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
