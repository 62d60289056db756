package dev.apikeep.crypto;

import java.util.Arrays;
import dev.apikeep.domain.SecretBytes;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) key derivation from the master password.
 *
 * <p>Two engines compute the same function: {@link Engine#PARALLEL} (ours, lanes of a segment in
 * parallel; the default) and {@link Engine#BOUNCY_CASTLE} (lanes one after another), kept as the
 * fallback and selected with {@code -Dapikeep.kdf=bc}.
 */
public final class Kdf {
    public static final int KEY_LENGTH = 32;
    /** System property choosing the engine: {@code bc} for BouncyCastle, anything else for the parallel one. */
    public static final String ENGINE_PROPERTY = "apikeep.kdf";

    /** The Argon2id implementations; both give identical output (and {@link CheckedKdf} makes sure of it). */
    public enum Engine implements Argon2Engine {
        PARALLEL, BOUNCY_CASTLE;

        @Override
        public byte[] derive(byte[] passwordUtf8, byte[] salt, KdfParams params) {
            return argon2id(passwordUtf8, salt, params, null, null, KEY_LENGTH, this);
        }

        /** The engine chosen by {@code -Dapikeep.kdf}, parallel unless it says {@code bc}. */
        public static Engine configured() {
            String chosen = System.getProperty(ENGINE_PROPERTY, "");
            return chosen.equalsIgnoreCase("bc") || chosen.equalsIgnoreCase("bouncycastle") ? BOUNCY_CASTLE : PARALLEL;
        }
    }

    private Kdf() {
    }

    /**
     * Derives a 32-byte key from the password's UTF-8 bytes. The UTF-8 buffer is wiped here;
     * BouncyCastle's own {@code char[]} overload would keep an unwiped copy, so it is not used.
     */
    public static byte[] derive(char[] password, byte[] salt, KdfParams params) {
        byte[] utf8 = SecretBytes.encodeUtf8(password);
        try {
            return derive(utf8, salt, params);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /** With the engine this run uses ({@link CheckedKdf#standard()}: BouncyCastle once the parallel one failed). */
    public static byte[] derive(byte[] passwordUtf8, byte[] salt, KdfParams params) {
        return CheckedKdf.standard().current().derive(passwordUtf8, salt, params);
    }

    /** The full Argon2id primitive, exposed for the RFC 9106 test vector (secret and associated data). */
    static byte[] argon2id(byte[] password, byte[] salt, KdfParams params, byte[] secret, byte[] ad, int length) {
        return argon2id(password, salt, params, secret, ad, length, Engine.configured());
    }

    static byte[] argon2id(byte[] password, byte[] salt, KdfParams params, byte[] secret, byte[] ad, int length,
                           Engine engine) {
        if (engine == Engine.PARALLEL) {
            return ParallelArgon2id.hash(password, salt, secret, ad, params.memoryKiB(), params.iterations(),
                    params.parallelism(), length);
        }
        return bouncyCastle(password, salt, params, secret, ad, length);
    }

    private static byte[] bouncyCastle(byte[] password, byte[] salt, KdfParams params, byte[] secret, byte[] ad, int length) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt);
        if (secret != null) builder.withSecret(secret);
        if (ad != null) builder.withAdditional(ad);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

}
