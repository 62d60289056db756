package dev.apikeep.ui.keys;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyLifecycle;
import dev.apikeep.domain.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which keys the main window puts where: the sidebar's filters with their counts, which keys need
 * attention or expire soon, and search as you type. Plain rules over entries, no state of their own.
 */
final class KeyRules {
    private final ExchangeCatalog catalog;
    private final Supplier<LocalDate> today;
    private final IntSupplier leadDays;

    KeyRules(ExchangeCatalog catalog, Supplier<LocalDate> today, IntSupplier leadDays) {
        this.catalog = catalog;
        this.today = today;
        this.leadDays = leadDays;
    }

    Exchange exchangeOf(ApiKeyEntry entry) {
        return catalog.forEntry(entry);
    }

    /** Expired, expiring within the lead days, or a trade/withdraw/transfer key open to any IP. */
    boolean needsAttention(ApiKeyEntry e) {
        if (e.isRevoked()) return false;
        OptionalLong days = KeyLifecycle.daysToExpiry(e, exchangeOf(e), today.get());
        if (days.isPresent() && days.getAsLong() <= leadDays.getAsInt()) return true;
        return !e.isIpBound() && exchangeOf(e).highestRisk(e).compareTo(Risk.MEDIUM) >= 0;
    }

    /** Still working but stops within the lead days. */
    boolean expiringSoon(ApiKeyEntry e) {
        if (e.isRevoked()) return false;
        OptionalLong days = KeyLifecycle.daysToExpiry(e, exchangeOf(e), today.get());
        return days.isPresent() && days.getAsLong() > 0 && days.getAsLong() <= leadDays.getAsInt();
    }

    Predicate<ApiKeyEntry> predicateOf(KeyFilter f) {
        return switch (f.kind()) {
            case ALL -> e -> !e.isRevoked();
            case ATTENTION -> this::needsAttention;
            case EXPIRING -> this::expiringSoon;
            case EXCHANGE -> e -> !e.isRevoked() && e.exchangeId().equals(f.value());
            case TAG -> e -> !e.isRevoked() && e.tags().contains(f.value());
            case REVOKED -> ApiKeyEntry::isRevoked;
        };
    }

    /**
     * Search as you type: every word of the query must appear (ignoring case) in the label, account,
     * exchange id or name, a tag, the notes or a used-by name. Secrets are never searched.
     */
    boolean matchesSearch(ApiKeyEntry e, String query) {
        if (query == null || query.isBlank()) return true;
        String haystack = String.join("\n", e.label(), e.account(), e.exchangeId(), exchangeOf(e).name(),
                String.join("\n", e.tags()), e.notes(), String.join("\n", e.usedBy())).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            String w = word.startsWith("#") && word.length() > 1 ? word.substring(1) : word;
            if (!haystack.contains(w)) return false;
        }
        return true;
    }

    /** The sidebar's filters and their counts, in one pass over the entries (one pass per filter was quadratic in tags). */
    List<KeyFilter.Item> filters(List<ApiKeyEntry> entries) {
        FilterCounts counts = new FilterCounts();
        Map<String, String> exchanges = new TreeMap<>();
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ApiKeyEntry e : entries) {
            counts.add(e);
            if (e.isRevoked()) continue;
            exchanges.put(exchangeOf(e).name(), e.exchangeId());
            tags.addAll(e.tags());
        }
        List<KeyFilter.Item> items = new ArrayList<>();
        items.add(counts.item(KeyFilter.ALL, Messages.get("keys.filter.all")));
        items.add(counts.item(KeyFilter.ATTENTION, Messages.get("keys.filter.attention")));
        items.add(counts.item(KeyFilter.EXPIRING, Messages.get("keys.filter.expiring")));
        exchanges.forEach((name, id) -> items.add(counts.item(KeyFilter.exchange(id), name)));
        tags.forEach(tag -> items.add(counts.item(KeyFilter.tag(tag), "#" + tag)));
        items.add(counts.item(KeyFilter.REVOKED, Messages.get("keys.filter.revoked")));
        return items;
    }

    /** How many entries each filter of {@link #predicateOf} shows, counted in one pass. */
    private final class FilterCounts {
        private final Map<KeyFilter, Integer> counts = new HashMap<>();

        void add(ApiKeyEntry e) {
            if (e.isRevoked()) {
                count(KeyFilter.REVOKED);
                return;
            }
            count(KeyFilter.ALL);
            if (needsAttention(e)) count(KeyFilter.ATTENTION);
            if (expiringSoon(e)) count(KeyFilter.EXPIRING);
            count(KeyFilter.exchange(e.exchangeId()));
            for (String tag : Set.copyOf(e.tags())) count(KeyFilter.tag(tag));
        }

        KeyFilter.Item item(KeyFilter f, String text) {
            return new KeyFilter.Item(f, text, counts.getOrDefault(f, 0));
        }

        private void count(KeyFilter f) {
            counts.merge(f, 1, Integer::sum);
        }
    }
}
