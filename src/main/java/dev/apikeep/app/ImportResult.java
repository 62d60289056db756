package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import java.util.ArrayList;
import java.util.List;

/** What an import did, entry by entry, so the user sees every conflict it kept out. */
public record ImportResult(List<String> added, List<String> updated, List<String> unchanged, List<String> conflicts) {

    public String summary() {
        return added.size() + " added, " + updated.size() + " updated, " + unchanged.size() + " unchanged, "
                + conflicts.size() + " conflicts";
    }

    static final class Builder {
        private final List<String> added = new ArrayList<>();
        private final List<String> updated = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();

        void added(ApiKeyEntry e) { added.add(describe(e)); }
        void updated(ApiKeyEntry e) { updated.add(describe(e)); }
        void unchanged(ApiKeyEntry e) { unchanged.add(describe(e)); }
        void conflict(ApiKeyEntry e) { conflicts.add(describe(e)); }

        ImportResult build() {
            return new ImportResult(List.copyOf(added), List.copyOf(updated), List.copyOf(unchanged), List.copyOf(conflicts));
        }

        private static String describe(ApiKeyEntry e) {
            return e.label() + " (" + e.id().toString().substring(0, 8) + ")";
        }
    }
}
