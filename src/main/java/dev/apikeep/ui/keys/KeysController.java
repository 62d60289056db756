package dev.apikeep.ui.keys;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.Settings;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Dialogs;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * Wires the main window to {@link KeysModel}: list, sidebar, detail pane, shortcuts and the status
 * bar. What a click does to a key is {@link KeyActions} (and {@link ExchangeActions},
 * {@link LifecycleUi}); the list follows the vault through {@link KeyListSync}, which listens to the
 * session's change notification, so no action reloads the list after it writes.
 */
public final class KeysController implements KeyDetailPane.Actions {
    private final AppContext context;
    private KeysModel model;
    private KeyDetailPane detail;
    private LifecycleUi lifecycle;
    private KeyListSync sync;
    private ExchangeActions exchange;
    private KeyListWiring lists;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Label readOnlyBadge;
    @FXML private Button addButton;
    @FXML private Button auditButton;
    @FXML private ListView<KeyFilter.Item> sidebar;
    @FXML private ListView<ApiKeyEntry> keyList;
    @FXML private ScrollPane detailScroll;
    /** Around the list and the detail pane: the reminder notice floats over its top-right corner. */
    @FXML private StackPane overlay;
    @FXML private Label clipboardStatus;
    @FXML private Label keyCount;
    @FXML private Label autoLockStatus;
    @FXML private Label undoMessage;
    @FXML private Hyperlink undoLink;
    private UndoOffer undo;
    private KeyActions actions;

    /** Runs once the first full list is shown: the shell's scheduled backup, which must never delay the list. */
    private Runnable afterFirstList = () -> { };

    /** A new reminder lead time in Settings applies to the open list at once. */
    private final javafx.beans.value.ChangeListener<Settings> leadDaysFollowSettings =
            (o, a, b) -> model.leadDaysProperty().set(b.reminderLeadDays());

    public KeysController(AppContext context) {
        this.context = context;
    }

    public KeysModel model() {
        return model;
    }

    /**
     * What needs no open vault, in the "Opening your vault…" state. May run off the FX thread while the
     * vault opens ({@code AppShell.prepareKeys}): it touches nothing shown or shared with the FX thread.
     */
    @FXML
    private void initialize() {
        model = new KeysModel(context.catalog(), context::today);
        detail = new KeyDetailPane(this);
        detail.setLastChecks(id -> model.lastCheck(model.find(id)));
        detail.setKits(id -> KitHolders.describe(model, id));
        detailScroll.setContent(detail);
        searchField.textProperty().bindBidirectional(model.searchProperty());
        lists = new KeyListWiring(model);
        lists.bindSidebar(sidebar);
        lists.bindList(keyList, detail, context.clock(), this::add);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        actions = new KeyActions(context::service, context.background(), Platform::runLater, screen());
    }

    /** For this window built beside the unlock, once it is in its scene: its rows' first styling, paid before the vault's entries arrive ({@link RowWarmUp}). */
    public void warmUpRows() { RowWarmUp.run(keyList, sidebar, context.catalog(), context.today()); }

    /** On the FX thread once the vault is open: what needs it (read-only or not, settings, timers, the list's reads). */
    public void open() { open(null, null); }

    /**
     * As {@link #open()}, for this window while it is not shown yet (built beside the unlock): the
     * first rows are made, styled and laid out on the vault's thread ({@link KeyListSync#startUnshown}),
     * not in one long FX pulse; {@code show} puts the window on screen, on the FX thread, once they are.
     * Should that layout throw, {@code layOutFailed} gets the entries instead (see {@link #abandon}).
     */
    public void openUnshown(Runnable show, BiConsumer<List<ApiKeyEntry>, Throwable> layOutFailed) {
        open(java.util.Objects.requireNonNull(show), layOutFailed);
    }

    private void open(Runnable showWhenLaidOut, BiConsumer<List<ApiKeyEntry>, Throwable> layOutFailed) {
        KeyService service = context.service();
        boolean readOnly = service.isReadOnly();
        model.leadDaysProperty().set(context.settings().reminderLeadDays());
        context.settingsProperty().addListener(leadDaysFollowSettings);
        detail.setReadOnly(readOnly);
        readOnlyBadge.setVisible(readOnly);
        readOnlyBadge.setManaged(readOnly);
        addButton.setDisable(readOnly);
        StatusBar.bind(keyCount, autoLockStatus, model, context.autoLock());
        lifecycle = new LifecycleUi(context, model, this::window, this::showKey, keyList::refresh);
        lifecycle.attachAuditButton(auditButton);
        lifecycle.attachOverlay(overlay);
        exchange = new ExchangeActions(context, model, this::window, this::showKey, this::failed, this::undo);
        sync = new KeyListSync(context, model, Platform::runLater, listScreen());
        // the FX thread's timers change the window only once it is shown, not while the vault's thread lays it out, nor if the show locked or failed
        Runnable shown = () -> { StatusBar.followClipboard(clipboardStatus, context.clipboard()); lifecycle.watchTheDay(); };
        if (showWhenLaidOut == null) {
            sync.start();
            shown.run();
            Platform.runLater(keyList::requestFocus);
        } else {
            Runnable layOut = () -> { root.applyCss(); root.layout(); };
            sync.startUnshown(layOut, () -> { showWhenLaidOut.run(); if (sync.isCurrent()) { shown.run(); keyList.requestFocus(); } }, layOutFailed);
        }
    }

