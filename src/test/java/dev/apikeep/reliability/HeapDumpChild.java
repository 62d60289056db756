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
        boolean raw = args.length > 2 && args[2].equals("raw");
        // the CLI's own reader over the same source as ApiKeepCli.Context.system(): the raw descriptor
        SecretInput input = raw ? null : SecretInput.fromStream(new java.io.FileInputStream(java.io.FileDescriptor.in));
        char[] password = raw ? readLineUnbuffered() : input.masterPassword("Master password");
        KeyService service;
        try {
            // not Rel.CATALOG: loading the harness's classes must not bring any test constant into this heap
            service = KeyService.open(Path.of(args[0]), password, Vault.Access.NORMAL,
                    dev.apikeep.domain.ExchangeCatalog.loadDefault(), java.time.Clock.systemUTC());
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

    /**
     * The alternative measured beside the CLI's way: stdin read byte by byte from the unbuffered
     * file descriptor and decoded into arrays that are wiped, so no stream buffer keeps a copy.
     */
    static char[] readLineUnbuffered() throws java.io.IOException {
        java.io.FileInputStream in = new java.io.FileInputStream(java.io.FileDescriptor.in);
        byte[] buf = new byte[256];
        int n = 0;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (n == buf.length) {
                byte[] bigger = java.util.Arrays.copyOf(buf, n * 2);
                java.util.Arrays.fill(buf, (byte) 0);
                buf = bigger;
            }
            buf[n++] = (byte) c;
        }
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(n);
        java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(buf, 0, n), chars, true);
        char[] line = java.util.Arrays.copyOf(chars.array(), chars.position());
        java.util.Arrays.fill(chars.array(), '\0');
        java.util.Arrays.fill(buf, (byte) 0);
        return line;
    }
}
