package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Runs the unlock's hot code once on made-up data while the desktop app waits for the password, so
 * the real unlock runs compiled code instead of the interpreter: Argon2id's compression, AES-GCM,
 * the entry codec, the set-MAC's and the log chain's HMACs. In a fresh JVM these first calls cost
 * several times their warm time (at 10,000 keys, most of the wait after the KDF was this).
 *
 * <p>It also opens SQLite once in memory ({@link SqliteFile#warmUpInMemory}): the driver's classes
 * and native library, loaded at the first open, were some 100 ms of CPU between the click and the KDF.
 *
 * <p>Nothing here touches a vault or a real key: a throwaway random data key and vault id, a sample
 * entry with fake values, all wiped at the end. It stops between rounds when {@code keepGoing}
 * says so (the user pressed Unlock: the real work needs the cores).
 */
public final class WarmUp {
    /**
     * Entries sealed and opened per round; rounds stop at {@link #ENTRIES} or when asked. Small: a round
     * in a cold JVM beside the window's build took some 400 ms at 250 entries, and that is how long the
     * warm-up went on taking a core from the real unlock after the click (bench/RESULTS.md, sixth session,
     * helper warmjit). Below {@link EntryOpening}'s threshold for a helper thread, so the warm-up keeps to
     * one core and the other stays with the window's build and the JIT's compiler threads.
     */
    static final int ROUND = 16;
    /** About the JIT's thresholds for the optimising compiler, well under a second of CPU. */
    static final int ENTRIES = 6_000;
    /** Made-up entries of as many lengths: the real rows differ in length, and code compiled for one length was thrown away at the click. */
    private static final int SHAPES = 8;
    private static final String[] LABELS = {"key", "Binance main", "bot 7", "Kraken - trading", "sub-2 read", "OKX", "Warm-up key", "a longer label, as some are"};
    /** Small enough to take a few milliseconds once compiled; its loops are those of the real KDF. */
    private static final KdfParams KDF = new KdfParams(2 * 1024, 1, 1);
    private static final int KDF_ROUNDS = 3;

    private WarmUp() {
    }

    public static void run(CheckedKdf engines, BooleanSupplier keepGoing) {
        if (!keepGoing.getAsBoolean()) return;
        SqliteFile.warmUpInMemory(); // first, as the real unlock opens SQLite before anything else
        for (int i = 0; i < KDF_ROUNDS && keepGoing.getAsBoolean(); i++) {
            java.util.Arrays.fill(engines.current().derive(new byte[16], new byte[16], KDF), (byte) 0);
        }
        VaultKeys keys = new VaultKeys(Aead.randomBytes(32), Aead.randomBytes(16));
        try {
            List<Cipherer.EntryRow> rows = madeUpRows(keys);
            byte[] tag = new byte[32];
            byte[] head = SetMacRecord.NO_EVENTS;
            for (int done = 0; done < ENTRIES && keepGoing.getAsBoolean(); done += ROUND) {
                keys.cipherer.openEntries(rows).forEach(ApiKeyEntry::wipeSecrets);
                for (int i = 0; i < ROUND; i++) {
                    Cipherer.EntryRow row = rows.get(i);
                    keys.setMac.toggle(tag, row.id().getBytes(StandardCharsets.UTF_8), i);
                    head = keys.chain(head, i, row.nonce(), row.ciphertext());
                    keys.labelTag(LABELS[i % SHAPES]);
                }
            }
        } finally {
            keys.wipe();
        }
    }

    /** One round's rows: {@link #SHAPES} made-up entries of different lengths, sealed under the throwaway key. */
    private static List<Cipherer.EntryRow> madeUpRows(VaultKeys keys) {
        List<Cipherer.EntryRow> rows = new ArrayList<>(ROUND);
        for (int i = 0; i < ROUND; i++) {
            ApiKeyEntry entry = sample(i % SHAPES);
            Cipherer.SealedRow sealed = keys.cipherer.sealEntry(entry, 1);
            entry.wipeSecrets();
            rows.add(new Cipherer.EntryRow(entry.id().toString(), 1, sealed.nonce(), sealed.ciphertext()));
        }
        return rows;
    }

    /** An entry shaped like a real one (every field a list shows), holding nothing real. */
    static ApiKeyEntry sample() {
        return sample(0);
    }

    /** As {@link #sample()}, its texts longer with {@code shape}. */
    private static ApiKeyEntry sample(int shape) {
        String more = "x".repeat(shape * 7);
        return ApiKeyEntry.builder().id(UUID.randomUUID()).exchangeId("bybit").label("Warm-up key" + more).account("sub-" + shape)
                .apiKey(SecretBytes.of("warmupkey0123456789abcdef" + more)).secret(SecretBytes.of("warm-up secret 0123456789abcdef0123456789" + more))
                .permissions(List.of("read", "spot-trade")).tags(shape % 2 == 0 ? List.of("warm-up") : List.of("warm-up", more))
                .usedBy(List.of("nothing")).notes(shape % 3 == 2 ? "" : "not a key" + more)
                .createdAt(LocalDate.of(2026, 1, 1)).expiresAt(shape % 2 == 0 ? LocalDate.of(2027, 1, 1) : null).build();
    }
}
