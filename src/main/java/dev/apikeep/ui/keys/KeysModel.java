package dev.apikeep.ui.keys;

import dev.apikeep.app.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.domain.KeyLifecycle;
import dev.apikeep.domain.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The key list's state and logic: the entries, the sidebar filters with their counts, search as you
 * type, and which keys need attention. No stage needed; unit-tested directly.
 */
public final class KeysModel {
    private final ExchangeCatalog catalog;
    private final Supplier<LocalDate> today;
    private final IntegerProperty leadDays = new SimpleIntegerProperty(14);
    private final ObservableList<ApiKeyEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ApiKeyEntry> visible = new FilteredList<>(entries, e -> !e.isRevoked());
    private final ObservableList<KeyFilter.Item> filters = FXCollections.observableArrayList();
    private final ObjectProperty<KeyFilter> filter = new SimpleObjectProperty<>(KeyFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ApiKeyEntry> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    /** Each key's last check with its exchange as stored (or made in a read-only session); see {@link #lastCheck}. */
    private final Map<UUID, KeyCheck> lastChecks = new java.util.concurrent.ConcurrentHashMap<>();

    public KeysModel(ExchangeCatalog catalog, Supplier<LocalDate> today) {
        this.catalog = catalog;
        this.today = today;
        filter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        leadDays.addListener((o, a, b) -> { rebuildFilters(); refilter(); });
        rebuildFilters();
    }

    public ObservableList<ApiKeyEntry> entries() { return FXCollections.unmodifiableObservableList(entries); }
    /** What the list shows: the chosen filter and the search applied. */
    public ObservableList<ApiKeyEntry> visible() { return visible; }
    public ObservableList<KeyFilter.Item> filters() { return filters; }
    public ObjectProperty<KeyFilter> filterProperty() { return filter; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<ApiKeyEntry> selectedProperty() { return selected; }
    public IntegerProperty leadDaysProperty() { return leadDays; }
    /** True until the first entries arrive: the list shows "opening", never "your vault is empty". */
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public ExchangeCatalog catalog() { return catalog; }
    public LocalDate today() { return today.get(); }

    public Exchange exchangeOf(ApiKeyEntry entry) {
        return catalog.forEntry(entry);
    }

    /**
     * Replaces the entries with a fresh list from the vault (after a write or a CLI change), keeps
     * the selection by id, and wipes the secrets of the replaced values.
     */
    public void setEntries(List<ApiKeyEntry> fresh) {
        UUID selectedId = selected.get() == null ? null : selected.get().id();
        Map<ApiKeyEntry, Boolean> keep = new IdentityHashMap<>();
        fresh.forEach(e -> keep.put(e, true));
        List<ApiKeyEntry> old = new ArrayList<>(entries);
        entries.setAll(fresh);
        loading.set(false);
        rebuildFilters();
        selected.set(selectedId == null ? null : find(selectedId));
        Set<Object> freshSecrets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ApiKeyEntry e : fresh) {
            freshSecrets.add(e.apiKey());
            freshSecrets.add(e.secret());
        }
        for (ApiKeyEntry e : old) if (!keep.containsKey(e)) wipeUnlessShared(e, freshSecrets);
    }

    /** Puts an entry stored again (e.g. "last used" after a copy) in place of its older revision. */
    public void replace(ApiKeyEntry stored) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(stored.id())) {
                boolean wasSelected = selected.get() != null && selected.get().id().equals(stored.id());
                entries.set(i, stored);
                rebuildFilters();
                if (wasSelected) selected.set(stored);
                return;
            }
        }
    }

    /** Remembers checks (from the vault on reload, or one just made); a newer check of a key replaces its older one. */
    public void putChecks(Map<UUID, KeyCheck> checks) {
        checks.forEach((id, check) -> lastChecks.merge(id, check, (old, now) -> now.checkedAt().isBefore(old.checkedAt()) ? old : now));
    }

    /** Key id to the bot kits holding it, from the last reload. */
    private volatile Map<UUID, List<dev.apikeep.app.kit.BotKits.Overview>> kits = Map.of();

    public void setKits(List<dev.apikeep.app.kit.BotKits.Overview> issued) {
        kits = KitHolders.byKey(issued);
    }

    /** The kits that hold {@code id} (this very key, not an older or newer version of it). */
    public List<dev.apikeep.app.kit.BotKits.Overview> kitsHolding(UUID id) {
        return kits.getOrDefault(id, List.of());
    }

    /** A key's last check held against the entry as it is now (so an edit or "use the exchange's values" shows), or null. */
    public KeyCheck lastCheck(ApiKeyEntry entry) {
        KeyCheck check = entry == null ? null : lastChecks.get(entry.id());
        return check == null ? null : check.against(entry);
    }

    /** Every key's last check against its current entry, for the audit. */
    public Map<UUID, KeyCheck> lastChecks(List<ApiKeyEntry> of) {
        Map<UUID, KeyCheck> now = new HashMap<>();
        for (ApiKeyEntry e : of) {
            KeyCheck check = lastCheck(e);
            if (check != null) now.put(e.id(), check);
        }
        return now;
    }

    public ApiKeyEntry find(UUID id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** On lock: wipes every decrypted secret and forgets the entries. */
    public void wipe() {
        List<ApiKeyEntry> old = new ArrayList<>(entries);
        selected.set(null);
        entries.clear();
        lastChecks.clear();
        search.set("");
        old.forEach(ApiKeyEntry::wipeSecrets);
        rebuildFilters();
    }

    /** The calendar day changed while the app was open: recount the sidebar and refilter. */
    public void dayChanged() {
        rebuildFilters();
        refilter();
    }

    public boolean isEmptyVault() {
        return !loading.get() && entries.isEmpty();
    }

    // ---- the rules ---------------------------------------------------------------------------

    /** Expired, expiring within the lead days, or a trade/withdraw/transfer key open to any IP. */
    public boolean needsAttention(ApiKeyEntry e) {
        if (e.isRevoked()) return false;
        OptionalLong days = KeyLifecycle.daysToExpiry(e, exchangeOf(e), today());
        if (days.isPresent() && days.getAsLong() <= leadDays.get()) return true;
        return !e.isIpBound() && exchangeOf(e).highestRisk(e).compareTo(Risk.MEDIUM) >= 0;
    }

    /** Still working but stops within the lead days. */
    public boolean expiringSoon(ApiKeyEntry e) {
        if (e.isRevoked()) return false;
        OptionalLong days = KeyLifecycle.daysToExpiry(e, exchangeOf(e), today());
        return days.isPresent() && days.getAsLong() > 0 && days.getAsLong() <= leadDays.get();
    }

    public Predicate<ApiKeyEntry> predicateOf(KeyFilter f) {
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
    public boolean matchesSearch(ApiKeyEntry e, String query) {
        if (query == null || query.isBlank()) return true;
        String haystack = String.join("\n", e.label(), e.account(), e.exchangeId(), exchangeOf(e).name(),
                String.join("\n", e.tags()), e.notes(), String.join("\n", e.usedBy())).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            String w = word.startsWith("#") && word.length() > 1 ? word.substring(1) : word;
            if (!haystack.contains(w)) return false;
        }
        return true;
    }

    private void refilter() {
        Predicate<ApiKeyEntry> byFilter = predicateOf(filter.get());
        String query = search.get();
        // A list view showing these items may drop its selection while they change: restore it.
        ApiKeyEntry keep = selected.get();
        visible.setPredicate(e -> byFilter.test(e) && matchesSearch(e, query));
        selected.set(keep != null && visible.contains(keep) ? keep : null);
    }

    /** The sidebar's filters and their counts, in one pass over the entries (one pass per filter was quadratic in tags). */
    private void rebuildFilters() {
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
        KeyFilter current = filter.get();
        filters.setAll(items);
        boolean stillThere = items.stream().anyMatch(i -> i.filter().equals(current));
        if (!stillThere) filter.set(KeyFilter.ALL);
        else refilter();
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

    /**
     * Entries re-stored by recordUse share their SecretBytes with the value they replace. A set by
     * identity: comparing every old entry with every fresh one took seconds at 10,000 keys.
     */
    private static void wipeUnlessShared(ApiKeyEntry old, Set<Object> freshSecrets) {
        if (freshSecrets.contains(old.apiKey()) || freshSecrets.contains(old.secret())) return;
        old.wipeSecrets();
    }
}
