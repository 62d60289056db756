package dev.apikeep.crypto;

import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * An AES key for one {@code Cipher.init} (or an HMAC key for one {@code Mac.init}), wiped right
 * after: {@code SecretKeySpec} clones the key and cannot be destroyed on Java 17, so every
 * encryption left a copy of the data key on the heap until the collector happened to reuse it,
 * long after the vault locked.
 */
final class WipeableKey implements SecretKey {
    private final byte[] key;
    private final String algorithm;
    private boolean destroyed;

    /** @param algorithm the JDK's name for it: "AES" for {@link Aead}, "HmacSHA256" for {@link HmacSha256} */
    WipeableKey(byte[] key, String algorithm) {
        this.key = key.clone();
        this.algorithm = algorithm;
    }

    @Override
    public String getAlgorithm() {
        return algorithm;
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    /** A copy, as {@code SecretKeySpec} gives; the JDK's AES wipes the copies it takes. */
    @Override
    public byte[] getEncoded() {
        if (destroyed) throw new IllegalStateException("key destroyed");
        return key.clone();
    }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
