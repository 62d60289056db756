package dev.apikeep.vault;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of checking the set of entries against the set-MAC.
 *
 * @param suspectEntries entries known to be rolled back or missing (from the activity log); may be
 *                       empty when the log cannot tell which entry differs
 * @param generation     the write counter of the integrity record
 * @param logIntact      false when the activity log's rows do not match its hash chain (events
 *                       deleted, reordered or replaced)
 */
public record IntegrityReport(boolean intact, long expectedCount, long actualCount,
                              List<UUID> suspectEntries, long generation, boolean logIntact) {
    public IntegrityReport {
        suspectEntries = List.copyOf(suspectEntries);
    }

    /** Only the activity log's chain failed (found when the log is read: the entries were checked at open). */
    static IntegrityReport brokenLog(long generation) {
        return new IntegrityReport(false, 0, 0, List.of(), generation, false);
    }

    public String describe() {
        if (intact) return "the vault is intact";
        StringBuilder text = new StringBuilder("the vault is damaged or was tampered with: ");
        if (!logIntact) {
            text.append("events of the activity log were deleted, reordered or replaced");
            if (actualCount == expectedCount && suspectEntries.isEmpty()) return text.toString();
            text.append("; ");
        }
        if (actualCount < expectedCount) text.append(expectedCount - actualCount).append(" entry(ies) missing");
        else if (actualCount > expectedCount) text.append(actualCount - expectedCount).append(" unexpected entry(ies)");
        else if (actualCount > 0 || !suspectEntries.isEmpty()) text.append("an entry was replaced by an older copy or a deleted one was put back");
        else text.append("its signed set does not match");
        if (!suspectEntries.isEmpty()) text.append(" (").append(suspectEntries.size()).append(" named)");
        return text.toString();
    }
}
