package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import did (or, from {@link Importing#preview}, would do), entry by entry, so the
 * user sees every conflict it kept out.
 *
 * @param conflicts "label (id): why" for each entry whose local copy was kept
 * @param outcomes  per incoming id: what happened to it (and why, for a conflict)
 */
public record ImportResult(List<String> added, List<String> updated, List<String> unchanged, List<String> conflicts,
                           Map<UUID, Outcome> outcomes) {

    /** What an import did with one incoming entry; {@code why} is set for a conflict only. */
    public record Outcome(Kind kind, String why) {
        public enum Kind { ADDED, UPDATED, UNCHANGED, CONFLICT }

        /** In the user's language: "updated", "unchanged", "conflict: why"… */
        public String shown() {
            return switch (kind) {
                case ADDED -> Messages.get("import.outcome.added");
                case UPDATED -> Messages.get("import.outcome.updated");
                case UNCHANGED -> Messages.get("import.outcome.unchanged");
                case CONFLICT -> Messages.format("import.outcome.conflict", why);
            };
        }
    }

    public String summary() {
        return Messages.format("import.summary", String.valueOf(added.size()), String.valueOf(updated.size()),
                String.valueOf(unchanged.size()), String.valueOf(conflicts.size()));
    }

    static final class Builder {
        private final List<String> added = new ArrayList<>();
        private final List<String> updated = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();
        private final Map<UUID, Outcome> outcomes = new LinkedHashMap<>();

        void added(ApiKeyEntry e) { added.add(describe(e)); outcomes.put(e.id(), new Outcome(Outcome.Kind.ADDED, null)); }
        void updated(ApiKeyEntry e) { updated.add(describe(e)); outcomes.put(e.id(), new Outcome(Outcome.Kind.UPDATED, null)); }
        void unchanged(ApiKeyEntry e) { unchanged.add(describe(e)); outcomes.put(e.id(), new Outcome(Outcome.Kind.UNCHANGED, null)); }
        void conflict(ApiKeyEntry e, String why) { conflicts.add(describe(e) + ": " + why); outcomes.put(e.id(), new Outcome(Outcome.Kind.CONFLICT, why)); }

        ImportResult build() {
            return new ImportResult(List.copyOf(added), List.copyOf(updated), List.copyOf(unchanged), List.copyOf(conflicts),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes)));
        }

        private static String describe(ApiKeyEntry e) {
            return e.label() + " (" + e.id().toString().substring(0, 8) + ")";
        }
    }
}
