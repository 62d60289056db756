package dev.apikeep.vault;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The stored integrity record: the set-MAC tag, the number of entries, and a generation counter
 * that grows with every write (so a whole-file rollback can be noticed by whoever remembers it).
 */
record SetMacRecord(byte[] tag, long count, long generation) {
    static final SetMacRecord EMPTY = new SetMacRecord(new byte[32], 0, 0);
    private static final int LENGTH = 32 + 8 + 8;

    byte[] toBytes() {
        return ByteBuffer.allocate(LENGTH).put(tag).putLong(count).putLong(generation).array();
    }

    static SetMacRecord fromBytes(byte[] bytes) {
        if (bytes.length != LENGTH) throw new IllegalArgumentException("integrity record has the wrong size");
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] tag = new byte[32];
        buffer.get(tag);
        return new SetMacRecord(tag, buffer.getLong(), buffer.getLong());
    }

    boolean matches(byte[] otherTag, long otherCount) {
        return count == otherCount && java.security.MessageDigest.isEqual(tag, otherTag);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetMacRecord r && Arrays.equals(tag, r.tag) && count == r.count
                && generation == r.generation;
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
