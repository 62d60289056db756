package dev.apikeep.vault;

import java.nio.ByteBuffer;

/**
 * A point of the activity log's hash chain proven once: after the event {@code seq} the chain's head
 * was {@code head}, and {@code count} events had a sequence number up to {@code seq}. Stored sealed
 * ({@link Meta#LOG_CHECKPOINT}), so only the data key's holder can make one, and it is only ever
 * made from a walk of the rows that matched the integrity record's head. Like the set-MAC's shares
 * it is derived, never the authority: see {@link LogChain}.
 */
record LogCheckpoint(long seq, long count, byte[] head) {
    /** Before the first event: where a walk of the whole log starts. */
    static final LogCheckpoint FIRST = new LogCheckpoint(0, 0, SetMacRecord.NO_EVENTS);
    private static final int LENGTH = Long.BYTES + Long.BYTES + 32;

    byte[] toBytes() {
        return ByteBuffer.allocate(LENGTH).putLong(seq).putLong(count).put(head).array();
    }

    static LogCheckpoint fromBytes(byte[] bytes) {
        if (bytes.length != LENGTH) throw new IllegalArgumentException("log checkpoint has the wrong size");
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long seq = buffer.getLong();
        long count = buffer.getLong();
        byte[] head = new byte[32];
        buffer.get(head);
        return new LogCheckpoint(seq, count, head);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogCheckpoint c && seq == c.seq && count == c.count && java.util.Arrays.equals(head, c.head);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq);
    }

    @Override
    public String toString() {
        return "LogCheckpoint[seq=" + seq + ", count=" + count + "]";
    }
}
