package dev.apikeep.vault;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The stored integrity record: the set-MAC tag (over entries, and from format 2 also tombstones and
 * the label index), the number of entries, a generation counter that grows with every write (an
 * entry's revision is the generation of its last write, and a whole-file rollback shows as a lower
 * generation), and from format 2 the head of the activity log's hash chain.
 */
record SetMacRecord(byte[] tag, long count, long generation, byte[] chainHead) {
    static final byte[] NO_EVENTS = new byte[32];
    static final SetMacRecord EMPTY = new SetMacRecord(new byte[32], 0, 0, NO_EVENTS);
    private static final int LENGTH_V1 = 32 + 8 + 8;
    private static final int LENGTH_V2 = LENGTH_V1 + 32;

    byte[] toBytes() {
        return ByteBuffer.allocate(LENGTH_V2).put(tag).putLong(count).putLong(generation).put(chainHead).array();
    }

    /** Reads a format-1 record (no chain head: {@link #NO_EVENTS}) or a format-2 one. */
    static SetMacRecord fromBytes(byte[] bytes) {
        if (bytes.length != LENGTH_V1 && bytes.length != LENGTH_V2) {
            throw new IllegalArgumentException("integrity record has the wrong size");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] tag = new byte[32];
        buffer.get(tag);
        long count = buffer.getLong();
        long generation = buffer.getLong();
        byte[] head = NO_EVENTS.clone();
        if (buffer.hasRemaining()) buffer.get(head);
        return new SetMacRecord(tag, count, generation, head);
    }

    boolean matches(byte[] otherTag, long otherCount) {
        return count == otherCount && java.security.MessageDigest.isEqual(tag, otherTag);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetMacRecord r && Arrays.equals(tag, r.tag) && count == r.count
                && generation == r.generation && Arrays.equals(chainHead, r.chainHead);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(generation);
    }

    @Override
    public String toString() {
        return "SetMacRecord[count=" + count + ", generation=" + generation + "]";
    }
}
