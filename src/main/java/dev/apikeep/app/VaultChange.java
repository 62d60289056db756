package dev.apikeep.app;

import java.util.Set;
import java.util.UUID;

/**
 * A write to the open vault that has committed, as {@link Session#onChange} listeners hear of it.
 *
 * @param entries   the entries it added, changed, deleted or used (empty for a write that touched
 *                  no entry: settings, kits, a logged event); unknown for a write by another program
 * @param elsewhere another program (the command line, a second machine's sync) wrote: which entries
 *                  is not known, so any entry may have changed
 */
public record VaultChange(Set<UUID> entries, boolean elsewhere) {
    public VaultChange {
        entries = Set.copyOf(entries);
    }

    static VaultChange here(Set<UUID> entries) {
        return new VaultChange(entries, false);
    }

    static VaultChange byAnotherProgram() {
        return new VaultChange(Set.of(), true);
    }

    /** Whether {@code id} may have changed: reload it (every entry, after a write elsewhere). */
    public boolean mayHaveChanged(UUID id) {
        return elsewhere || entries.contains(id);
    }
}
