package dev.apikeep.crypto;

/**
 * Argon2id cost parameters, stored in the vault header so a vault can be strengthened later.
 * Floors (OWASP minimum) stop a tampered header from downgrading the KDF; ceilings stop a header
 * from asking for endless work.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    public static final int MIN_MEMORY_KIB = 19 * 1024;
    public static final int MAX_MEMORY_KIB = 2 * 1024 * 1024;
    public static final int MIN_ITERATIONS = 2;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;

    /** RFC 9106's second recommendation (and Bitwarden's default): 64 MiB, 3 passes, 4 lanes. */
    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 3, 4);

    /** Memory in MiB; a value too large for KiB in an int saturates (and so fails {@link #problem()}) instead of wrapping. */
    public static KdfParams ofMebibytes(int memoryMiB, int iterations, int parallelism) {
        long kib = (long) memoryMiB * 1024;
        int saturated = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, kib));
        return new KdfParams(saturated, iterations, parallelism);
    }

    /** Why these parameters are unacceptable, or null when they are within bounds. */
    public String problem() {
        if (memoryKiB < MIN_MEMORY_KIB) return "KDF memory below the 19 MiB minimum";
        if (memoryKiB > MAX_MEMORY_KIB) return "KDF memory above the 2 GiB maximum";
        if (iterations < MIN_ITERATIONS) return "KDF iterations below the minimum of 2";
        if (iterations > MAX_ITERATIONS) return "KDF iterations above the maximum of 64";
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) return "KDF parallelism outside 1 to 16";
        return null;
    }

    public boolean withinBounds() {
        return problem() == null;
    }

    public int memoryMiB() {
        return memoryKiB / 1024;
    }

    @Override
    public String toString() {
        return "argon2id m=" + memoryMiB() + "MiB t=" + iterations + " p=" + parallelism;
    }
}
