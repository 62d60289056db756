package dev.apikeep.ui.common;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.Session;
import dev.apikeep.app.Settings;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.KeyDerivation;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.common.KeyEditor;
import dev.apikeep.domain.ApiKeyEntry;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the screens share, passed to controllers by the {@link Views}' controller factory (no
 * static singletons). Holds the open vault while it is unlocked; {@link #closeVault()} forgets it.
 *
 * <p>Vault work runs on {@link #background()}, one thread, so the KDF and SQLite never block the FX
 * thread and never run concurrently.
 */
public final class AppContext {
    private final CompletableFuture<ExchangeCatalog> catalog;
    private final Clock clock;
    private final ScheduledExecutorService background;
    private final KeyEditor keyEditor;
    private final ClipboardGuard clipboard;
    private final KdfSettings newVaultKdf;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
    private final ObjectProperty<Path> vaultPath = new SimpleObjectProperty<>();
    private final ObjectProperty<KeyService> service = new SimpleObjectProperty<>();
    private Session session;
    private List<ApiKeyEntry> firstList;
    private Navigator navigator;
    private AutoLock autoLock;
    private SystemTheme systemTheme = SystemThemeProbe.forThisMachine();
    /** Null until asked: the program's standard Argon2 engines, looked up when a vault is first opened. */
    private KeyDerivation keyDerivation;

    public AppContext(ExchangeCatalog catalog, Clock clock, ScheduledExecutorService background, KeyEditor keyEditor,
                      ClipboardGuard clipboard, KdfSettings newVaultKdf, Path vaultPath) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(catalog)), clock, background, keyEditor,
                clipboard, newVaultKdf, vaultPath);
    }

    /**
     * With the catalog still loading: reading exchanges.json brings Jackson's databind (some 550
     * classes) into the JVM, which the unlock screen does not need; it is ready long before unlock.
     */
    public AppContext(CompletableFuture<ExchangeCatalog> catalog, Clock clock, ScheduledExecutorService background,
                      KeyEditor keyEditor, ClipboardGuard clipboard, KdfSettings newVaultKdf, Path vaultPath) {
        this.catalog = Objects.requireNonNull(catalog);
        this.clock = Objects.requireNonNull(clock);
        this.background = Objects.requireNonNull(background);
        this.keyEditor = Objects.requireNonNull(keyEditor);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.newVaultKdf = Objects.requireNonNull(newVaultKdf);
        this.vaultPath.set(vaultPath);
    }

    public void setNavigator(Navigator navigator) { this.navigator = navigator; }
    public Navigator navigator() { return navigator; }
    public void setAutoLock(AutoLock autoLock) { this.autoLock = autoLock; }
    public AutoLock autoLock() { return autoLock; }
    /** Asked when the theme is "follow system"; tests replace it. */
    public void setSystemTheme(SystemTheme systemTheme) { this.systemTheme = Objects.requireNonNull(systemTheme); }
    public SystemTheme systemTheme() { return systemTheme; }
    /** The Argon2 engines unlock and create use (a test gives a faulty fast one). */
    public void setKeyDerivation(KeyDerivation derivation) { this.keyDerivation = Objects.requireNonNull(derivation); }
    public KeyDerivation keyDerivation() { return keyDerivation != null ? keyDerivation : KeyDerivation.standard(); }
    public ExchangeCatalog catalog() { return catalog.join(); }
    public Clock clock() { return clock; }
    public LocalDate today() { return LocalDate.now(clock); }
    public ScheduledExecutorService background() { return background; }
    public KeyEditor keyEditor() { return keyEditor; }
    public ClipboardGuard clipboard() { return clipboard; }
    /** The KDF a new vault gets unless the user changes it under "Advanced". */
    public KdfSettings newVaultKdf() { return newVaultKdf; }
    public ObjectProperty<Settings> settingsProperty() { return settings; }
    public Settings settings() { return settings.get(); }
    public ObjectProperty<Path> vaultPathProperty() { return vaultPath; }
    public Path vaultPath() { return vaultPath.get(); }
    public ObjectProperty<KeyService> serviceProperty() { return service; }

    /** The unlocked vault's session; throws when locked. */
    public Session session() {
        Session open = session;
        if (open == null) throw new IllegalStateException("the vault is locked");
        return open;
    }

    /** The unlocked vault; throws when locked (a screen that needs it must not be showing then). */
    public KeyService service() {
        KeyService open = service.get();
        if (open == null) throw new IllegalStateException("the vault is locked");
        return open;
    }

    /** Called on the FX thread once the background thread unlocked the vault (and holds its window lock). */
    public void vaultOpened(Session unlocked) {
        vaultOpened(unlocked, null);
    }

    /**
     * As above, with every entry already read by the unlock's background task ({@code firstList},
     * or null), so the main window shows them without a second read while it is being built.
     */
    public void vaultOpened(Session unlocked, List<ApiKeyEntry> firstList) {
        this.session = unlocked;
        this.firstList = firstList;
        this.settings.set(unlocked.settings());
        this.service.set(unlocked.keys());
    }

    /** The entries read with the unlock, once (null afterwards, or when there were none): the key list's first rows. */
    public List<ApiKeyEntry> takeFirstList() {
        List<ApiKeyEntry> taken = firstList;
        firstList = null;
        return taken;
    }

    /** Entries a window took but never showed (its layout failed): the window built instead shows them (see {@link #takeFirstList}). */
    public void handFirstListOn(List<ApiKeyEntry> entries) {
        firstList = entries;
    }

    /**
     * Forgets the open vault and closes it and its lock on the background thread (after any running
     * vault work, so a save in flight finishes first).
     */
    public void closeVault() {
        List<ApiKeyEntry> untaken = takeFirstList();
        if (untaken != null) untaken.forEach(ApiKeyEntry::wipeSecrets);
        Session open = session;
        service.set(null);
        session = null;
        if (open != null) background.execute(open::lock);
    }
}
