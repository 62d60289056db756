package dev.apikeep.ui.keys;

import dev.apikeep.app.ExchangeChecks;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.Session;
import dev.apikeep.app.VaultChange;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Tasks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Keeps the main window's list in step with the vault. It reads every entry once when the window
 * opens; after that it listens to the session's change notification: a write by this session
 * names the entries it touched, and only those are read again (on the writing thread, right after
 * the commit, so they are in the list before the write's caller hears back); a write by another
 * program (the command line) names none, so the whole list is read again. The bot kits, which any
 * write may change, come along each time. Stops listening on lock or close.
 */
final class KeyListSync {
    /** How often to look for writes by the command line: cheap (one pragma), and soon enough to notice. */
    static final Duration OUTSIDE_CHANGES_EVERY = Duration.ofSeconds(2);
    /** Above this many entries in one write (an import), one read of the whole list is the cheaper way. */
    static final int READ_ALL_ABOVE = 64;

    /** The window's side: where the entries go once they are on the UI thread. */
    interface Screen {
        /** The first full list is in (the reminder notice after unlock follows it). */
        void firstLoaded(KeyService service);

        /** The list or the kits changed: redraw rows and the shown key. */
        void redraw();

        /** The first read of the kits arrived after the rows (see {@link #startUnshown}): redraw the shown key. */
        void kitsArrived();

        void failed(Throwable error);
    }

    private final AppContext context;
    private final KeysModel model;
    private final KeyService service;
    private final Executor ui;
    private final Screen screen;
    private Session.Subscription subscription;
    private boolean loaded;

    KeyListSync(AppContext context, KeysModel model, Executor ui, Screen screen) {
        this.context = context;
        this.model = model;
        this.service = context.service();
        this.ui = ui;
        this.screen = screen;
    }

    /** Reads the whole list and starts listening for changes. */
    void start() {
        start(null);
    }

    /**
     * As {@link #start()}, for a window that is not shown yet: the first list is put in the model
     * and {@code layOut} run off the FX thread, right after the read (nodes not in a showing window
     * may change on any thread; see {@link #readLayingOut}), so the FX thread shows a window whose
     * rows are already made, styled and laid out: {@code show}, on the FX thread, then
     * {@link Screen#firstLoaded} as before (or {@code show}, then {@link Screen#failed}, if the read
     * fails); the sidebar's counts and the kits follow. That layout is only a head start: should it
     * throw (the FX thread measuring text at the same time, through JavaFX's one shared text layout),
     * this window is never shown (a node whose layout threw never lays out again) and
     * {@code layOutFailed} gets the entries, read fine, for a window built on the FX thread.
     */
    void startUnshown(Runnable layOut, Runnable show, BiConsumer<List<ApiKeyEntry>, Throwable> layOutFailed) {
        pendingShow = Objects.requireNonNull(show);
        this.layOutFailed = Objects.requireNonNull(layOutFailed);
        start(Objects.requireNonNull(layOut));
    }

    /** The window's "put me on screen" (see {@link #startUnshown}): before the first list is heard of, or its failure. */
    private Runnable pendingShow;
    private BiConsumer<List<ApiKeyEntry>, Throwable> layOutFailed;

    private void showIfUnshown() {
        Runnable show = pendingShow;
        pendingShow = null;
        if (show != null) show.run();
    }

    private void start(Runnable layOutUnshown) {
        Session session = context.session();
        subscription = session.onChange(this::heard);
        session.watchOutsideChanges(context.background(), OUTSIDE_CHANGES_EVERY, () -> { }); // heard through onChange
        List<ApiKeyEntry> first = context.takeFirstList(); // read with the unlock while this window was built
        read(first == null ? () -> service.list(true) : () -> first, layOutUnshown, m -> { });
    }

    /** On lock or close: no more changes reach this window. */
    void stop() {
        if (subscription != null) subscription.close();
        subscription = null;
    }

    /**
     * Reads every entry on the background thread and shows them; after a failed write, and for
     * changes whose entries are not known. {@code then} runs once they are shown.
     */
    void readAll(Consumer<KeysModel> then) {
        read(() -> service.list(true), null, then);
    }

    /**
     * Shows {@code source}'s entries (read on the background thread) with their sidebar, checks and
     * kits; with {@code layOutUnshown}, puts them in the model there too (see {@link #startUnshown}).
     */
    private void read(java.util.function.Supplier<List<ApiKeyEntry>> source, Runnable layOutUnshown, Consumer<KeysModel> then) {
        if (!isCurrent()) return; // locked while a background task (an exchange check) was running
        int leadDays = model.leadDaysProperty().get();
        Tasks.run(context.background(), () -> {
            List<ApiKeyEntry> entries = source.get();
            try {
                if (layOutUnshown != null && isCurrent()) return readLayingOut(entries, leadDays, layOutUnshown);
                return new Read(entries, model.countFilters(entries, leadDays), ExchangeChecks.lastChecks(service, entries), kits());
            } catch (RuntimeException | Error failed) {
                entries.forEach(ApiKeyEntry::wipeSecrets); // nobody shows them: the window says it could not read, or is locked
                throw failed;
            }
        }, read -> {
            if (!isCurrent()) {
                read.entries().forEach(ApiKeyEntry::wipeSecrets);
                return;
            }
            if (read.layOutFailure() != null) { // never a read error for this: the entries go to another window
                pendingShow = null;
                layOutFailed.accept(read.entries(), read.layOutFailure());
                return;
            }
            if (!read.inModel()) show(read);
            showIfUnshown();
            if (!isCurrent()) return; // showing it failed or locked instead: the unlock screen is up (its model wiped)
            if (!loaded) {
                loaded = true;
                screen.firstLoaded(service);
            }
            then.accept(model);
        }, error -> {
            if (!isCurrent()) return; // locked meanwhile: the unlock screen is up, not this window
            showIfUnshown(); // the window, in its "could not read" state, before the message
            if (isCurrent()) screen.failed(error); // unless showing it failed or locked instead
        });
    }

    /**
     * For a window not shown yet, on the vault's thread: the rows are put in the model and laid out,
     * and the window goes on screen with them. The sidebar's counts and the bot kits, which no row
     * shows (at 10,000 keys some 200 ms of CPU in a fresh JVM), are made next on this thread and
     * arrive a moment after: meanwhile the sidebar lists nothing and the detail pane names no kit,
     * rather than numbers that are not true yet ({@link KeysModel#setEntriesCountingLater}).
     */
    private Read readLayingOut(List<ApiKeyEntry> entries, int leadDays, Runnable layOut) {
        Map<UUID, KeyCheck> checks = ExchangeChecks.lastChecks(service, entries);
        model.putChecks(checks);
        // queued ahead of what setEntries starts (the audit badge's count), so they come first
        Tasks.run(context.background(), () -> model.countFilters(entries, leadDays),
                counted -> { if (isCurrent()) model.countedLater(counted); },
                error -> { if (isCurrent()) model.countedLater(null); });
        Tasks.run(context.background(), this::kits, kits -> {
            if (!isCurrent()) return;
            model.setKits(kits);
            screen.kitsArrived();
        }, error -> { if (isCurrent()) screen.failed(error); });
        try {
            model.setEntriesCountingLater(entries);
            layOut.run();
        } catch (RuntimeException | Error failed) {
            return new Read(entries, null, checks, null, true, failed);
        }
        return new Read(entries, null, checks, null, true, null);
    }

    void readAll() {
        readAll(m -> { });
    }

    /** On the writing thread, just after the commit. */
    private void heard(VaultChange change) {
        if (change.elsewhere() || change.entries().size() > READ_ALL_ABOVE) {
            ui.execute(this::readAll);
            return;
        }
        Map<UUID, ApiKeyEntry> fresh = new LinkedHashMap<>();
        List<BotKits.Overview> kits;
        try {
            for (UUID id : change.entries()) fresh.put(id, service.find(id).orElse(null));
            kits = kits();
        } catch (RuntimeException e) {
            fresh.values().stream().filter(Objects::nonNull).forEach(ApiKeyEntry::wipeSecrets);
            ui.execute(this::readAll); // the vault can tell the whole list, if not these entries
            return;
        }
        ui.execute(() -> show(fresh, kits));
    }

    private void show(Map<UUID, ApiKeyEntry> fresh, List<BotKits.Overview> kits) {
        if (!isCurrent() || !loaded) {
            fresh.values().stream().filter(Objects::nonNull).forEach(ApiKeyEntry::wipeSecrets);
            return; // locked meanwhile, or the first full read (which has these too) is still on its way
        }
        model.setKits(kits);
        model.update(fresh);
        screen.redraw();
    }

    private void show(Read read) {
        model.putChecks(read.checks());
        model.setKits(read.kits());
        model.setEntries(read.entries(), read.sidebar());
    }

    private List<BotKits.Overview> kits() {
        return new BotKits(service).overview(); // the detail pane's "Bot kits"
    }

    /** Not stopped (a lock, a window that could not be shown) and its vault still open. */
    boolean isCurrent() {
        return subscription != null && context.serviceProperty().get() == service;
    }

    /**
     * A read of every entry; {@code inModel} once it was put in the model (on the vault's thread, for a
     * window not shown yet), {@code layOutFailure} if laying it out there threw.
     */
    private record Read(List<ApiKeyEntry> entries, KeysModel.Counted sidebar, Map<UUID, KeyCheck> checks,
                        List<BotKits.Overview> kits, boolean inModel, Throwable layOutFailure) {
        Read(List<ApiKeyEntry> entries, KeysModel.Counted sidebar, Map<UUID, KeyCheck> checks,
             List<BotKits.Overview> kits) {
            this(entries, sidebar, checks, kits, false, null);
        }
    }
}
