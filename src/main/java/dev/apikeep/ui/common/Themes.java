package dev.apikeep.ui.common;

import dev.apikeep.app.Settings;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Turns the theme setting into light or dark; "follow system" asks {@link SystemTheme} off the FX thread. */
public final class Themes {
    /** However the probe behaves, the theme is decided within this time (light if it has not answered). */
    public static final Duration PROBE_LIMIT = Duration.ofSeconds(3);

    private static final Executor PROBE_THREAD = command -> {
        Thread t = new Thread(command, "apikeep-theme-probe");
        t.setDaemon(true);
        t.start();
    };

    private Themes() {
    }

    /** LIGHT or DARK: at once for those two, after asking the system for SYSTEM (light on failure or timeout). */
    public static CompletableFuture<Settings.Theme> resolve(Settings.Theme theme, SystemTheme system) {
        if (theme != Settings.Theme.SYSTEM) return CompletableFuture.completedFuture(theme);
        return CompletableFuture.supplyAsync(() -> system.prefersDark() ? Settings.Theme.DARK : Settings.Theme.LIGHT, PROBE_THREAD)
                .completeOnTimeout(Settings.Theme.LIGHT, PROBE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(e -> Settings.Theme.LIGHT);
    }
}
