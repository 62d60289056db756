package dev.apikeep.ui;

import dev.apikeep.app.VaultLocation;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ClipboardGuard;
import dev.apikeep.ui.common.ClipboardPort;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.editor.EditorDialog;
import dev.apikeep.ui.common.KeyEditor;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app. Started by {@code dev.apikeep.Main} when run without arguments. */
public class ApiKeepApp extends Application {
    /** Set by {@link #launchDesktop()} before the toolkit starts; {@link #start} loads it itself otherwise. */
    private static CompletableFuture<ExchangeCatalog> earlyCatalog;

    /**
     * Starts the desktop app. While JavaFX brings up its toolkit (about 300 ms, mostly on one thread)
     * the exchange catalog, which pulls in Jackson, loads on the other core, so it no longer competes
     * with building the first screen.
     */
    public static void launchDesktop() {
        earlyCatalog = CompletableFuture.supplyAsync(ExchangeCatalog::loadDefault);
        launch(ApiKeepApp.class);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            // One line on stderr as well: a failure during start-up has no window to show a dialog in.
            System.err.println(Messages.format("app.unexpectedError", String.valueOf(error)));
            javafx.application.Platform.runLater(() -> Dialogs.error(stage, error));
        });
        CompletableFuture<ExchangeCatalog> catalog = earlyCatalog != null ? earlyCatalog
                : CompletableFuture.supplyAsync(ExchangeCatalog::loadDefault);
        AppContext context = new AppContext(catalog,
                Clock.systemDefaultZone(), newBackground(),
                defaultKeyEditor(), new ClipboardGuard(ClipboardPort.system(), null), KdfSettings.DEFAULT,
                VaultLocation.resolve(null));
        new AppShell(stage, context).start();
    }

    /** The one background thread for vault work (a daemon, so a hung KDF cannot keep the JVM alive). */
    public static ScheduledExecutorService newBackground() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "apikeep-vault");
            t.setDaemon(true);
            return t;
        });
    }

    /** The key editor: the editor dialog; tests give the context a fake instead. */
    static KeyEditor defaultKeyEditor() {
        return new KeyEditor() {
            @Override
            public java.util.Optional<dev.apikeep.domain.ApiKeyEntry> show(javafx.stage.Window owner, dev.apikeep.domain.ExchangeCatalog catalog,
                                                                            dev.apikeep.domain.ApiKeyEntry existing, java.time.LocalDate today) {
                return EditorDialog.show(owner, catalog, existing, today, null);
            }

            @Override
            public java.util.Optional<dev.apikeep.domain.ApiKeyEntry> show(javafx.stage.Window owner, dev.apikeep.domain.ExchangeCatalog catalog,
                                                                            dev.apikeep.domain.ApiKeyEntry existing, java.time.LocalDate today,
                                                                            dev.apikeep.ui.common.ExchangeFill fill) {
                return EditorDialog.show(owner, catalog, existing, today, fill);
            }
        };
    }
}
