package dev.apikeep.vault;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of checking the set of entries against the set-MAC.
 *
 * @param suspectEntries entries known to be rolled back or missing (from the activity log); may be
 *                       empty when the log cannot tell which entry differs
 * @param generation     the write counter of the integrity record
 */
public record IntegrityReport(boolean intact, long expectedCount, long actualCount,
                              List<UUID> suspectEntries, long generation) {
    public IntegrityReport {
        suspectEntries = List.copyOf(suspectEntries);
    }

    public String describe() {
        if (intact) return "the vault is intact";
        StringBuilder text = new StringBuilder("the vault is damaged or was tampered with: ");
        if (actualCount < expectedCount) text.append(expectedCount - actualCount).append(" entry(ies) missing");
        else if (actualCount > expectedCount) text.append(actualCount - expectedCount).append(" unexpected entry(ies)");
        else text.append("an entry was replaced by an older copy");
        if (!suspectEntries.isEmpty()) text.append(" (").append(suspectEntries.size()).append(" named)");
        return text.toString();
    }
}
