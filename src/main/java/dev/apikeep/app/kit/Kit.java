package dev.apikeep.app.kit;

import dev.apikeep.app.EntryRef;
import dev.apikeep.app.InvalidInputException;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An opened kit: its header and the copies of the entries it holds. Closing it wipes every secret.
 *
 * @param created the day it was issued
 * @param expires the last day it opens
 */
public record Kit(UUID id, String name, LocalDate created, LocalDate expires, List<ApiKeyEntry> entries)
        implements AutoCloseable {

    public Kit {
        entries = List.copyOf(entries);
    }

    /** The key {@code ref} names (id, id prefix of 6+ characters, or label), as in the vault. */
    public ApiKeyEntry resolve(String ref) {
        return EntryRef.find(entries, ref).orElseThrow(() -> new InvalidInputException(Messages.format("kit.noSuchKey",
                name, ref, String.join(", ", entries.stream().map(ApiKeyEntry::label).toList()))));
    }

    @Override
    public void close() {
        entries.forEach(ApiKeyEntry::wipeSecrets);
    }
}
