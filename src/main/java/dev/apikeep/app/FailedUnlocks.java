package dev.apikeep.app;

import java.time.Instant;

/**
 * Wrong master passwords typed since the last successful unlock: a count and the time of the
 * latest, never anything typed.
 */
public record FailedUnlocks(int count, Instant last) {
    static FailedUnlocks of(dev.apikeep.vault.FailedUnlocks stored) {
        return new FailedUnlocks(stored.count(), stored.last());
    }
}
