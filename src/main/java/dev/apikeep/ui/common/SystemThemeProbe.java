package dev.apikeep.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Asks the operating system for its light/dark preference, each question time-limited:
 * Linux: {@code GTK_THEME} (e.g. {@code Adwaita:dark}), then {@code gsettings get
 * org.gnome.desktop.interface color-scheme} ({@code 'prefer-dark'}), then the GTK theme's name;
 * macOS: {@code defaults read -g AppleInterfaceStyle} ({@code Dark}; absent in light mode);
 * Windows: {@code reg query ...\Themes\Personalize /v AppsUseLightTheme} ({@code 0x0} = dark).
 * Anything missing, failing or slow means light.
 */
public final class SystemThemeProbe implements SystemTheme {
    /** Runs a program and returns its standard output, or empty when it failed or took too long. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(Duration timeout, String... command);
    }

    static final Duration COMMAND_TIMEOUT = Duration.ofMillis(1500);

    private final String osName;
    private final UnaryOperator<String> env;
    private final CommandRunner runner;

    public SystemThemeProbe(String osName, UnaryOperator<String> env, CommandRunner runner) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.runner = runner;
    }

    public static SystemThemeProbe forThisMachine() {
        return new SystemThemeProbe(System.getProperty("os.name"), System::getenv, SystemThemeProbe::runProcess);
    }

    @Override
    public boolean prefersDark() {
        try {
            if (osName.contains("mac")) return macDark();
            if (osName.contains("win")) return windowsDark();
            return linuxDark();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean linuxDark() {
        String gtkTheme = env.apply("GTK_THEME");
        if (gtkTheme != null && !gtkTheme.isBlank()) return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
        Optional<String> scheme = runner.run(COMMAND_TIMEOUT, "gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        if (scheme.isPresent()) {
            String s = scheme.get().toLowerCase(Locale.ROOT);
            if (s.contains("prefer-dark")) return true;
            if (s.contains("prefer-light")) return false;
        }
        return runner.run(COMMAND_TIMEOUT, "gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")
                .map(t -> t.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    private boolean macDark() {
        return runner.run(COMMAND_TIMEOUT, "defaults", "read", "-g", "AppleInterfaceStyle")
                .map(s -> s.trim().equalsIgnoreCase("dark")).orElse(false);
    }

    private boolean windowsDark() {
        String personalize = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";
        return runner.run(COMMAND_TIMEOUT, "reg", "query", personalize, "/v", "AppsUseLightTheme")
                .map(s -> s.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*")).orElse(false);
    }

    /** The real runner: no shell, stderr discarded, killed after {@code timeout}. */
    static Optional<String> runProcess(Duration timeout, String... command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) return Optional.empty();
            try (InputStream out = process.getInputStream()) {
                return Optional.of(new String(out.readNBytes(4096), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null");
    }
}
