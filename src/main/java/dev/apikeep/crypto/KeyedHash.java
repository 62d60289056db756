package dev.apikeep.crypto;

import java.nio.charset.StandardCharsets;

/**
 * HMAC-SHA256 under a key HKDF derives from the data key for one purpose ({@code info}): the event
 * chain, the blind label index and the header checksum each get their own key, so none of them is
 * the data key and a MAC made for one purpose is worthless for another. Held in the JDK's HMAC
 * ({@link HmacSha256}, no {@code SecretKeySpec} copy); {@link #wipe()} clears the key when the
 * vault locks. Not thread-safe.
 */
public final class KeyedHash {
    public static final int LENGTH = HmacSha256.LENGTH;
    private final HmacSha256 hmac;
    private final byte[] lengthPrefix = new byte[4];

    public KeyedHash(byte[] dataKey, String info) {
        hmac = new HmacSha256(dataKey, info.getBytes(StandardCharsets.US_ASCII));
    }

    /** HMAC over the parts, each preceded by its length so that no two different lists of parts collide. */
    public byte[] hash(byte[]... parts) {
        for (byte[] part : parts) {
            int n = part.length;
            lengthPrefix[0] = (byte) (n >>> 24);
            lengthPrefix[1] = (byte) (n >>> 16);
            lengthPrefix[2] = (byte) (n >>> 8);
            lengthPrefix[3] = (byte) n;
            hmac.update(lengthPrefix, 0, 4);
            hmac.update(part, 0, n);
        }
        byte[] out = new byte[LENGTH];
        hmac.finish(out, 0);
        return out;
    }

    public void wipe() {
        hmac.wipe();
    }
}
