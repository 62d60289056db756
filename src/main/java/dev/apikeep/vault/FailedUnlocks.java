package dev.apikeep.vault;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Wrong master passwords typed since the last successful unlock. Kept in plaintext in the
 * {@code meta} row {@value Meta#FAILED_UNLOCKS} because a failed unlock has no key to encrypt with;
 * it holds only a count and a time, never anything typed.
 *
 * @param last when the latest wrong password was typed
 */
public record FailedUnlocks(int count, Instant last) {

    /** Stored as {@code "<count> <ISO instant>"} in UTF-8. */
    byte[] encode() {
        return (count + " " + last).getBytes(StandardCharsets.UTF_8);
    }

    static Optional<FailedUnlocks> decode(byte[] value) {
        if (value == null) return Optional.empty();
        try {
            String[] parts = new String(value, StandardCharsets.UTF_8).trim().split(" ", 2);
            int count = Integer.parseInt(parts[0]);
            if (count <= 0) return Optional.empty();
            return Optional.of(new FailedUnlocks(count, Instant.parse(parts[1])));
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // a garbled counter is not worth refusing the vault over
        }
    }

    /** One more failure at {@code now}. */
    FailedUnlocks plusOne(Instant now) {
        return new FailedUnlocks(count + 1, now);
    }
}
