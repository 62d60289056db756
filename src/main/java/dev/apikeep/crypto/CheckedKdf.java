package dev.apikeep.crypto;

import dev.apikeep.domain.SecretBytes;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The Argon2 safety net: our fast engine ({@link Kdf.Engine#PARALLEL}) checked against a reference
 * ({@link Kdf.Engine#BOUNCY_CASTLE}), so that a fault in the fast one (a bug, a JIT or hardware
 * error) can neither lock a vault under a key nothing else can derive, nor lock the user out.
 *
 * <ul>
 *   <li>A new key (init, password change, rekey) is derived by both; if they differ, nothing may be
 *       written under it ({@link EnginesDisagreeException}).</li>
 *   <li>Opening tries the current engine; when the key it gives does not open, the reference engine
 *       tries before the password is called wrong. If only the reference opens, this instance uses
 *       the reference from then on ({@link #usingReference()}), and the caller says so.</li>
 * </ul>
 * The engines are constructor parameters, so tests give a faulty one; {@link #standard()} is the
 * one instance the program uses, so a switch holds for the rest of the run.
 */
public final class CheckedKdf {
    private static final CheckedKdf STANDARD = new CheckedKdf(Kdf.Engine.configured(), Kdf.Engine.BOUNCY_CASTLE);

    private final Argon2Engine fast;
    private final Argon2Engine reference;
    private volatile Argon2Engine current;

    /** {@code fast} is used while it agrees with {@code reference}; pass the same engine twice for no check. */
    public CheckedKdf(Argon2Engine fast, Argon2Engine reference) {
        this.fast = fast;
        this.reference = reference;
        this.current = fast;
    }

    /** The program's instance: the engine chosen by {@code -Dapikeep.kdf} checked against BouncyCastle. */
    public static CheckedKdf standard() {
        return STANDARD;
    }

    /** The engine this instance derives with now. */
    public Argon2Engine current() {
        return current;
    }

    /** True once the fast engine failed to open something the reference opened (this run only). */
    public boolean usingReference() {
        return current == reference && fast != reference;
    }

    /** The two engines gave different keys: nothing may be sealed under either. */
    public static final class EnginesDisagreeException extends RuntimeException {
        EnginesDisagreeException() {
            super("ApiKeep's two Argon2 implementations gave different keys for the same password on this"
                    + " computer (a fault in the fast one, the Java runtime or the hardware); nothing was written."
                    + " Run ApiKeep with -Dapikeep.kdf=bc to use the reference one only, and report this");
        }
    }

    /**
     * The key for a new wrapping (init, password change, rekey), derived by both engines; the caller
     * wipes it. Throws {@link EnginesDisagreeException}, with both keys wiped, when they differ.
     */
    public byte[] deriveForNewKey(char[] password, byte[] salt, KdfParams params) {
        byte[] utf8 = SecretBytes.encodeUtf8(password);
        try {
            byte[] key = current.derive(utf8, salt, params);
            if (current == reference) return key;
            byte[] check = reference.derive(utf8, salt, params);
            boolean same = MessageDigest.isEqual(key, check);
            Arrays.fill(check, (byte) 0);
            if (same) return key;
            Arrays.fill(key, (byte) 0);
            throw new EnginesDisagreeException();
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /** What {@link #open} found: the value, and whether only the reference engine's key opened it. */
    public record Opened<T>(T value, boolean switchedToReference) {
    }

    /**
     * Derives the key and hands it to {@code use} (which wipes nothing; the key is wiped here). When
     * {@code use} fails authentication with the current engine's key, the reference engine's key is
     * tried; if that one opens, this instance switches to the reference for the rest of the run.
     * Fails with the first {@link Aead.AuthenticationFailedException} when neither opens.
     */
    public <T> Opened<T> open(char[] password, byte[] salt, KdfParams params, Function<byte[], T> use) {
        byte[] utf8 = SecretBytes.encodeUtf8(password);
        try {
            Argon2Engine first = current;
            try {
                return new Opened<>(withKey(first, utf8, salt, params, use), false);
            } catch (Aead.AuthenticationFailedException wrong) {
                if (first == reference) throw wrong;
                T value = retryWithReference(utf8, salt, params, use, wrong);
                current = reference;
                return new Opened<>(value, true);
            }
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    private <T> T retryWithReference(byte[] utf8, byte[] salt, KdfParams params, Function<byte[], T> use,
                                     Aead.AuthenticationFailedException wrong) {
        try {
            return withKey(reference, utf8, salt, params, use);
        } catch (Aead.AuthenticationFailedException stillWrong) {
            throw wrong;
        }
    }

    private static <T> T withKey(Argon2Engine engine, byte[] utf8, byte[] salt, KdfParams params, Function<byte[], T> use) {
        byte[] key = engine.derive(utf8, salt, params);
        try {
            return use.apply(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
