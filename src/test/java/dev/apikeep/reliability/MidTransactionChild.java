package dev.apikeep.reliability;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A writer the plaintext harness kills mid-transaction: opens the vault, and inside one write adds
 * {@code count} keys with distinctive labels, notes, keys and secrets (enough to spill SQLite's page
 * cache into the file and the journal), prints "in-transaction", and waits to be killed.
 * Args: vault seed count. The tokens come from {@link #tokens}, so the parent knows what to look for.
 */
public final class MidTransactionChild {
    private MidTransactionChild() {
    }

    /** The label, notes, key and secret of each key the child adds: four tokens per key. */
    static List<String[]> tokens(long seed, int count) {
        Random random = new Random(seed);
        List<String[]> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(new String[] {"Label-" + Rel.hex(random, 16), "Note-" + Rel.hex(random, 16),
                    "Key-" + Rel.hex(random, 16), "Secret-" + Rel.hex(random, 16)});
        }
        return keys;
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        List<String[]> keys = tokens(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        Vault vault = Vault.open(file, Rel.PASSWORD.toCharArray(), Vault.Access.NORMAL);
        vault.write(tx -> {
            for (String[] k : keys) {
                ApiKeyEntry added = tx.insert(Rel.draft(k[0], k[1], k[2], k[3]));
                tx.log(EventType.ADD, added, "added");
            }
            System.out.println("in-transaction");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE); // killed here, the transaction never ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("not killed");
        });
    }
}
