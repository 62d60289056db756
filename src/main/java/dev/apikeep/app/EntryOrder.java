package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The order keys are listed in: by label ignoring case ({@code Locale.ROOT}), then by id as text. */
final class EntryOrder {
    private EntryOrder() {
    }

    /**
     * An entry with its sort key worked out once, not at each of a sort's n log n comparisons; the id's
     * text only for the few labels that tie (10,000 of them made was a tenth of sorting a big list).
     */
    private record SortKeys(String label, ApiKeyEntry entry) {
        static final Comparator<SortKeys> ORDER = Comparator.comparing(SortKeys::label)
                .thenComparing(keys -> keys.entry().id().toString());

        SortKeys(ApiKeyEntry entry) {
            this(entry.label().toLowerCase(Locale.ROOT), entry);
        }
    }

    static List<ApiKeyEntry> byLabel(List<ApiKeyEntry> entries) {
        return entries.stream().map(SortKeys::new).sorted(SortKeys.ORDER).map(SortKeys::entry).toList();
    }
}
