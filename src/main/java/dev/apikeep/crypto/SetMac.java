package dev.apikeep.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Integrity of the whole set of entries: the XOR over entries of HMAC-SHA256(K_mac, id || revision).
 * XOR lets a write update the tag in O(1) ({@code tag ^= h(old) ^ h(new)}); the entry count kept
 * beside it catches two identical rows, whose hashes would cancel.
 */
public final class SetMac {
    public static final int TAG_LENGTH = 32;
    private static final byte[] HKDF_INFO = "apikeep-setmac".getBytes(StandardCharsets.US_ASCII);

    private final HmacSha256 hmac;

    /** Derives K_mac from the data key with HKDF-SHA256, so the data key itself is never a MAC key. */
    public SetMac(byte[] dataKey) {
        hmac = new HmacSha256(dataKey, HKDF_INFO);
    }

    public static byte[] emptyTag() {
        return new byte[TAG_LENGTH];
    }

    private final byte[] revisionBytes = new byte[Long.BYTES];
    private final byte[] out = new byte[TAG_LENGTH];

    /** HMAC of one (id, revision) pair. */
    public byte[] hash(String id, long revision) {
        return hash(id.getBytes(StandardCharsets.UTF_8), revision);
    }

    /** HMAC of one (id as UTF-8, revision) pair: the form the unlock check reads straight from SQLite. */
    public byte[] hash(byte[] idUtf8, long revision) {
        byte[] h = new byte[TAG_LENGTH];
        mac(idUtf8, revision, h);
        return h;
    }

    private void mac(byte[] idUtf8, long revision, byte[] into) {
        hmac.update(idUtf8, 0, idUtf8.length);
        for (int i = 0; i < Long.BYTES; i++) revisionBytes[i] = (byte) (revision >>> (56 - 8 * i));   // big-endian
        hmac.update(revisionBytes, 0, Long.BYTES);
        hmac.finish(into, 0);
    }

    /** XORs {@code h(id, revision)} into {@code tag} in place: adds the pair, or removes it if present; returns the HMAC as below. */
    public byte[] toggle(byte[] tag, String id, long revision) {
        return toggle(tag, id.getBytes(StandardCharsets.UTF_8), revision);
    }

    /**
     * As {@link #toggle(byte[], String, long)} with the id's UTF-8 bytes; allocates nothing. Returns
     * the HMAC it XORed in, in a buffer this object reuses (valid until its next call), so a caller
     * can add the same pair to a second tag (the vault's per-share tags) without hashing it again.
     */
    public byte[] toggle(byte[] tag, byte[] idUtf8, long revision) {
        mac(idUtf8, revision, out);
        for (int i = 0; i < TAG_LENGTH; i++) tag[i] ^= out[i];
        return out;
    }

    public void wipe() {
        Arrays.fill(out, (byte) 0);
        hmac.wipe();
    }
}
