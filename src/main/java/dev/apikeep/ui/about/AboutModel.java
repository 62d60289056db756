package dev.apikeep.ui.about;

import dev.apikeep.app.Version;
import java.nio.file.Path;

/** What the About dialog says: the version, where the vault is, and what the app never does. */
public final class AboutModel {
    private final String version;
    private final Path vault;

    public AboutModel(String version, Path vault) {
        this.version = version;
        this.vault = vault;
    }

    public static AboutModel current(Path vault) {
        return new AboutModel(Version.current(), vault);
    }

    public String title() {
        return "ApiKeep " + version;
    }

    public String vaultLine() {
        return vault == null ? "No vault open" : "Vault: " + vault.toAbsolutePath();
    }

    public String runtimeLine() {
        return "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.version", "?");
    }

    public String promise() {
        return "Offline: ApiKeep never sends your keys anywhere. Everything stays in one encrypted file"
                + " (Argon2id + AES-256-GCM) on this computer.";
    }
}
