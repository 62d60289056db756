package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import dev.apikeep.crypto.Kdf;
import dev.apikeep.crypto.KdfParams;
import java.time.Duration;
import java.util.Arrays;

/**
 * The cost of deriving the key from the master password (Argon2id memory, passes, lanes), as the
 * screens and commands choose it; the floors and ceilings are the vault's.
 */
public record KdfSettings(int memoryMiB, int iterations, int parallelism) {
    public static final int MIN_MEMORY_MIB = KdfParams.MIN_MEMORY_KIB / 1024;
    public static final int MAX_MEMORY_MIB = KdfParams.MAX_MEMORY_KIB / 1024;
    public static final int MIN_ITERATIONS = KdfParams.MIN_ITERATIONS;
    public static final int MAX_ITERATIONS = KdfParams.MAX_ITERATIONS;
    public static final int MAX_PARALLELISM = KdfParams.MAX_PARALLELISM;

    /** RFC 9106's second recommendation: 64 MiB, 3 passes, 4 lanes. */
    public static final KdfSettings DEFAULT = of(KdfParams.DEFAULT);

    public static KdfSettings ofMebibytes(int memoryMiB, int iterations, int parallelism) {
        return new KdfSettings(memoryMiB, iterations, parallelism);
    }

    static KdfSettings of(KdfParams params) {
        return new KdfSettings(params.memoryMiB(), params.iterations(), params.parallelism());
    }

    KdfParams params() {
        return KdfParams.ofMebibytes(memoryMiB, iterations, parallelism);
    }

    public long memoryKiB() {
        return (long) memoryMiB * 1024;
    }

    /** Why a vault cannot use these settings, or null when it can. */
    public String problem() {
        // Checked here first: above the ceiling, the KiB figure could overflow an int.
        if (memoryMiB > MAX_MEMORY_MIB) return Messages.get("kdf.memoryTooHigh");
        return params().problem();
    }

    /**
     * Derives once with these settings and returns how long it took: about how long every unlock
     * will wait. Blocks; call it off the FX thread.
     */
    public Duration measure() {
        byte[] salt = new byte[16];
        char[] sample = "measure the unlock time".toCharArray();
        long start = System.nanoTime();
        byte[] key = Kdf.derive(sample, salt, params());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Arrays.fill(key, (byte) 0);
        return took;
    }

    @Override
    public String toString() {
        return "argon2id m=" + memoryMiB + "MiB t=" + iterations + " p=" + parallelism;
    }
}
