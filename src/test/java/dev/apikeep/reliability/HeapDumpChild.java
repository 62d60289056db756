package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.cli.SecretInput;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The process whose heap is dumped: reads the master password from stdin as the CLI does, unlocks,
 * lists every entry (as the list view does), gets one by id and copies its secret (as a String, the
 * way it goes to the clipboard), then locks (wipes every decrypted entry, closes the vault), runs
 * the GC and waits for the dump. Args: vault id.
 */
public final class HeapDumpChild {
    private HeapDumpChild() {
    }

    public static void main(String[] args) throws Exception {
        SecretInput input = new SecretInput(null, System.in, null);
        char[] password = input.masterPassword("Master password");
        KeyService service;
        try {
            service = KeyService.open(Path.of(args[0]), password, Vault.Access.NORMAL, Rel.CATALOG, Rel.CLOCK);
        } finally {
            Arrays.fill(password, '\0');
        }
        List<ApiKeyEntry> listed = service.list(true);
        ApiKeyEntry got = service.resolve(args[1]);
        String copied = got.secret().reveal();          // what "copy secret" hands to the clipboard
        int copiedLength = copied.length();
        copied = null;
        // lock: wipe every decrypted entry, close (wipes the DEK)
        listed.forEach(ApiKeyEntry::wipeSecrets);
        got.wipeSecrets();
        service.close();
        listed = null;
        got = null;
        service = null;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        System.out.println("READY " + ProcessHandle.current().pid() + " " + copiedLength);
        System.out.flush();
        System.in.read();   // wait until the parent has taken its dump and closes our stdin
    }
}
