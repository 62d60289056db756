package dev.apikeep.ui;

import dev.apikeep.domain.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What stops the desktop app from opening on this machine, said in one line before JavaFX tries
 * and fails with pages of stack traces: no display (a server, an ssh session), or no GTK 3 where
 * the package manager puts it (a server install of the .deb, which only recommends GTK).
 */
public final class DesktopPreflight {
    private DesktopPreflight() {
    }

    public static Optional<String> problem() {
        return problem(System.getProperty("os.name", ""), System.getProperty("os.arch", ""), System.getenv(), Files::exists);
    }

    static Optional<String> problem(String osName, String osArch, Map<String, String> env, Predicate<Path> exists) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).startsWith("linux")) return Optional.empty();
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(Messages.get("preflight.noDisplay"));
        }
        // Only where the multiarch folder exists (Debian, Ubuntu) is its absence from there conclusive.
        Path multiarch = Path.of("/usr/lib", multiarchTriplet(osArch));
        if (exists.test(multiarch) && !exists.test(multiarch.resolve("libgtk-3.so.0"))) {
            return Optional.of(Messages.get("preflight.noGtk"));
        }
        return Optional.empty();
    }

    private static String multiarchTriplet(String osArch) {
        return switch (osArch) {
            case "amd64", "x86_64" -> "x86_64-linux-gnu";
            case "aarch64", "arm64" -> "aarch64-linux-gnu";
            default -> osArch + "-linux-gnu";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
