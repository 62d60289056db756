package dev.apikeep.ui.keys;

import dev.apikeep.app.Messages;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.Settings;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.app.ExchangeChecks;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ExchangeConsent;
import dev.apikeep.ui.common.AutoLock;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.common.Tasks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Wires the main window to {@link KeysModel}: list, sidebar, detail pane, shortcuts and the status
 * bar. What a click does to a key is {@link KeyActions}; vault work goes to the background thread;
 * the session tells the window when the command line wrote, so those changes show up.
 */
public final class KeysController implements KeyDetailPane.Actions {
    /** How often to look for writes by the command line: cheap (one pragma), and soon enough to notice. */
    static final java.time.Duration OUTSIDE_CHANGES_EVERY = java.time.Duration.ofSeconds(2);

    private final AppContext context;
    private KeysModel model;
    private KeyDetailPane detail;
    private LifecycleUi lifecycle;
    private boolean unlockNoticeShown;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Label readOnlyBadge;
    @FXML private Button addButton;
    @FXML private Button auditButton;
    @FXML private ListView<KeyFilter.Item> sidebar;
    @FXML private ListView<ApiKeyEntry> keyList;
    @FXML private ScrollPane detailScroll;
    @FXML private Label clipboardStatus;
    @FXML private Label keyCount;
    @FXML private Label autoLockStatus;
    @FXML private Label undoMessage;
    @FXML private Hyperlink undoLink;
    private UndoOffer undo;
    private KeyActions actions;

    /** A new reminder lead time in Settings applies to the open list at once. */
    private final javafx.beans.value.ChangeListener<Settings> leadDaysFollowSettings =
            (o, a, b) -> model.leadDaysProperty().set(b.reminderLeadDays());

    public KeysController(AppContext context) {
        this.context = context;
    }

    public KeysModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        KeyService service = context.service();
        boolean readOnly = service.isReadOnly();
        model = new KeysModel(context.catalog(), context::today);
        model.leadDaysProperty().set(context.settings().reminderLeadDays());
        context.settingsProperty().addListener(leadDaysFollowSettings);
        detail = new KeyDetailPane(this, readOnly);
        detail.setLastChecks(id -> model.lastCheck(model.find(id)));
        detail.setKits(id -> KitHolders.describe(model.kitsHolding(id)));
        detailScroll.setContent(detail);
        readOnlyBadge.setVisible(readOnly);
        readOnlyBadge.setManaged(readOnly);
        addButton.setDisable(readOnly);

