package dev.apikeep.crypto;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

/**
 * A fast engine that goes wrong: BouncyCastle's key with one bit flipped whenever {@code faulty}
 * says so, to see {@link CheckedKdf}'s safety net at work. Counts its calls.
 */
public final class FaultyArgon2 implements Argon2Engine {
    private final BiPredicate<byte[], KdfParams> faulty;
    private final AtomicInteger calls = new AtomicInteger();
    private byte[] firstSalt;

    private FaultyArgon2(BiPredicate<byte[], KdfParams> faulty) {
        this.faulty = faulty;
    }

    /** Wrong every time. */
    public static FaultyArgon2 always() {
        return new FaultyArgon2((salt, params) -> true);
    }

    /** Wrong only at this memory size (right for a vault made before, wrong for the new setting). */
    public static FaultyArgon2 atMemoryKiB(int memoryKiB) {
        return new FaultyArgon2((salt, params) -> params.memoryKiB() == memoryKiB);
    }

    /** Right for the first salt it sees (opening an existing vault), wrong for any other (a rekey's new salt). */
    public static FaultyArgon2 afterFirstSalt() {
        FaultyArgon2[] self = new FaultyArgon2[1];
        self[0] = new FaultyArgon2((salt, params) -> {
            if (self[0].firstSalt == null) self[0].firstSalt = salt.clone();
            return !Arrays.equals(self[0].firstSalt, salt);
        });
        return self[0];
    }

    /** This engine checked against BouncyCastle, as the program checks its parallel one. */
    public CheckedKdf checked() {
        return new CheckedKdf(this, Kdf.Engine.BOUNCY_CASTLE);
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public synchronized byte[] derive(byte[] passwordUtf8, byte[] salt, KdfParams params) {
        calls.incrementAndGet();
        byte[] key = Kdf.Engine.BOUNCY_CASTLE.derive(passwordUtf8, salt, params);
        if (faulty.test(salt, params)) key[0] ^= 1;
        return key;
    }
}
