package dev.apikeep.ui.about;

import dev.apikeep.domain.Messages;
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
        return Messages.format("about.heading", version);
    }

    public String vaultLine() {
        return vault == null ? Messages.get("about.noVault") : Messages.format("about.vault", vault.toAbsolutePath().toString());
    }

    public String runtimeLine() {
        return Messages.format("about.runtime", System.getProperty("java.version"), System.getProperty("javafx.version", "?"));
    }

    public String promise() {
        return Messages.get("about.promise");
    }
}
