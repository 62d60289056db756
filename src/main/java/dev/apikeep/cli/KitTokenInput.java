package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a kit's token comes from, never an argument (arguments show in {@code ps} and shell
 * history): {@code --kit-token-file FILE}, else {@code $APIKEEP_KIT_TOKEN}, else systemd's
 * {@code LoadCredential=} file {@code $CREDENTIALS_DIRECTORY/apikeep-kit-token}, else the first
 * line of standard input (prompted without echo on a terminal).
 */
final class KitTokenInput {
    static final String ENV = "APIKEEP_KIT_TOKEN";
    static final String CREDENTIAL_NAME = "apikeep-kit-token";

    private KitTokenInput() {
    }

    /** The token's text; the caller wipes it. */
    static char[] read(Path tokenFile, Map<String, String> env, SecretInput stdin) {
        if (tokenFile != null) return SecretInput.firstLineOf(tokenFile);
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.toCharArray();
        String credentials = env.get("CREDENTIALS_DIRECTORY");
        if (credentials != null && !credentials.isBlank()) {
            Path credential = Path.of(credentials, CREDENTIAL_NAME);
            if (Files.isRegularFile(credential)) return SecretInput.firstLineOf(credential);
        }
        return stdin.secretLine(Messages.get("cli.prompt.kitToken"));
    }
}
