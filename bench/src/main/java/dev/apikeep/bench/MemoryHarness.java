package dev.apikeep.bench;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory with 10,000 keys unlocked: builds (or reuses) a 10k vault with the default KDF, unlocks it,
 * lists (decrypts) every entry and keeps them, then reports VmRSS and the heap in use after a GC.
 * Usage: java -cp benchmarks.jar dev.apikeep.bench.MemoryHarness [keys]
 */
public final class MemoryHarness {
    private MemoryHarness() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path file = Fixtures.vaultCopy(keys, dev.apikeep.crypto.KdfParams.DEFAULT);
        long rssBefore = rssKiB();
        List<ApiKeyEntry> all;
        try (KeyService service = Fixtures.open(file)) {
            all = service.list(true);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            Runtime rt = Runtime.getRuntime();
            long heapUsed = rt.totalMemory() - rt.freeMemory();
            System.out.printf("keys=%d listed=%d rss_start_kib=%d rss_unlocked_kib=%d heap_used_kib=%d heap_committed_kib=%d%n",
                    keys, all.size(), rssBefore, rssKiB(), heapUsed / 1024, rt.totalMemory() / 1024);
        } finally {
            Fixtures.deleteTree(file);
        }
    }

    static long rssKiB() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }
}
