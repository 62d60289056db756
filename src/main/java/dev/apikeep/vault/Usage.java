package dev.apikeep.vault;

import java.time.Instant;

/**
 * How often and when a key was last used (copied, revealed, fetched by get, exec or inject). Kept
 * in its own encrypted row beside the entry, outside the revisioned and signed content: using a
 * key never changes its revision, so an old copy of it never looks newer.
 */
public record Usage(Instant lastUsedAt, long count) {
    public static final Usage NEVER = new Usage(null, 0);

    Usage plusOne(Instant at) {
        return new Usage(at, count + 1);
    }

    byte[] toBytes() {
        return (count + " " + (lastUsedAt == null ? "-" : lastUsedAt.toString())).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    static Usage fromBytes(byte[] bytes) {
        String[] parts = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII).split(" ", 2);
        if (parts.length != 2) throw new IllegalArgumentException("usage record is not readable");
        return new Usage("-".equals(parts[1]) ? null : Instant.parse(parts[1]), Long.parseLong(parts[0]));
    }
}
