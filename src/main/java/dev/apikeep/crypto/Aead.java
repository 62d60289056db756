package dev.apikeep.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/** AES-256-GCM with 12-byte nonces and 128-bit tags. */
public final class Aead {
    public static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private Aead() {
    }

    public static byte[] newNonce() {
        return randomBytes(NONCE_LENGTH);
    }

    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        Random.INSTANCE.nextBytes(bytes);
        return bytes;
    }

    /** Made when first needed: decrypting (a bot's kit, a vault's get) needs no randomness. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    public static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            cipher.updateAAD(aad);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** Decrypts and authenticates; throws {@link AuthenticationFailedException} if anything was altered. */
    public static byte[] decrypt(byte[] key, byte[] nonce, byte[] ciphertext, byte[] aad) {
        // Shorter than the tag: the JDK's GCM throws ProviderException (not AEADBadTagException) for this,
        // which escaped as an unexplained crash instead of "altered".
        if (ciphertext == null || ciphertext.length < TAG_BITS / 8) throw new AuthenticationFailedException();
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce);
            cipher.updateAAD(aad);
            return cipher.doFinal(ciphertext);
        } catch (GeneralSecurityException | IllegalArgumentException | java.security.ProviderException e) {
            // AEADBadTagException (altered data or wrong key) is one of these
            throw new AuthenticationFailedException();
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        init(cipher, mode, key, nonce);
        return cipher;
    }

    private static void init(Cipher cipher, int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        if (key.length != 32) throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        if (nonce == null || nonce.length != NONCE_LENGTH) throw new AuthenticationFailedException();
        WipeableKey aesKey = new WipeableKey(key, "AES");
        try {
            cipher.init(mode, aesKey, new GCMParameterSpec(TAG_BITS, nonce));
        } finally {
            aesKey.destroy(); // the cipher holds its own expanded key; our copy must not outlive the call
        }
    }

    /** A {@link Decryptor} for many pieces under {@code key}, which the caller keeps and wipes. */
    public static Decryptor decryptor(byte[] key) {
        return new Decryptor(key);
    }

    /**
     * Decrypts many pieces under one key with one {@link Cipher}: looking the cipher up and expanding
     * the key for every entry was most of the cost of opening thousands. One per thread: not thread-safe.
     */
    public static final class Decryptor {
        private final byte[] key;
        private final Cipher cipher;

        private Decryptor(byte[] key) {
            this.key = key;
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
            }
        }

        /** As {@link Aead#decrypt}. */
        public byte[] decrypt(byte[] nonce, byte[] ciphertext, byte[] aad) {
            if (ciphertext == null || ciphertext.length < TAG_BITS / 8) throw new AuthenticationFailedException();
            try {
                init(cipher, Cipher.DECRYPT_MODE, key, nonce);
                cipher.updateAAD(aad);
                return cipher.doFinal(ciphertext);
            } catch (GeneralSecurityException | IllegalArgumentException | java.security.ProviderException e) {
                throw new AuthenticationFailedException();
            }
        }
    }

    /** The ciphertext, its nonce or its associated data was not what was encrypted. */
    public static final class AuthenticationFailedException extends RuntimeException {
        public AuthenticationFailedException() {
            super("authentication failed: data was altered or the key is wrong", null, false, false);
        }
    }
}
