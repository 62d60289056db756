package dev.apikeep.ui;

import dev.apikeep.app.Settings;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.AutoLock;
import dev.apikeep.ui.common.Navigator;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.ViewLoader;
import dev.apikeep.ui.keys.KeysController;
import dev.apikeep.ui.unlock.CreateController;
import dev.apikeep.ui.unlock.UnlockController;
import java.nio.file.Files;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The one window: switches between create, unlock and the key list, applies the theme, and locks
 * (on Ctrl+L, after the idle time, or on request), wiping decrypted data on the way.
 */
public final class AppShell implements Navigator {
    public static final String TITLE = "ApiKeep";

    private final Stage stage;
    private final AppContext context;
    private final ViewLoader loader;
    private final Scene scene;
    private final AutoLock autoLock;
    private final dev.apikeep.ui.backups.BackupSchedule backupSchedule = new dev.apikeep.ui.backups.BackupSchedule();
    private KeysController keys;

    public AppShell(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.loader = new ViewLoader(context);
        this.autoLock = new AutoLock(this::lock);
        context.setNavigator(this);
        context.setAutoLock(autoLock);
        this.scene = new Scene(new StackPane(), 1180, 760);
        scene.getStylesheets().add(AppShell.class.getResource("app.css").toExternalForm());
        applyTheme(context.settings().theme());
        context.settingsProperty().addListener((o, a, b) -> applyTheme(b.theme()));
        stage.setTitle(TITLE);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.setOnHidden(e -> shutdown());
    }

    /** First run (no vault at the path) shows Create; otherwise Unlock. */
    public void start() {
        if (context.vaultPath() != null && Files.exists(context.vaultPath())) showUnlock();
        else showCreate();
        stage.show();
    }

    @Override
    public void showCreate() {
        show(loader.load(CreateController.class, "CreateView.fxml").root());
    }

    @Override
    public void showUnlock() {
        show(loader.load(UnlockController.class, "UnlockView.fxml").root());
    }

    @Override
    public void showKeys() {
        ViewLoader.View<KeysController> view = loader.load(KeysController.class, "KeysView.fxml");
        keys = view.controller();
        show(view.root());
        autoLock.start(scene, Duration.ofMinutes(context.settings().autoLockMinutes()));
        backupSchedule.start(context);
    }

    @Override
    public void lock() {
        autoLock.stop();
        backupSchedule.stop();
        if (keys != null) keys.dispose();
        keys = null;
        context.clipboard().clearIfOurs();
        context.closeVault();
        showUnlock();
    }

    /** Window closed: same as lock, then stop the background thread once the vault is closed. */
    void shutdown() {
        autoLock.stop();
        backupSchedule.stop();
        if (keys != null) keys.dispose();
        keys = null;
        context.clipboard().clearIfOurs();
        context.closeVault();
        context.background().shutdown();
    }

    public Scene scene() {
        return scene;
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }

    static void applyTheme(Settings.Theme theme) {
        Application.setUserAgentStylesheet(Styles.themeStylesheet(theme));
    }
}
