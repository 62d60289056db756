package dev.apikeep.vault;

import java.nio.ByteBuffer;
import java.security.MessageDigest;

/**
 * The set-MAC split into 256 shares by the first two characters of an entry id (ids are lowercase
 * UUIDs, so each share holds about 1/256 of the vault): the XOR of the same HMACs the set-MAC
 * XORs, but only of the elements (entry, tombstone, label-index row) whose id starts with that
 * share's two hex digits, and the number of entries in it. Kept in its own sealed meta row and
 * updated by every write in the same transaction, so a command that reads one key checks only
 * that key's share: about 40 rows at 10,000 keys instead of all of them.
 *
 * <p>It is a derived record, never the authority: it counts only when it was written at the
 * generation of the stored integrity record and names that record's tag. A missing, stale or
 * unreadable one makes the open check the whole set instead (and the next write stores it again).
 * An id that does not start with two lowercase hex digits (never written by ApiKeep) belongs to no
 * share: only the whole-set check covers it.
 */
final class SetMacShares {
    static final int SHARES = 256;
    private static final int TAG = 32;
    private static final int LENGTH = Long.BYTES + TAG + SHARES * (TAG + Long.BYTES);

    private final long generation;
    private final byte[] wholeTag;
    private final byte[][] tags;
    private final long[] counts;

    private SetMacShares(long generation, byte[] wholeTag, byte[][] tags, long[] counts) {
        this.generation = generation;
        this.wholeTag = wholeTag;
        this.tags = tags;
        this.counts = counts;
    }

    static SetMacShares empty() {
        return new SetMacShares(0, new byte[TAG], new byte[SHARES][TAG], new long[SHARES]);
    }

    /** The share an id belongs to, or -1 when the id does not start with two lowercase hex digits. */
    static int shareOf(String id) {
        if (id.length() < 2) return -1;
        int high = lowerHexDigit(id.charAt(0));
        int low = lowerHexDigit(id.charAt(1));
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    private static int lowerHexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    }

    /** The ids of a share, as a range SQLite's primary-key index answers: {@code id >= low AND id < high}. */
    static String low(int share) {
        return String.format("%02x", share);
    }

    static String high(int share) {
        String low = low(share);
        return low.charAt(0) + String.valueOf((char) (low.charAt(1) + 1));
    }

    /** As {@link #shareOf(String)}, from the id's UTF-8 bytes as SQLite returns them. */
    static int shareOf(byte[] idUtf8) {
        if (idUtf8.length < 2) return -1;
        int high = lowerHexDigit((char) idUtf8[0]);
        int low = lowerHexDigit((char) idUtf8[1]);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    /** XORs one element's HMAC into the share of {@code id}; {@code entries} is +1, -1 or 0. */
    void toggle(String id, byte[] hmac, int entries) {
        toggle(shareOf(id), hmac, entries);
    }

    void toggle(byte[] idUtf8, byte[] hmac, int entries) {
        toggle(shareOf(idUtf8), hmac, entries);
    }

    private void toggle(int share, byte[] hmac, int entries) {
        if (share < 0) return;
        for (int i = 0; i < TAG; i++) tags[share][i] ^= hmac[i];
        counts[share] += entries;
    }

    /** Whether a share's rows, as recomputed, match it. */
    boolean matches(int share, byte[] tag, long count) {
        return counts[share] == count && MessageDigest.isEqual(tags[share], tag);
    }

    /** Whether this record belongs to the stored integrity record (same generation, same whole tag). */
    boolean belongsTo(SetMacRecord record) {
        return generation == record.generation() && MessageDigest.isEqual(wholeTag, record.tag());
    }

    /** A copy stamped with the integrity record it now belongs to. */
    SetMacShares stampedWith(SetMacRecord record) {
        return new SetMacShares(record.generation(), record.tag().clone(), copy(tags), counts.clone());
    }

    SetMacShares copy() {
        return new SetMacShares(generation, wholeTag.clone(), copy(tags), counts.clone());
    }

    byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH).putLong(generation).put(wholeTag);
        for (int i = 0; i < SHARES; i++) buffer.put(tags[i]).putLong(counts[i]);
        return buffer.array();
    }

    static SetMacShares fromBytes(byte[] bytes) {
        if (bytes.length != LENGTH) throw new IllegalArgumentException("share record has the wrong size");
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long generation = buffer.getLong();
        byte[] whole = new byte[TAG];
        buffer.get(whole);
        byte[][] tags = new byte[SHARES][TAG];
        long[] counts = new long[SHARES];
        for (int i = 0; i < SHARES; i++) {
            buffer.get(tags[i]);
            counts[i] = buffer.getLong();
        }
        return new SetMacShares(generation, whole, tags, counts);
    }

    private static byte[][] copy(byte[][] tags) {
        byte[][] copy = new byte[SHARES][];
        for (int i = 0; i < SHARES; i++) copy[i] = tags[i].clone();
        return copy;
    }

    @Override
    public String toString() {
        return "SetMacShares[generation=" + generation + "]";
    }
}
