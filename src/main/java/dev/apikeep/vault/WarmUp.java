package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
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
    /** Entries sealed and opened per round; rounds stop at {@link #ENTRIES} or when asked. */
    private static final int ROUND = 250;
    /** About the JIT's thresholds for the optimising compiler, well under a second of CPU. */
    private static final int ENTRIES = 6_000;
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
            ApiKeyEntry sample = sample();
            Cipherer.SealedRow sealed = keys.cipherer.sealEntry(sample, 1);
            sample.wipeSecrets();
            Cipherer.EntryRow row = new Cipherer.EntryRow(sample.id().toString(), 1, sealed.nonce(), sealed.ciphertext());
            List<Cipherer.EntryRow> rows = Collections.nCopies(ROUND, row);
            byte[] tag = new byte[32];
            byte[] head = SetMacRecord.NO_EVENTS;
            byte[] id = row.id().getBytes(StandardCharsets.UTF_8);
            for (int done = 0; done < ENTRIES && keepGoing.getAsBoolean(); done += ROUND) {
                keys.cipherer.openEntries(rows).forEach(ApiKeyEntry::wipeSecrets);
                for (int i = 0; i < ROUND; i++) {
                    keys.setMac.toggle(tag, id, i);
                    head = keys.chain(head, i, sealed.nonce(), sealed.ciphertext());
                    keys.labelTag(sample.label());
                }
            }
        } finally {
            keys.wipe();
        }
    }

    /** An entry shaped like a real one (every field a list shows), holding nothing real. */
    static ApiKeyEntry sample() {
        return ApiKeyEntry.builder().id(UUID.randomUUID()).exchangeId("bybit").label("Warm-up key").account("sub-1")
                .apiKey(SecretBytes.of("warmupkey0123456789abcdef")).secret(SecretBytes.of("warm-up secret 0123456789abcdef0123456789"))
                .permissions(List.of("read", "spot-trade")).tags(List.of("warm-up")).usedBy(List.of("nothing"))
                .notes("not a key").createdAt(LocalDate.of(2026, 1, 1)).expiresAt(LocalDate.of(2027, 1, 1)).build();
    }
}
