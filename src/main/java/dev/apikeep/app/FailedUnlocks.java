package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import java.time.Instant;

/**
 * Wrong master passwords typed since the last successful unlock: a count and the time of the
 * latest, never anything typed.
 */
public record FailedUnlocks(int count, Instant last) {
    static FailedUnlocks of(dev.apikeep.vault.FailedUnlocks stored) {
        return new FailedUnlocks(stored.count(), stored.last());
    }

    /** "3 failed attempts since last unlock, last at 2026-10-01 14:03 UTC". */
    public String describe() {
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC).format(last);
        return Messages.format("unlock.failedAttempts", count, when);
    }
}
