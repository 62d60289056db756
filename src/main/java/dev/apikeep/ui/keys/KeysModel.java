package dev.apikeep.ui.keys;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The key list's state: the entries, the sidebar filters with their counts, the search and the
 * selection, each key's last check and the kits holding it. The rules deciding which key goes where
 * are {@link KeyRules}. No stage needed; unit-tested directly.
 */
public final class KeysModel {
    private final ExchangeCatalog catalog;
    private final Supplier<LocalDate> today;
    private final IntegerProperty leadDays = new SimpleIntegerProperty(14);
    private final KeyRules rules;
    private final ObservableList<ApiKeyEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ApiKeyEntry> visible = new FilteredList<>(entries, e -> !e.isRevoked());
    private final ObservableList<KeyFilter.Item> filters = FXCollections.observableArrayList();
    private final ObjectProperty<KeyFilter> filter = new SimpleObjectProperty<>(KeyFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ApiKeyEntry> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private boolean swapping;
    /** The entries are in but the sidebar's counts are not yet (see {@link #setEntriesCountingLater}). */
    private boolean countsPending;
    /** Each key's last check with its exchange as stored (or made in a read-only session); see {@link #lastCheck}. */
    private final Map<UUID, KeyCheck> lastChecks = new java.util.concurrent.ConcurrentHashMap<>();

    public KeysModel(ExchangeCatalog catalog, Supplier<LocalDate> today) {
        this.catalog = catalog;
        this.today = today;
        this.rules = new KeyRules(catalog, today, leadDays::get);
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
        return rules.exchangeOf(entry);
    }

    /**
     * Replaces the entries with a fresh list from the vault (after a write or a CLI change), keeps
     * the selection by id, and wipes the secrets of the replaced values.
     */
    public void setEntries(List<ApiKeyEntry> fresh) {
        setEntries(fresh, null);
    }

    /**
     * As {@link #setEntries(List)}, with the sidebar already counted off the FX thread by
     * {@link #countFilters} (used while its lead days and day are still the model's; else counted
     * here). At 10,000 keys the counting is the part of a new list that would hold up the window.
     */
    public void setEntries(List<ApiKeyEntry> fresh, Counted counted) {
        replaceEntries(fresh);
        showFilters(filtersFrom(counted), false);
    }

    /**
     * As {@link #setEntries(List, Counted)} for the first list of a window not shown yet: the rows
     * now, the sidebar when {@link #countedLater} brings its counts (at 10,000 keys the count is
     * some 100 ms of CPU that no row needs). Meanwhile the sidebar lists nothing rather than numbers
     * that are not true yet.
     */
    public void setEntriesCountingLater(List<ApiKeyEntry> fresh) {
        replaceEntries(fresh);
        countsPending = true;
    }

    /** The counts {@link #setEntriesCountingLater} waits for (null if they could not be made: counted here), unless the sidebar was counted since. */
    public void countedLater(Counted counted) {
        if (countsPending) showFilters(filtersFrom(counted), false);
    }

    /** The sidebar from {@code counted} if it was counted for today and the current lead days, else counted here. */
    private List<KeyFilter.Item> filtersFrom(Counted counted) {
        boolean current = counted != null && counted.leadDays() == leadDays.get() && counted.day().equals(today.get());
        return current ? counted.filters() : rules.filters(entries);
    }

    private void replaceEntries(List<ApiKeyEntry> fresh) {
        UUID selectedId = selected.get() == null ? null : selected.get().id();
        List<ApiKeyEntry> old = new ArrayList<>(entries);
        entries.setAll(fresh); // the visible list filters the new entries here, with the same predicate
        loading.set(false);
        selected.set(selectedId == null ? null : find(selectedId));
        ReplacedSecrets.wipe(old, fresh);
    }

    /**
     * Applies entries read again after this session wrote them ({@code id → entry}, or null when
     * it is gone): replaces, adds or removes each, keeps the selection by id, and wipes the secrets
     * of the values replaced. One entry changes in place (a copy's "last used" must not refilter
     * every row); several change in one step, so the list and the audit badge hear once.
     */
    public void update(Map<UUID, ApiKeyEntry> changed) {
        if (changed.isEmpty()) return;
        UUID selectedId = selected.get() == null ? null : selected.get().id();
        List<ApiKeyEntry> replaced = new ArrayList<>();
        swapping = true;
        try {
            if (changed.size() == 1) {
                changed.forEach((id, fresh) -> swap(entries, id, fresh, replaced));
            } else {
                List<ApiKeyEntry> next = new ArrayList<>(entries);
                changed.forEach((id, fresh) -> swap(next, id, fresh, replaced));
                entries.setAll(next);
            }
            // the new copy is selected before refiltering, which would drop the old one for a moment
            if (selectedId != null && changed.containsKey(selectedId)) selected.set(changed.get(selectedId));
            rebuildFilters();
            selected.set(selectedId == null ? null : find(selectedId));
        } finally {
            swapping = false;
        }
        ReplacedSecrets.wipe(replaced, changed.values());
    }

    private static void swap(List<ApiKeyEntry> list, UUID id, ApiKeyEntry fresh, List<ApiKeyEntry> replaced) {
        int at = indexOf(list, id);
        if (at >= 0 && list.get(at) != fresh) replaced.add(list.get(at));
        if (fresh == null) {
            if (at >= 0) list.remove(at);
        } else if (at >= 0) {
            list.set(at, fresh);
        } else {
            list.add(fresh);
        }
    }

    private static int indexOf(List<ApiKeyEntry> list, UUID id) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(id)) return i;
        return -1;
    }

    /**
     * True while {@link #update} swaps entries: a list view showing them drops its selection for a
     * moment, which is not the user choosing nothing (the model selects the new copy itself).
     */
    public boolean isSwapping() {
        return swapping;
    }

    /** Remembers checks (from the vault on reload, or one just made); a newer check of a key replaces its older one. */
    public void putChecks(Map<UUID, KeyCheck> checks) {
        checks.forEach((id, check) -> lastChecks.merge(id, check, (old, now) -> now.checkedAt().isBefore(old.checkedAt()) ? old : now));
    }

    /** Key id to the bot kits holding it, from the last reload; null until the first read of the kits is in. */
    private volatile Map<UUID, List<dev.apikeep.app.kit.BotKits.Overview>> kits;

    public void setKits(List<dev.apikeep.app.kit.BotKits.Overview> issued) {
        kits = KitHolders.byKey(issued);
    }

    /** The kits that hold {@code id} (this very key, not an older or newer version of it). */
    public List<dev.apikeep.app.kit.BotKits.Overview> kitsHolding(UUID id) {
        Map<UUID, List<dev.apikeep.app.kit.BotKits.Overview>> known = kits;
        return known == null ? List.of() : known.getOrDefault(id, List.of());
    }

    /** False until the kits are first read (they arrive a moment after a new window's rows): "in no kit" is not known yet. */
    public boolean kitsKnown() {
        return kits != null;
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
        List<ApiKeyEntry> held = new ArrayList<>(entries);
        try {
            forget();
        } finally {
            held.forEach(ApiKeyEntry::wipeSecrets); // even if refiltering the emptied list threw
        }
    }

    /** Forgets the entries unwiped (a window never shown, whose entries another shows): no reference kept here. Returns them. */
    List<ApiKeyEntry> forget() {
        List<ApiKeyEntry> old = new ArrayList<>(entries);
        selected.set(null);
        entries.clear();
        lastChecks.clear();
        search.set("");
        rebuildFilters();
        return old;
    }

    /** The calendar day changed while the app was open: recount the sidebar and refilter. */
    public void dayChanged() {
        rebuildFilters();
        refilter();
    }

    public boolean isEmptyVault() {
        return !loading.get() && entries.isEmpty();
    }

    // ---- the rules (KeyRules) ----------------------------------------------------------------

    /** Expired, expiring within the lead days, or a trade/withdraw/transfer key open to any IP. */
    public boolean needsAttention(ApiKeyEntry e) { return rules.needsAttention(e); }
    /** Still working but stops within the lead days. */
    public boolean expiringSoon(ApiKeyEntry e) { return rules.expiringSoon(e); }

    private void refilter() {
        Predicate<ApiKeyEntry> byFilter = rules.predicateOf(filter.get());
        String query = search.get();
        // A list view showing these items may drop its selection while they change: restore it.
        ApiKeyEntry keep = selected.get();
        visible.setPredicate(e -> byFilter.test(e) && rules.matchesSearch(e, query));
        selected.set(keep != null && visible.contains(keep) ? keep : null);
    }

    /** Not while the first entries load: a sidebar of zeros ("All keys 0") would read as an empty vault. */
    private void rebuildFilters() {
        if (loading.get()) return;
        showFilters(rules.filters(entries), true);
    }

    /** The sidebar's items; the chosen filter falls back to All when it is gone, else the rows refilter if asked. */
    private void showFilters(List<KeyFilter.Item> items, boolean refilter) {
        KeyFilter current = filter.get();
        countsPending = false;
        filters.setAll(items);
        boolean stillThere = items.stream().anyMatch(i -> i.filter().equals(current));
        if (!stillThere) filter.set(KeyFilter.ALL);
        else if (refilter) refilter();
    }

    /** The sidebar of {@code list} as {@link #setEntries(List, Counted)} takes it. */
    public record Counted(List<KeyFilter.Item> filters, int leadDays, LocalDate day) {
    }

    /**
     * Counts the sidebar's filters for {@code list} at {@code leadDays}: safe on any thread (it reads
     * only its arguments, the catalog and the clock), so the vault thread does it with the read.
     */
    public Counted countFilters(List<ApiKeyEntry> list, int leadDays) {
        LocalDate day = today.get();
        return new Counted(new KeyRules(catalog, () -> day, () -> leadDays).filters(list), leadDays, day);
    }
}
