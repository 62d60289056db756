package dev.apikeep.ui;

import dev.apikeep.app.Settings;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.SystemTheme;
import dev.apikeep.ui.common.Themes;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * The window's theme (AtlantaFX, as the user-agent stylesheet): applied at once, after the OS is
 * asked for "follow system", never while a window is built or laid out off the FX thread
 * ({@link KeysWindowBuild#afterWork}: restyling lays out the shown screen's text), and an opening
 * vault's own theme only as its window replaces the unlock screen.
 */
final class ShellTheme {
    private final Supplier<SystemTheme> system;
    private final KeysWindowBuild windowBuild;
    private long request;
    private Settings.Theme shown;
    /** An opening vault's theme, applied when its window replaces the unlock screen (see {@link #vaultOpening}). */
    private Settings.Theme atSwap;

    ShellTheme(Supplier<SystemTheme> system, KeysWindowBuild windowBuild) {
        this.system = system;
        this.windowBuild = windowBuild;
    }

    /** LIGHT and DARK apply at once; SYSTEM asks the OS off the FX thread and applies what it says (light if it cannot tell). */
    void apply(Settings.Theme theme) {
        long asked = ++request;
        CompletableFuture<Settings.Theme> resolving = Themes.resolve(theme, system.get());
        // never no stylesheet while the system is asked (Modena would come in: see AppShell's constructor)
        if (!resolving.isDone() && shown == null) set(asked, Settings.Theme.LIGHT);
        resolving.thenAccept(resolved -> {
            if (Platform.isFxApplicationThread()) set(asked, resolved);
            else Platform.runLater(() -> set(asked, resolved));
        });
    }

    /**
     * A vault opening (its settings come before its window): restyling the unlock screen now would lay
     * out its text while the vault's thread lays out the new window's rows, both through JavaFX's one
     * shared text layout; the window takes the theme as it goes on screen ({@link #applyAtSwap}).
     */
    void vaultOpening(Settings before, Settings after) {
        atSwap = before.theme() == after.theme() ? null : after.theme();
    }

    void applyAtSwap() {
        Settings.Theme theme = atSwap;
        atSwap = null;
        if (theme != null) apply(theme);
    }

    /** On the FX thread, with a user-agent stylesheet set (see AppShell's constructor): Control's static initialiser then queues nothing. */
    static void initialiseControlsHere() {
        try {
            Class.forName(javafx.scene.control.Control.class.getName(), true, ShellTheme.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private void set(long asked, Settings.Theme resolved) {
        windowBuild.afterWork(() -> {
            if (asked != request) return; // a newer choice was made while the system was asked, or the window was built
            shown = resolved;
            Application.setUserAgentStylesheet(Styles.themeStylesheet(resolved));
        });
    }
}