    /** {@code then} runs on the FX thread once the first full list is shown (the shell starts the backup schedule there). */
    public void afterFirstList(Runnable then) {
        afterFirstList = then;
    }

    /** Stops following the vault and wipes every decrypted entry; called on lock and exit (the session stops its own watch). */
    public void dispose() {
        if (model != null) model.wipe(); // first: should what follows throw, no secret outlives the lock
        stopFollowing();
        if (detail != null) detail.clear();
    }

    /** As {@link #dispose()}, its entries dropped unwiped: a window never shown, whose entries another window shows. */
    public void abandon() {
        stopFollowing();
        model.forget();
    }

    private void stopFollowing() {
        if (sync != null) sync.stop();
        context.settingsProperty().removeListener(leadDaysFollowSettings);
        if (lifecycle != null) lifecycle.dispose();
        if (undo != null) undo.dismiss();
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

    @FXML private void openAudit() { lifecycle.openAudit(); }
    @FXML private void openBots() { lifecycle.openBots(); }
    @FXML private void openActivity() { lifecycle.openActivity(); }

    /** Goes to a key: shows a filter that contains it and selects it (the audit's click-through). */
    public void select(UUID id) {
        lifecycle.select(id);
    }

    @FXML private void lock() { context.navigator().lock(); }

    // ---- export, import, backups (ui/transfer, ui/backups) -----------------------------------

    @FXML private void showExport() { dev.apikeep.ui.transfer.TransferDialogs.showExport(window(), context); }

    @FXML
    private void showImport() {
        if (addButton.isDisabled()) return; // read-only vault
        dev.apikeep.ui.transfer.TransferDialogs.showImport(window(), context, this::redraw); // the import's entries arrive as its change
    }

    @FXML private void showBackups() { dev.apikeep.ui.backups.BackupsDialog.show(window(), context); }
    @FXML private void openSettings() { dev.apikeep.ui.settings.SettingsDialog.show(window(), context); }

    @FXML private void toggleTheme() { ThemeToggle.toggle(context, this::window); }

    @Override public void copy(ApiKeyEntry entry, String field) { actions.copy(entry, field); }
    @Override public void revealed(ApiKeyEntry entry, String field) { actions.revealed(entry, field); }

    @Override
    public void edit(ApiKeyEntry entry) {
        Optional<ApiKeyEntry> edited = context.keyEditor().show(window(), context.catalog(), entry, context.today());
        edited.ifPresent(draft -> save(draft, false));
    }

    @Override public void rotate(ApiKeyEntry entry) { lifecycle.rotate(entry); }
    @Override public void exposed(ApiKeyEntry entry) { lifecycle.exposed(entry); }
    @Override public void revoke(ApiKeyEntry entry) { actions.revoke(entry); }
    @Override public void delete(ApiKeyEntry entry) { actions.delete(entry); }
    @Override public void checkWithExchange(ApiKeyEntry entry) { exchange.check(entry); }
    @Override public void useExchangeValues(ApiKeyEntry entry, KeyCheck check) { exchange.useValues(entry, check); }

    private void save(ApiKeyEntry draft, boolean isNew) { actions.save(draft, isNew); }

    /** The window's answers to {@link KeyActions}: dialogs, the list, the undo bar, the clipboard. */
    private KeyActions.Screen screen() {
        return new KeyActions.Screen() {
            @Override public boolean confirm(String title, String text, String action) {
                return Dialogs.confirm(window(), title, text, action);
            }
            @Override public void changed(UUID select) { showKey(select); }
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

    /** After an error the list may not be what the vault holds: read it all again. */
    private void failed(Throwable error) {
        Dialogs.error(window(), error);
        sync.readAll();
    }

    /** The list's answers to {@link KeyListSync}. */
    private KeyListSync.Screen listScreen() {
        return new KeyListSync.Screen() {
            @Override public void firstLoaded(KeyService service) {
                lifecycle.afterUnlock(service);
                afterFirstList.run();
            }
            @Override public void redraw() { KeysController.this.redraw(); }
            @Override public void kitsArrived() { lists.redrawDetail(detail); }
            @Override public void failed(Throwable error) { Dialogs.error(window(), error); }
        };
    }

    /**
     * Selects {@code id} once a write that touched it is in the list (showing a filter that holds
     * it), or with null, only redraws: the shown key's check, kits or "last used" may have changed.
     */
    void showKey(UUID id) {
        ApiKeyEntry chosen = id == null ? null : model.find(id);
        if (chosen != null) {
            if (!model.visible().contains(chosen)) model.filterProperty().set(chosen.isRevoked() ? KeyFilter.REVOKED : KeyFilter.ALL);
            model.selectedProperty().set(chosen);
        }
        redraw();
    }

    private void redraw() {
        lists.redraw(keyList, detail);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
