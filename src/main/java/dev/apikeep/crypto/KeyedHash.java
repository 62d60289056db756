package dev.apikeep.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC-SHA256 under a key HKDF derives from the data key for one purpose ({@code info}): the event
 * chain, the blind label index and the header checksum each get their own key, so none of them is
 * the data key and a MAC made for one purpose is worthless for another. Held in BouncyCastle's
 * {@link HMac} (no {@code SecretKeySpec} copy); {@link #wipe()} clears the key when the vault locks.
 * Not thread-safe.
 */
public final class KeyedHash {
    public static final int LENGTH = 32;
    private final byte[] key = new byte[32];
    private final HMac hmac = new HMac(new SHA256Digest());

    public KeyedHash(byte[] dataKey, String info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(dataKey, null, info.getBytes(StandardCharsets.US_ASCII)));
        hkdf.generateBytes(key, 0, key.length);
        hmac.init(new KeyParameter(key));
    }

    /** HMAC over the parts, each preceded by its length so that no two different lists of parts collide. */
    public byte[] hash(byte[]... parts) {
        for (byte[] part : parts) {
            int n = part.length;
            hmac.update((byte) (n >>> 24));
            hmac.update((byte) (n >>> 16));
            hmac.update((byte) (n >>> 8));
            hmac.update((byte) n);
            hmac.update(part, 0, n);
        }
        byte[] out = new byte[LENGTH];
        hmac.doFinal(out, 0);
        return out;
    }

    public void wipe() {
        Arrays.fill(key, (byte) 0);
        hmac.init(new KeyParameter(new byte[32])); // BouncyCastle keeps the padded key inside the HMac
        hmac.reset();
    }
}
