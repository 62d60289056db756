package dev.apikeep.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the vault lives when the user names none: the platform's per-user data folder.
 * {@code --vault FILE} or {@code APIKEEP_VAULT} override it.
 */
public final class VaultLocation {
    public static final String FILE_NAME = "vault.apikeep";

    private VaultLocation() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    public static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) return explicit;
        String fromEnv = env.get("APIKEEP_VAULT");
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        return defaultFolder(env, osName, home).resolve(FILE_NAME);
    }

    static Path defaultFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            return Path.of(appData, "ApiKeep");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "ApiKeep");
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg);
        return dataHome.resolve("apikeep");
    }
}
