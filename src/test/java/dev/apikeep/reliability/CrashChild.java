package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.cli.SecretInput;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The process the crash harness kills: reads the master password from stdin as the CLI does, then
 * performs steps {@code from .. from+count-1} of {@link CrashScript}, printing "done k" after each
 * commit. Args: vault seed from count.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int from = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        char[] password = SecretInput.fromStream(System.in).masterPassword("Master password");
        KeyService service;
        try {
            service = KeyService.open(file, password, Vault.Access.NORMAL, Rel.CATALOG, Rel.CLOCK);
        } finally {
            Arrays.fill(password, '\0');
        }
        try (service) {
            System.out.println("open");
            System.out.flush();
            for (int k = from; k < from + count; k++) {
                CrashScript.apply(service, seed, k);
                System.out.println("done " + k);
                System.out.flush();
            }
        }
    }
}
