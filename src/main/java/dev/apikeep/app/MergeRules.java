package dev.apikeep.app;

import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.Messages;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How an import treats each incoming entry (issue 11 §8): it never silently loses a local change
 * and never brings back what was deleted or revoked here.
 *
 * <ul>
 *   <li>a new id is <b>added</b>, unless this vault deleted that id: then it is a conflict;</li>
 *   <li>the same content (revisions and usage aside) is <b>unchanged</b>;</li>
 *   <li>different content is <b>updated</b> only when the incoming copy is strictly newer by its
 *       modification time AND the local copy has not changed since the bundle was made, and never
 *       when that would make a key revoked here active again;</li>
 *   <li>anything else is a <b>conflict</b>: the vault keeps its own copy and the import names it.</li>
 * </ul>
 *
 * Modification times come from the activity logs (the vault's and the one inside the bundle): the
 * newest add, edit, rotate, revoke or import of that id. A bundle was "made" at its newest event
 * (the export's own unlock). Unknown times (a CSV file, a log that does not name the entry) never
 * count as newer: the entry is a conflict rather than a guess.
 */
final class MergeRules {
    enum Outcome { ADD, UPDATE, UNCHANGED, CONFLICT }

    record Decision(Outcome outcome, String reason) {
    }

    private static final Set<EventType> CHANGES = EnumSet.of(EventType.ADD, EventType.EDIT, EventType.ROTATE,
            EventType.REVOKE, EventType.IMPORT);

    private final Map<UUID, Instant> incomingModified;
    private final Instant bundleMadeAt;
    private final Map<UUID, Instant> localModified;

    MergeRules(List<ActivityEvent> incomingLog, List<ActivityEvent> localLog) {
        this.incomingModified = lastChanges(incomingLog);
        this.bundleMadeAt = incomingLog.stream().map(ActivityEvent::time).max(Instant::compareTo).orElse(null);
        this.localModified = lastChanges(localLog);
    }

    Decision decide(ApiKeyEntry incoming, ApiKeyEntry local, boolean deletedHere) {
        if (local == null) {
            return deletedHere ? new Decision(Outcome.CONFLICT, Messages.get("merge.deletedHere"))
                    : new Decision(Outcome.ADD, "");
        }
        if (sameContent(incoming, local)) return new Decision(Outcome.UNCHANGED, "");
        if (local.isRevoked() && !incoming.isRevoked()) {
            return new Decision(Outcome.CONFLICT, Messages.get("merge.revokedHere"));
        }
        Instant theirs = incomingModified.get(incoming.id());
        Instant ours = localModified.get(local.id());
        if (ours == null || bundleMadeAt == null || ours.isAfter(bundleMadeAt)) {
            return new Decision(Outcome.CONFLICT, Messages.get("merge.changedHere"));
        }
        if (theirs == null || !theirs.isAfter(ours)) { // also with clocks that disagree between machines
            return new Decision(Outcome.CONFLICT, Messages.get("merge.notNewer"));
        }
        return new Decision(Outcome.UPDATE, "");
    }

    private static Map<UUID, Instant> lastChanges(List<ActivityEvent> log) {
        Map<UUID, Instant> last = new HashMap<>();
        for (ActivityEvent event : log) {
            if (event.entryId() != null && CHANGES.contains(event.type())) last.merge(event.entryId(), event.time(), MergeRules::later);
        }
        return last;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Equal in everything a user wrote: revisions differ between vaults and usage is not content. */
    static boolean sameContent(ApiKeyEntry a, ApiKeyEntry b) {
        return a.toBuilder().revision(0).lastUsedAt(null).build().equals(b.toBuilder().revision(0).lastUsedAt(null).build());
    }
}