        searchField.textProperty().bindBidirectional(model.searchProperty());
        sidebar.setItems(model.filters());
        sidebar.setCellFactory(list -> new FilterCell());
        sidebar.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) model.filterProperty().set(item.filter());
        });
        model.filters().addListener((javafx.collections.ListChangeListener<KeyFilter.Item>) c -> reselectFilter());
        model.filterProperty().addListener((o, a, b) -> reselectFilter()); // set from elsewhere (the reminder notice)
        reselectFilter();

        keyList.setItems(model.visible());
        keyList.setCellFactory(list -> new KeyCell(model, () -> Instant.now(context.clock())));
        keyList.setPlaceholder(placeholder());
        keyList.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            // replacing the selected entry briefly empties the list's selection; the model selects
            // the new copy itself, and passing the gap on would clear the detail pane (and a reveal)
            if (entry == null && replacingEntry) return;
            model.selectedProperty().set(entry);
        });
        model.selectedProperty().addListener((o, a, entry) -> {
            if (entry == null) {
                detail.clear();
                keyList.getSelectionModel().clearSelection();
            } else {
                if (keyList.getSelectionModel().getSelectedItem() != entry) keyList.getSelectionModel().select(entry);
                detail.show(entry, model.exchangeOf(entry), model.today(), model.leadDaysProperty().get());
            }
        });
        model.entries().addListener((javafx.collections.ListChangeListener<ApiKeyEntry>) c -> keyList.setPlaceholder(placeholder()));
        model.searchProperty().addListener((o, a, b) -> keyList.setPlaceholder(placeholder()));
        model.loadingProperty().addListener((o, a, b) -> keyList.setPlaceholder(placeholder()));

        clipboardStatus.textProperty().bind(Bindings.createStringBinding(() -> {
            int s = context.clipboard().secondsLeftProperty().get();
            return s > 0 ? Messages.format("keys.clipboardClears", s) : "";
        }, context.clipboard().secondsLeftProperty()));
        clipboardStatus.visibleProperty().bind(context.clipboard().secondsLeftProperty().greaterThan(0));
        clipboardStatus.managedProperty().bind(clipboardStatus.visibleProperty());
        keyCount.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("keys.shown", model.visible().size()), model.visible()));
        AutoLock autoLock = context.autoLock();
        if (autoLock != null) {
            autoLockStatus.textProperty().bind(Bindings.createStringBinding(
                    () -> Messages.format("keys.autoLockIn", AutoLock.format(autoLock.secondsLeftProperty().get())), autoLock.secondsLeftProperty()));
        }
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        actions = new KeyActions(context::service, context.background(), Platform::runLater, screen());
        lifecycle = new LifecycleUi(context, model, this::window, this::reload, keyList::refresh);
        lifecycle.attachAuditButton(auditButton);
        lifecycle.attachOverlay(root);
        reload(null);
        context.session().watchOutsideChanges(context.background(), OUTSIDE_CHANGES_EVERY, () -> Platform.runLater(() -> {
            if (context.serviceProperty().get() == service) reload(null);
        }));
        Platform.runLater(keyList::requestFocus);
    }

    /** Wipes every decrypted entry; called on lock and exit (the session stops its own watch). */
    public void dispose() {
        context.settingsProperty().removeListener(leadDaysFollowSettings);
        if (lifecycle != null) lifecycle.dispose();
        if (undo != null) undo.dismiss();
        detail.clear();
        model.wipe();
    }

    // ---- shortcuts ---------------------------------------------------------------------------

    private void shortcut(KeyEvent e) {
        if (!e.isShortcutDown()) return;
        ApiKeyEntry selected = model.selectedProperty().get();
        KeyCode code = e.getCode();
        if (code == KeyCode.F) {
            searchField.requestFocus();
            searchField.selectAll();
        } else if (code == KeyCode.N) {
            add();
        } else if (code == KeyCode.L) {
            lock();
        } else if (code == KeyCode.C && selected != null) {
            copy(selected, "secret");
        } else if (code == KeyCode.B && selected != null) {
            copy(selected, "key");
        } else {
            return;
        }
        e.consume();
    }

    // ---- actions -----------------------------------------------------------------------------

    @FXML
    private void add() {
        if (addButton.isDisabled()) return;
        Optional<ApiKeyEntry> created = context.keyEditor().show(window(), context.catalog(), null, context.today(), new EditorFill(context));
        created.ifPresent(draft -> save(draft, true));
    }

    @FXML
    private void openAudit() {
        lifecycle.openAudit();
    }

    @FXML
    private void openBots() {
        lifecycle.openBots();
    }

    @FXML
    private void openActivity() {
        lifecycle.openActivity();
    }

    /** Goes to a key: shows a filter that contains it and selects it (the audit's click-through). */
    public void select(UUID id) {
        lifecycle.select(id);
    }

    @FXML
    private void lock() {
        context.navigator().lock();
    }

    // ---- export, import, backups (ui/transfer, ui/backups) -----------------------------------

    @FXML
    private void showExport() {
        dev.apikeep.ui.transfer.TransferDialogs.showExport(window(), context);
    }

    @FXML
    private void showImport() {
        if (addButton.isDisabled()) return; // read-only vault
        dev.apikeep.ui.transfer.TransferDialogs.showImport(window(), context, () -> reload(null));
    }

    @FXML
    private void showBackups() {
        dev.apikeep.ui.backups.BackupsDialog.show(window(), context);
    }

    @FXML
    private void openSettings() {
        dev.apikeep.ui.settings.SettingsDialog.show(window(), context);
    }

    @FXML
    private void toggleTheme() {
        Settings s = context.settings();
        Settings.Theme next = s.theme() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK;
        Settings changed = s.withTheme(next);
        context.settingsProperty().set(changed);
        KeyService service = context.service();
        if (service.isReadOnly()) return;
        Tasks.run(context.background(), () -> {
            service.saveSettings(changed);
            return null;
        }, ok -> { }, error -> Dialogs.error(window(), error));
    }

    @Override
    public void copy(ApiKeyEntry entry, String field) {
        actions.copy(entry, field);
    }

    @Override
    public void revealed(ApiKeyEntry entry, String field) {
        actions.revealed(entry, field);
    }

    private boolean replacingEntry;

    /** "Last used" changed: swap in the stored copy without disturbing the selection or a reveal. */
    private void replaceQuietly(ApiKeyEntry stored) {
        if (model.find(stored.id()) == null) return;
        replacingEntry = true;
        try {
            model.replace(stored);
        } finally {
            replacingEntry = false;
        }
    }

    @Override
    public void edit(ApiKeyEntry entry) {
        Optional<ApiKeyEntry> edited = context.keyEditor().show(window(), context.catalog(), entry, context.today());
        edited.ifPresent(draft -> save(draft, false));
    }

    @Override
    public void rotate(ApiKeyEntry entry) {
        lifecycle.rotate(entry);
    }

    @Override
    public void exposed(ApiKeyEntry entry) {
        lifecycle.exposed(entry);
    }

    @Override
    public void revoke(ApiKeyEntry entry) {
        actions.revoke(entry);
    }

    @Override
    public void delete(ApiKeyEntry entry) {
        actions.delete(entry);
    }

    @Override
    public void checkWithExchange(ApiKeyEntry entry) {
        if (!ExchangeConsent.ask(window(), context)) return;
        Settings settings = context.settings();
        KeyService service = context.service();
        Tasks.run(context.background(), () -> ExchangeChecks.create(context.catalog(), ExchangeChecks.DEFAULT_TIMEOUT,
                        settings.proxy(), exchangeEnvironment(), context.clock()).checkAndRecord(service, entry),
                check -> {
                    model.putChecks(java.util.Map.of(entry.id(), check));
                    reload(entry.id());
                }, this::failed);
    }

    /**
     * The environment for exchange requests: the process's, plus {@code -DAPIKEEP_EXCHANGE_URL_<ID>=...}
     * system properties (a launcher or a test can point one exchange at another host; the same
     * loopback-only rule for plain http applies).
     */
    static java.util.Map<String, String> exchangeEnvironment() {
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("APIKEEP_EXCHANGE_URL_"))
                .forEach(n -> env.put(n, System.getProperty(n)));
        return env;
    }

    @Override
    public void useExchangeValues(ApiKeyEntry entry, KeyCheck check) {
        KeyService service = context.service();
        ApiKeyEntry before = entry.withCopiedSecrets(); // the list wipes replaced values on reload
        Tasks.run(context.background(), () -> ExchangeChecks.apply(service, entry, check), stored -> {
            reload(stored.id()); // the stored check, held against the new values, now reads "agrees"
            undo().offer(Messages.format("keys.usedExchangeValues", context.catalog().forEntry(entry).name(), stored.label()),
                    () -> Tasks.run(context.background(), () -> service.edit(before.withRevision(stored.revision()), "undo: values from the exchange") /* NON-NLS: activity-log detail */,
                            restored -> {
                                before.wipeSecrets();
                                reload(restored.id());
                            }, error -> {
                                before.wipeSecrets();
                                failed(error);
                            }), before::wipeSecrets);
        }, error -> {
            before.wipeSecrets();
            failed(error);
        });
    }

    private void save(ApiKeyEntry draft, boolean isNew) {
        actions.save(draft, isNew);
    }

    /** The window's answers to {@link KeyActions}: dialogs, the list, the undo bar, the clipboard. */
    private KeyActions.Screen screen() {
        return new KeyActions.Screen() {
            @Override public boolean confirm(String title, String text, String action) {
                return Dialogs.confirm(window(), title, text, action);
            }
            @Override public void changed(UUID select) { reload(select); }
            @Override public void replaced(ApiKeyEntry stored) { replaceQuietly(stored); }
            @Override public void failed(Throwable error) { KeysController.this.failed(error); }
            @Override public void offerUndo(String message, Runnable undoIt, Runnable expired) {
                undo().offer(message, undoIt, expired);
            }
            @Override public boolean mayCopy(ApiKeyEntry entry) { return lifecycle.mayCopy(entry); }
            @Override public void copyToClipboard(String value) {
                context.clipboard().copy(value, context.settings().clipboardClearSeconds());
            }
        };
    }

    private UndoOffer undo() {
        if (undo == null) undo = new UndoOffer(undoMessage, undoLink);
        return undo;
    }

    private void failed(Throwable error) {
        Dialogs.error(window(), error);
        reload(null);
    }

    /** Reads every entry on the background thread and shows them, selecting {@code select} if given. */
    void reload(UUID select) {
        KeyService service = context.serviceProperty().get();
        if (service == null) return; // locked while a background task (an exchange check) was running
        List<dev.apikeep.app.kit.BotKits.Overview> kits = new java.util.concurrent.CopyOnWriteArrayList<>();
        Tasks.run(context.background(), () -> {
            List<ApiKeyEntry> entries = service.list(true);
            kits.addAll(new dev.apikeep.app.kit.BotKits(service).overview()); // the detail pane's "Bot kits"
            return java.util.Map.entry(entries, ExchangeChecks.lastChecks(service, entries));
        }, loaded -> {
            List<ApiKeyEntry> fresh = loaded.getKey();
            if (context.serviceProperty().get() != service) {
                fresh.forEach(ApiKeyEntry::wipeSecrets);
                return;
            }
            model.putChecks(loaded.getValue());
            model.setKits(kits);
            model.setEntries(fresh);
            if (!unlockNoticeShown) {
                unlockNoticeShown = true;
                lifecycle.afterUnlock(service);
            }
            if (select != null) {
                ApiKeyEntry chosen = model.find(select);
                if (chosen != null && !model.visible().contains(chosen)) model.filterProperty().set(
                        chosen.isRevoked() ? KeyFilter.REVOKED : KeyFilter.ALL);
                model.selectedProperty().set(chosen);
            }
        }, error -> Dialogs.error(window(), error));
    }

    private void reselectFilter() {
        KeyFilter current = model.filterProperty().get();
        for (KeyFilter.Item item : model.filters()) {
            if (item.filter().equals(current)) {
                if (sidebar.getSelectionModel().getSelectedItem() != item) sidebar.getSelectionModel().select(item);
                return;
            }
        }
    }

    private Region placeholder() {
        return EmptyState.of(model, this::add);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
