package dev.apikeep.ui;

import dev.apikeep.app.Settings;
import dev.apikeep.ui.about.AboutDialog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.AppIcons;
import dev.apikeep.ui.common.AutoLock;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Navigator;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.common.Views;
import dev.apikeep.ui.keys.KeysController;
import dev.apikeep.ui.unlock.UnlockController;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;

/**
 * The one window: switches between create, unlock and the key list, applies the theme, and locks
 * (on Ctrl+L, after the idle time, or on request), wiping decrypted data on the way.
 */
public final class AppShell implements Navigator {
    public static final String TITLE = "ApiKeep";

    private final Stage stage;
    private final AppContext context;
    /** The window's scene: replaced by the key list's own, built off the FX thread (see {@link #prepareKeys()}). */
    private Scene scene;
    private final AutoLock autoLock;
    private final dev.apikeep.ui.backups.BackupSchedule backupSchedule = new dev.apikeep.ui.backups.BackupSchedule();
    private final CompletableFuture<Parent> firstScreen;
    private KeysController keys;
    private final KeysWindowBuild windowBuild = new KeysWindowBuild();
    /** The key list's view, loaded off the FX thread beside the unlock or on it (tests give one that fails). */
    private Supplier<Views.Loaded<KeysController>> keysView;
    private final ShellTheme theme;
    /** Tests: a step of putting the window built beside the unlock on screen that throws. */
    Runnable beforeShowingKeys = () -> { };

    public AppShell(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.autoLock = new AutoLock(this::lock);
        this.keysView = () -> Views.load(FxmlView.KEYS, context);
        this.theme = new ShellTheme(context::systemTheme, windowBuild);
        context.setNavigator(this);
        context.setAutoLock(autoLock);
        // Screens are built on helper threads (the first one beside the window's own start; the key list's
        // while the password is typed, prepareKeys): nodes may be built on any thread until they join a shown
        // scene. Their controllers must not wait for the FX thread: start() blocks on the first screen.
        // The theme first, and Control initialised here: its static initialiser, run first on a helper
        // thread with no stylesheet set, queues Modena through runLater (about 1 start in 15 unthemed).
        applyTheme(context.settings().theme());
        ShellTheme.initialiseControlsHere();
        this.firstScreen = Tasks.onHelperThread("apikeep-first-screen", isFirstRun() ? this::createView : this::unlockView);
        this.scene = newScene(new StackPane(), 1180, 760);
        context.settingsProperty().addListener((o, a, b) -> settingsChanged(a, b));
        // Lock on minimise reads the setting when it happens, so changing it takes effect at once.
        stage.iconifiedProperty().addListener((o, was, iconified) -> {
            if (iconified && context.settings().lockOnMinimise() && context.serviceProperty().get() != null) lock();
        });
        stage.setTitle(TITLE);
        AppIcons.applyTo(stage);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.setOnHidden(e -> shutdown());
    }

    /** Shows the window with its first screen: Create on the first run, otherwise Unlock. */
    public void start() {
        show(joinFirstScreen());
        stage.show();
    }

    /** Laid out beside the main window's build, its text would go through JavaFX's one shared text layout: after it. */
    @Override
    public void showCreate() {
        windowBuild.afterWork(() -> {
            if (context.serviceProperty().get() != null) return; // a vault opened meanwhile: its window stays
            windowBuild.forget(); // built for an unlock (while its password was typed); a new vault's window is built as before
            show(createView());
        });
    }

    @Override
    public void afterWindowWork(Runnable then) {
        windowBuild.afterWork(then);
    }

    @Override
    public void showUnlock() {
        show(unlockView());
    }

    private Parent createView() {
        return Views.load(FxmlView.CREATE, context).root();
    }

    private Parent unlockView() {
        return Views.load(FxmlView.UNLOCK, context).root();
    }

    /** No vault at the path yet. */
    private boolean isFirstRun() {
        return context.vaultPath() == null || !Files.exists(context.vaultPath());
    }

    private Parent joinFirstScreen() {
        return Tasks.joinUnwrapped(firstScreen);
    }

    /** The window's scenes: the app's stylesheet and F1 for About. Any thread, until the scene is shown. */
    private Scene newScene(Parent root, double width, double height) {
        Scene made = new Scene(root, width, height);
        made.getStylesheets().add(AppShell.class.getResource("app.css").toExternalForm());
        made.getAccelerators().put(new KeyCodeCombination(KeyCode.F1),
                () -> windowBuild.afterWork(() -> AboutDialog.show(stage, context.vaultPath())));
        return made;
    }

    /**
     * Builds the key list's window in a scene of its own on a helper thread while the password is
     * typed (a moment after the unlock screen shows) or, at the latest, while the vault opens: its
     * FXML and controllers (what needs no open vault), its first CSS pass (skins made, the
     * stylesheets matched), its layout at the window's size and its rows' first styling on made-up
     * keys ({@link KeysController#warmUpRows}). In a fresh JVM these are some 700 ms of CPU that
     * would otherwise block the FX thread after the unlock, or compete with the vault's work for the
     * second core. Safe because nodes
     * and scenes may be built and changed on any thread until they are in a showing window; the
     * FX thread takes the scene only once it is finished ({@link #showKeys()}). Kept for the next
     * Unlock if this one fails (it holds nothing of the vault). Meanwhile the FX thread lays out no
     * new text ({@link KeysWindowBuild#afterWork}); a failed build is logged, and the window is then
     * built on the FX thread.
     */
    @Override
    public CompletableFuture<?> prepareKeys() {
        double width = scene.getWidth(), height = scene.getHeight(); // read here, on the FX thread
        Scene shown = stage.isShowing() && scene.getWindow() == stage ? scene : null;
        return windowBuild.start(shown, () -> buildKeys(width, height));
    }

