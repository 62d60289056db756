package dev.apikeep.ui;

import dev.apikeep.ui.common.Pulses;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.keys.KeysController;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The key list's window built off the FX thread beside the unlock ({@link AppShell#prepareKeys}),
 * and the one rule for the FX thread meanwhile. JavaFX measures labels' text through one shared,
 * unsynchronised {@code TextLayout} (the controls' {@code Utils}), so the FX thread and another
 * thread never lay out at the same time: the window is built on its helper thread, or its first rows
 * laid out on the vault's thread before it is shown, only while the unlock screen is alone on screen
 * ({@link #aloneOnScreen}: a dialog left open, Backups or a menu, lays out its own text on the FX
 * thread at any pulse; the window is then built on the FX thread), and while that runs the unlock
 * screen's text changes, and every screen or dialog opened from it (Create, Backups, About), wait
 * ({@link #afterWork}).
 */
final class KeysWindowBuild {
    /** The built window: its scene and controller. */
    record Prepared(Scene scene, KeysController controller) {
    }

    private CompletableFuture<Prepared> build;
    /** From the taken window's {@code openUnshown} until it is on screen (or the vault closed): its rows are laid out on the vault's thread. */
    private CompletableFuture<Void> layingOut;
    /** A lock asked for while {@link #layingOut}: carried out when it ends. */
    private boolean lockPending;

    /**
     * Starts {@code buildIt} on a helper thread once, after {@code shown}'s pending layout (at once
     * when null: nothing is shown yet), unless another window is open (then the window is built on
     * the FX thread at the unlock); a second call returns the same build. Completes once the build is
     * done or failed; a failure is logged (the window is then built on the FX thread).
     */
    CompletableFuture<?> start(Scene shown, Supplier<Prepared> buildIt) {
        if (build != null) return build;
        if (shown != null && !aloneOnScreen(shown.getWindow())) return CompletableFuture.completedFuture(null);
        CompletableFuture<Prepared> started = new CompletableFuture<>();
        build = started;
        Runnable onHelperThread = () -> Tasks.onHelperThread("apikeep-main-window", buildIt).whenComplete((built, error) -> {
            if (error == null) {
                started.complete(built);
                return;
            }
            log().log(System.Logger.Level.WARNING, "the main window's build beside the unlock failed; it is built on the FX thread at the unlock", error);
            started.completeExceptionally(error);
        });
        // from here the shown screen's text changes wait (afterWork); one already made (a Caps Lock
        // hint) is laid out in the next pulse, so the build starts after that pulse
        if (shown == null) onHelperThread.run();
        else Pulses.afterNextLayout(shown, onHelperThread);
        return started;
    }

    boolean building() {
        return build != null && !build.isDone();
    }

    /** The built window, once (null if none was built or its build failed: the caller builds it on the FX thread). */
    Prepared take() {
        CompletableFuture<Prepared> taken = build;
        build = null;
        return taken == null || taken.isCompletedExceptionally() ? null : taken.join();
    }

    /** A new vault's window is built as before, on the FX thread: the one built for the unlock is not used (call once it is done). */
    void forget() {
        if (!building()) build = null;
    }

    /** The taken window's first rows are being laid out off the FX thread, until {@link #laidOut()}. */
    void layingOut() {
        layingOut = new CompletableFuture<>();
    }

    /**
     * The window is on screen, or will never be (a lock, a failure): nothing is laid out off the FX
     * thread any more. True if a lock waited for that layout ({@link #lockWaits()}): carry it out now.
     */
    boolean laidOut() {
        CompletableFuture<Void> done = layingOut;
        layingOut = null;
        boolean locked = lockPending;
        lockPending = false;
        if (done != null) done.complete(null);
        return locked;
    }

    /**
     * A lock while the rows are laid out on the vault's thread waits until that layout ends (wiping
     * the window's model, or laying out the unlock screen, would race it): true if it must wait.
     */
    boolean lockWaits() {
        if (layingOut == null) return false;
        lockPending = true;
        return true;
    }

    /** The prepared window in the stage; resized since the build, its scene would size the window back, so its root moves (CSS applied again). Returns the stage's scene. */
    static Scene swapInto(Stage stage, Scene shown, Scene next) {
        if (next.getWidth() != shown.getWidth() || next.getHeight() != shown.getHeight()) {
            Parent root = next.getRoot();
            next.setRoot(new StackPane());
            shown.setRoot(root);
            return shown;
        }
        stage.setScene(next);
        return next;
    }

    /** No window is showing but {@code main} (no dialog, no popup): only then may another thread lay out beside the FX thread. */
    static boolean aloneOnScreen(Window main) {
        return Window.getWindows().stream().noneMatch(window -> window != main && window.isShowing());
    }

    /** Runs {@code then} on the FX thread now, or once no window is built or laid out off it (call on the FX thread). */
    void afterWork(Runnable then) {
        CompletableFuture<?> work = building() ? build : layingOut;
        if (work == null || work.isDone()) then.run();
        else Tasks.onFxWhenDone(work, () -> afterWork(then));
    }

    /** The shell's log, looked up when something is logged (the first System.getLogger sets up java.util.logging); exceptions carry no secret. */
    static System.Logger log() {
        return System.getLogger(AppShell.class.getName());
    }
}
