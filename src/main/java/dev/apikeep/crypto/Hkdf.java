package dev.apikeep.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF-SHA256 (RFC 5869) on the JDK's own HMAC. Written here rather than taken from BouncyCastle
 * because opening a bot kit must stay a few milliseconds: the JDK's HMAC is already in the
 * class-data archive, BouncyCastle's classes are not.
 */
public final class Hkdf {
    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /** {@code length} bytes of OKM for {@code ikm}, {@code salt} (may be empty) and {@code info}. */
    public static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
        if (length <= 0 || length > 255 * HASH_LENGTH) throw new IllegalArgumentException("HKDF length out of range");
        byte[] prk = hmac(salt.length == 0 ? new byte[HASH_LENGTH] : salt, ikm);
        try {
            return expand(prk, info, length);
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
    }

    private static byte[] expand(byte[] prk, byte[] info, int length) {
        byte[] okm = new byte[length];
        byte[] block = new byte[0];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            for (int i = 0, counter = 1; i < length; i += HASH_LENGTH, counter++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) counter);
                Arrays.fill(block, (byte) 0);
                block = mac.doFinal();
                System.arraycopy(block, 0, okm, i, Math.min(HASH_LENGTH, length - i));
            }
            return okm;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            Arrays.fill(block, (byte) 0);
        }
    }

    /** HMAC-SHA256 of {@code data} under {@code key}. */
    public static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }
}