    private KeysWindowBuild.Prepared buildKeys(double width, double height) {
        Views.Loaded<KeysController> view = keysView.get();
        Scene made = newScene(view.root(), width, height);
        view.root().applyCss();
        view.root().layout();
        view.controller().warmUpRows();
        return new KeysWindowBuild.Prepared(made, view.controller());
    }

    /** Tests: the key list's view comes from {@code loader} (one that fails, to see the unlock go on without it). */
    void loadKeysViewWith(Supplier<Views.Loaded<KeysController>> loader) {
        this.keysView = loader;
    }

    @Override
    public void showKeys() {
        if (windowBuild.building()) { // still being built: take it when it is
            windowBuild.afterWork(this::showKeys);
            return;
        }
        if (context.serviceProperty().get() == null) { // locked (the window closed) meanwhile
            theme.applyAtSwap();
            return;
        }
        opening(() -> {
            KeysWindowBuild.Prepared prepared = windowBuild.take();
            // with a dialog open (its text laid out on the FX thread), the rows are not laid out on the vault's
            if (prepared != null && KeysWindowBuild.aloneOnScreen(stage)) openUnshown(prepared);
            else openHere();
        });
    }

    /** A step in opening the unlocked vault's window; should it throw, never a spinner that does not end: the unlock screen again, saying so. */
    private void opening(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            KeysWindowBuild.log().log(System.Logger.Level.WARNING, "the main window could not be opened", e);
            try {
                closeKeys();
            } finally {
                showUnlockAfter(e);
            }
        }
    }

    /**
     * The window built beside the unlock goes on screen with its first rows in: made, styled and laid
     * out off the FX thread. Should that layout throw, the window is built again on the FX thread and
     * shows the same entries (never a read error for it: they were read fine).
     */
    private void openUnshown(KeysWindowBuild.Prepared prepared) {
        keys = prepared.controller();
        keys.afterFirstList(() -> backupSchedule.start(context));
        windowBuild.layingOut();
        keys.openUnshown(() -> opening(() -> {
            if (lockWaited()) return;
            theme.applyAtSwap();
            beforeShowingKeys.run();
            scene = KeysWindowBuild.swapInto(stage, scene, prepared.scene());
            autoLock.start(scene, Duration.ofMinutes(context.settings().autoLockMinutes()));
        }), (entries, failure) -> opening(() -> {
            KeysWindowBuild.log().log(System.Logger.Level.WARNING, "the first rows' layout off the FX thread failed; the main window is built on the FX thread", failure);
            context.handFirstListOn(entries); // first: the new window takes them, or closing the vault wipes them
            if (lockWaited()) return;
            keys.abandon(); // never shown; its entries go to the new window
            openHere();
        }));
    }

    /** The rows' layout off the FX thread is over: true if a lock waited for it ({@link #lock()}), carried out now instead. */
    private boolean lockWaited() {
        if (!windowBuild.laidOut()) return false;
        theme.applyAtSwap(); // as a lock before the show does (showKeys)
        lock();
        return true;
    }

    /** Built on the FX thread: a window not built beside the unlock, or whose build or layout there failed (logged). */
    private void openHere() {
        theme.applyAtSwap();
        Views.Loaded<KeysController> view = keysView.get();
        keys = view.controller();
        // a due backup (VACUUM INTO, on the vault's one thread) waits until the list is on screen
        keys.afterFirstList(() -> backupSchedule.start(context));
        keys.open();
        show(view.root());
        autoLock.start(scene, Duration.ofMinutes(context.settings().autoLockMinutes()));
    }

    /** A fresh unlock screen (the vault closed) whose message says what went wrong. */
    private void showUnlockAfter(Throwable problem) {
        Views.Loaded<UnlockController> view = Views.load(FxmlView.UNLOCK, context);
        view.controller().model().failed(problem);
        show(view.root());
    }

    @Override
    public void lock() {
        if (windowBuild.lockWaits()) return; // the rows are laid out on the vault's thread: the lock follows (lockWaited)
        try {
            closeKeys();
        } finally {
            showUnlock();
        }
    }

    /** Window closed: same as lock, then stop the background thread once the vault is closed. */
    void shutdown() {
        closeKeys();
        context.background().shutdown();
    }

    private void closeKeys() {
        windowBuild.laidOut(); // a window still laid out unshown is never shown now
        autoLock.stop();
        backupSchedule.stop();
        try {
            if (keys != null) keys.dispose();
        } finally { // the vault never stays open behind an unlock screen
            keys = null;
            try { context.clipboard().clearIfOurs(); } finally { context.closeVault(); }
        }
    }

    public Scene scene() {
        return scene;
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }

    /** Settings take effect at once: theme, and the auto-lock timer restarts with the new idle time. */
    private void settingsChanged(Settings before, Settings after) {
        if (before != null && keys == null) {
            theme.vaultOpening(before, after); // applied as its window replaces the unlock screen
        } else if (before == null || before.theme() != after.theme()) {
            applyTheme(after.theme());
        }
        if (before != null && before.autoLockMinutes() != after.autoLockMinutes() && keys != null) {
            autoLock.start(scene, Duration.ofMinutes(after.autoLockMinutes()));
        }
    }

    /** The theme now (or after a window's build off the FX thread); package-visible for tests. */
    void applyTheme(Settings.Theme theme) {
        this.theme.apply(theme);
    }
}
