package dev.apikeep.ui;

import dev.apikeep.app.Settings;
import dev.apikeep.ui.about.AboutDialog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.AppIcons;
import dev.apikeep.ui.common.AutoLock;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Navigator;
import dev.apikeep.ui.common.Pulses;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.common.Themes;
import dev.apikeep.ui.common.Views;
import dev.apikeep.ui.keys.KeysController;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
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
    private CompletableFuture<PreparedKeys> preparedKeys;
    private long themeRequest;
    private Settings.Theme shownTheme;
    /** An opening vault's theme, applied when its window replaces the unlock screen (see {@link #settingsChanged}). */
    private Settings.Theme themeAtSwap;

    public AppShell(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.autoLock = new AutoLock(this::lock);
        context.setNavigator(this);
        context.setAutoLock(autoLock);
        // Screens are built on helper threads (the first one beside the window's own start; the key list's
        // while the password is typed, prepareKeys): nodes may be built on any thread until they join a shown
        // scene. Their controllers must not wait for the FX thread: start() blocks on the first screen.
        // The theme first, and Control initialised here: its static initialiser, run first on a helper
        // thread with no stylesheet set, queues Modena through runLater (about 1 start in 15 unthemed).
        applyTheme(context.settings().theme());
        initialiseControlsHere();
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

    /** On the FX thread, with a user-agent stylesheet set (see the constructor): Control's static initialiser then queues nothing. */
    private static void initialiseControlsHere() {
        try {
            Class.forName(javafx.scene.control.Control.class.getName(), true, AppShell.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void showCreate() {
        preparedKeys = null; // built for an unlock (while its password was typed); a new vault's window is built as before
        show(createView());
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

    /** The window built beside the unlock, once (null if none was, or its build failed: then it is built here). */
    private PreparedKeys takePreparedKeys() {
        CompletableFuture<PreparedKeys> taken = preparedKeys;
        preparedKeys = null;
        return taken == null || taken.isCompletedExceptionally() ? null : taken.join();
    }

    private Parent joinFirstScreen() {
        return Tasks.joinUnwrapped(firstScreen);
    }

    /** The window's scenes: the app's stylesheet and F1 for About. Any thread, until the scene is shown. */
    private Scene newScene(Parent root, double width, double height) {
        Scene made = new Scene(root, width, height);
        made.getStylesheets().add(AppShell.class.getResource("app.css").toExternalForm());
        made.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), () -> AboutDialog.show(stage, context.vaultPath()));
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
     * Unlock if this one fails (it holds nothing of the vault).
     */
    @Override
    public CompletableFuture<?> prepareKeys() {
        if (preparedKeys != null) return preparedKeys;
        double width = scene.getWidth(), height = scene.getHeight(); // read here, on the FX thread
        CompletableFuture<PreparedKeys> build = new CompletableFuture<>();
        preparedKeys = build;
        // From here the shown screen's text changes wait for the build (buildingKeys()); one already
        // made (a Caps Lock hint) is laid out in the next pulse, so the build starts after that pulse
        afterNextLayout(() -> Tasks.onHelperThread("apikeep-main-window", () -> buildKeys(width, height))
                .whenComplete((built, error) -> {
                    if (error != null) build.completeExceptionally(error);
                    else build.complete(built);
                }));
        return build;
    }

    private PreparedKeys buildKeys(double width, double height) {
        Views.Loaded<KeysController> view = Views.load(FxmlView.KEYS, context);
        Scene made = newScene(view.root(), width, height);
        view.root().applyCss();
        view.root().layout();
        view.controller().warmUpRows();
        return new PreparedKeys(made, view.controller());
    }

    /** Runs {@code then} after the shown screen's next CSS and layout pass (at once if nothing is shown yet). */
    private void afterNextLayout(Runnable then) {
        if (stage.isShowing() && scene.getWindow() == stage) Pulses.afterNextLayout(scene, then);
        else then.run();
    }

    /** The key list's window built beside the unlock: its scene and controller. */
    private record PreparedKeys(Scene scene, KeysController controller) {
    }

    @Override
    public void showKeys() {
        if (buildingKeys()) { // still being built: take it when it is
            Tasks.onFxWhenDone(preparedKeys, this::showKeys);
            return;
        }
        if (context.serviceProperty().get() == null) { // locked (the window closed) meanwhile
            applyThemeAtSwap();
            return;
        }
        PreparedKeys prepared = takePreparedKeys();
        if (prepared != null) {
            keys = prepared.controller();
            // the window goes on screen with its first rows in: made, styled and laid out off the FX thread
            keys.openUnshown(() -> {
                applyThemeAtSwap();
                swapScene(prepared.scene());
                autoLock.start(scene, Duration.ofMinutes(context.settings().autoLockMinutes()));
            });
        } else {
            applyThemeAtSwap();
            Views.Loaded<KeysController> view = Views.load(FxmlView.KEYS, context);
            keys = view.controller();
            keys.open();
            show(view.root());
            autoLock.start(scene, Duration.ofMinutes(context.settings().autoLockMinutes()));
        }
        // a due backup (VACUUM INTO, on the vault's one thread) waits until the list is on screen
        keys.afterFirstList(() -> backupSchedule.start(context));
    }

    @Override
    public void lock() {
        closeKeys();
        showUnlock();
    }

    /** Window closed: same as lock, then stop the background thread once the vault is closed. */
    void shutdown() {
        closeKeys();
        context.background().shutdown();
    }

    private void closeKeys() {
        autoLock.stop();
        backupSchedule.stop();
        if (keys != null) keys.dispose();
        keys = null;
        context.clipboard().clearIfOurs();
        context.closeVault();
    }

    public Scene scene() {
        return scene;
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }

    /** The prepared window in the stage; resized since the build, its scene would size the window back, so its root moves (CSS applied again). */
    private void swapScene(Scene next) {
        if (next.getWidth() != scene.getWidth() || next.getHeight() != scene.getHeight()) {
            Parent root = next.getRoot();
            next.setRoot(new StackPane());
            scene.setRoot(root);
            return;
        }
        scene = next;
        stage.setScene(next);
    }

    /** Settings take effect at once: theme, and the auto-lock timer restarts with the new idle time. */
    private void settingsChanged(Settings before, Settings after) {
        if (before != null && keys == null) {
            // a vault opening (its settings come before its window): restyling the unlock screen now
            // would lay out its text while the vault's thread lays out the new window's rows, both
            // through JavaFX's one shared text layout; the window takes the theme as it goes on screen
            themeAtSwap = before.theme() == after.theme() ? null : after.theme();
        } else if (before == null || before.theme() != after.theme()) {
            applyTheme(after.theme());
        }
        if (before != null && before.autoLockMinutes() != after.autoLockMinutes() && keys != null) {
            autoLock.start(scene, Duration.ofMinutes(after.autoLockMinutes()));
        }
    }

    /** LIGHT and DARK apply at once; SYSTEM asks the OS off the FX thread and applies what it says (light if it cannot tell). */
    void applyTheme(Settings.Theme theme) {
        long request = ++themeRequest;
        CompletableFuture<Settings.Theme> resolving = Themes.resolve(theme, context.systemTheme());
        // never no stylesheet while the system is asked (Modena would come in: see the constructor)
        if (!resolving.isDone() && shownTheme == null) setTheme(request, Settings.Theme.LIGHT);
        resolving.thenAccept(resolved -> {
            if (javafx.application.Platform.isFxApplicationThread()) setTheme(request, resolved);
            else javafx.application.Platform.runLater(() -> setTheme(request, resolved));
        });
    }

    private void setTheme(long request, Settings.Theme resolved) {
        if (request != themeRequest) return; // a newer choice was made while the system was asked
        if (buildingKeys()) { // restyling the shown screen now would lay out text beside the build: after it
            Tasks.onFxWhenDone(preparedKeys, () -> setTheme(request, resolved));
            return;
        }
        shownTheme = resolved;
        Application.setUserAgentStylesheet(Styles.themeStylesheet(resolved));
    }

    /** The key list's window is being built off the FX thread (see {@link #prepareKeys()}). */
    private boolean buildingKeys() {
        return preparedKeys != null && !preparedKeys.isDone();
    }

    private void applyThemeAtSwap() {
        Settings.Theme theme = themeAtSwap;
        themeAtSwap = null;
        if (theme != null) applyTheme(theme);
    }
}
