package dev.apikeep.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Integrity of the whole set of entries: the XOR over entries of HMAC-SHA256(K_mac, id || revision).
 * XOR lets a write update the tag in O(1) ({@code tag ^= h(old) ^ h(new)}); the entry count kept
 * beside it catches two identical rows, whose hashes would cancel.
 */
public final class SetMac {
    public static final int TAG_LENGTH = 32;
    private static final byte[] HKDF_INFO = "apikeep-setmac".getBytes(StandardCharsets.US_ASCII);

    private final byte[] macKey;
    private final HMac hmac = new HMac(new SHA256Digest());

    /** Derives K_mac from the data key with HKDF-SHA256, so the data key itself is never a MAC key. */
    public SetMac(byte[] dataKey) {
        macKey = new byte[32];
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(dataKey, null, HKDF_INFO));
        hkdf.generateBytes(macKey, 0, macKey.length);
        hmac.init(new KeyParameter(macKey));
    }

    public static byte[] emptyTag() {
        return new byte[TAG_LENGTH];
    }

    /** HMAC of one (id, revision) pair. */
    public byte[] hash(String id, long revision) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        hmac.update(idBytes, 0, idBytes.length);
        byte[] rev = ByteBuffer.allocate(Long.BYTES).putLong(revision).array();
        hmac.update(rev, 0, rev.length);
        byte[] out = new byte[TAG_LENGTH];
        hmac.doFinal(out, 0);
        return out;
    }

    /** XORs {@code h(id, revision)} into {@code tag} in place: adds the pair, or removes it if present. */
    public void toggle(byte[] tag, String id, long revision) {
        byte[] h = hash(id, revision);
        for (int i = 0; i < TAG_LENGTH; i++) tag[i] ^= h[i];
    }

    public void wipe() {
        Arrays.fill(macKey, (byte) 0);
        hmac.reset();
    }
}
