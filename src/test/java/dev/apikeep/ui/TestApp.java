package dev.apikeep.ui;

import dev.apikeep.app.KdfSettings;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ClipboardGuard;
import dev.apikeep.ui.common.ClipboardPort;
import dev.apikeep.ui.common.KeyEditor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * The app as the FX flow tests start it: the system clock, a fast KDF for new vaults, the system
 * clipboard that never clears, and an editor that is never shown, each replaceable where a test
 * is about it.
 */
public final class TestApp {
    private final Path vault;
    private ExchangeCatalog catalog;
    private KeyEditor editor = (owner, catalog, existing, today) -> Optional.empty();
    private ClipboardPort clipboard = ClipboardPort.system();
    private Duration clearClipboardAfter;

    private TestApp(Path vault) {
        this.vault = vault;
    }

    public static TestApp forVault(Path vault) {
        return new TestApp(vault);
    }

    public TestApp catalog(ExchangeCatalog catalog) {
        this.catalog = catalog;
        return this;
    }

    public TestApp editor(KeyEditor editor) {
        this.editor = editor;
        return this;
    }

    /** The clipboard copies go to, cleared {@code after} a copy (null: never). */
    public TestApp clipboard(ClipboardPort clipboard, Duration after) {
        this.clipboard = clipboard;
        this.clearClipboardAfter = after;
        return this;
    }

    public TestApp clearClipboardAfter(Duration after) {
        return clipboard(ClipboardPort.system(), after);
    }

    public AppContext context() {
        return new AppContext(catalog != null ? catalog : ExchangeCatalog.loadDefault(), Clock.systemDefaultZone(),
                ApiKeepApp.newBackground(), editor, new ClipboardGuard(clipboard, clearClipboardAfter),
                KdfSettings.ofMebibytes(19, 2, 1), vault);
    }

    /** A new vault with no keys, opened by {@code password} (at the fast KDF of the tests), in a new temporary folder. */
    public static Path emptyVault(String folder, String password) throws java.io.IOException {
        return vaultWith(folder, password, java.util.List.of());
    }

    /** As {@link #emptyVault}, holding {@code keys}. */
    public static Path vaultWith(String folder, String password, java.util.List<dev.apikeep.domain.ApiKeyEntry> keys)
            throws java.io.IOException {
        Path vault = java.nio.file.Files.createTempDirectory(folder).resolve("vault.apikeep");
        try (dev.apikeep.app.Session s = dev.apikeep.app.Session.create(vault, password.toCharArray(), KdfSettings.ofMebibytes(19, 2, 1),
                dev.apikeep.app.Session.Claim.SHARED, ExchangeCatalog.loadDefault(), Clock.systemUTC())) {
            keys.forEach(s.keys()::add);
        }
        return vault;
    }

    /** Holds the calling thread (a test's stand-in for slow work) until {@code latch} is counted down, a minute at most. */
    public static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new context, with the app started on {@code stage}. */
    public AppContext startOn(Stage stage) {
        AppContext context = context();
        new AppShell(stage, context).start();
        return context;
    }
}
