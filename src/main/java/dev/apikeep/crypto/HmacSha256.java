package dev.apikeep.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * HMAC-SHA256 under a key HKDF derives from the data key for one purpose, on the JDK's own HMAC:
 * its SHA-256 is a compiler intrinsic (the CPU's SHA instructions where it has them) and its classes
 * are in the class-data archive, where BouncyCastle's {@code HMac} ran as cold Java code for the
 * 30,000 HMACs of a whole-set check at 10,000 keys. Same bytes as before (HmacSha256Test compares
 * with BouncyCastle's), so no format change. Not thread-safe.
 */
final class HmacSha256 {
    static final int LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private final Mac mac;

    /**
     * Derives the key with HKDF-SHA256 (RFC 5869: no salt, {@code info}, one block) on this same
     * {@code Mac}, every key passed through a wipeable key, and keeps only the HMAC's padded key.
     */
    HmacSha256(byte[] dataKey, byte[] info) {
        byte[] prk = null;
        byte[] key = null;
        try {
            mac = Mac.getInstance(ALGORITHM);
            init(new byte[LENGTH]);     // extract: the salt defaults to a block of zeros
            mac.update(dataKey);
            prk = mac.doFinal();
            init(prk);                  // expand: T(1) = HMAC(PRK, info || 0x01)
            mac.update(info);
            mac.update((byte) 1);
            key = mac.doFinal();
            init(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            if (prk != null) Arrays.fill(prk, (byte) 0);
            if (key != null) Arrays.fill(key, (byte) 0);
        }
    }

    private void init(byte[] key) throws GeneralSecurityException {
        WipeableKey wipeable = new WipeableKey(key, ALGORITHM);
        try {
            mac.init(wipeable); // the JDK's HMAC keeps its padded key and wipes the copy it took
        } finally {
            wipeable.destroy();
        }
    }

    void update(byte[] bytes, int offset, int length) {
        mac.update(bytes, offset, length);
    }

    /** Writes the HMAC of what was updated into {@code out} at {@code offset}, ready for the next one. */
    void finish(byte[] out, int offset) {
        try {
            mac.doFinal(out, offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC output buffer too short", e);
        }
    }

    /** Overwrites the padded key the JDK's HMAC holds with the padding of an all-zero key. */
    void wipe() {
        try {
            init(new byte[LENGTH]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
        mac.reset();
    }
}
