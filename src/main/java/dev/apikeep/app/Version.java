package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, filtered into a resource by Maven. */
public final class Version {
    private Version() {
    }

    public static String current() {
        // The jar's manifest first: it is read already, while a resource would open the jar again.
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null) return fromManifest;
        try (InputStream in = Version.class.getResourceAsStream("/dev/apikeep/version.properties")) {
            Properties properties = new Properties();
            if (in != null) properties.load(in);
            String version = properties.getProperty("version");
            return version != null ? version : Messages.get("version.unknown");
        } catch (IOException e) {
            return Messages.get("version.unknown");
        }
    }
}
