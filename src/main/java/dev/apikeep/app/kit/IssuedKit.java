package dev.apikeep.app.kit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the vault remembers of a kit it issued: never the token, never a secret.
 *
 * @param file where the kit file was written (re-issue writes there again unless told otherwise)
 */
public record IssuedKit(String name, UUID id, LocalDate created, LocalDate expires, List<HeldKey> keys, String file) {

    public IssuedKit {
        keys = List.copyOf(keys);
    }

    /** A key as the kit holds it: the revision copied, so a later edit or rotation shows as stale. */
    public record HeldKey(UUID id, long revision, String label) {
    }

    public boolean holds(UUID entryId) {
        return keys.stream().anyMatch(k -> k.id().equals(entryId));
    }
}
