package dev.apikeep.ui.keys;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.AuditFinding;
import dev.apikeep.domain.AuditRules;
import dev.apikeep.domain.CheckFindings;
import dev.apikeep.domain.Reminders;
import dev.apikeep.ui.activity.ActivityDialog;
import dev.apikeep.ui.activity.ActivityModel;
import dev.apikeep.ui.audit.AuditDialog;
import dev.apikeep.ui.audit.AuditModel;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.KitChecks;
import dev.apikeep.ui.bots.BotsDialog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.DayWatch;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.reminders.ReminderNotice;
import dev.apikeep.ui.reminders.ReminderSummary;
import dev.apikeep.ui.exposed.ExposedDialog;
import dev.apikeep.ui.rotate.RotateDialog;
import dev.apikeep.ui.rotate.RotateModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The key-lifecycle parts of the main window, kept out of {@link KeysController} so it stays thin:
 * the reminder notification after unlock, the day-change refresh, the Audit button's badge, and the
 * audit, activity, rotate and "secret exposed?" dialogs.
 */
final class LifecycleUi {
    private final AppContext context;
    private final KeysModel model;
    private final Supplier<Window> window;
    /** Selects a key once a write that touched it is in the list; with null, redraws the shown key. */
    private final Consumer<UUID> showKey;
    private final DayWatch dayWatch;
    private final Timeline dayTimer;
    private final Label auditCount = new Label();
    private Button auditButton;
    private final CheckAll checkAll;
    private javafx.collections.ObservableList<ApiKeyEntry> watchedEntries;
    private javafx.scene.layout.StackPane overlay;
    /** Bumped on the FX thread per change of the list; only the newest count is shown. */
    private volatile long auditRound;

    LifecycleUi(AppContext context, KeysModel model, Supplier<Window> window, Consumer<UUID> showKey, Runnable redrawList) {
        this.context = context;
        this.model = model;
        this.window = window;
        this.showKey = showKey;
        this.checkAll = new CheckAll(context, model);
        this.dayWatch = new DayWatch(context::today);
        this.dayTimer = new Timeline(new KeyFrame(Duration.millis(DayWatch.CHECK_EVERY.toMillis()), e -> {
            if (dayWatch.dayChanged()) {
                model.dayChanged();
                redrawList.run();
                updateAuditBadge();
            }
        }));
        dayTimer.setCycleCount(Timeline.INDEFINITE);
        // entries() is an unmodifiable wrapper that listens weakly to the real list: keep it, or it is collected with our listener
        watchedEntries = model.entries();
        watchedEntries.addListener((ListChangeListener<ApiKeyEntry>) c -> updateAuditBadge());
    }

    /** Once the window is shown: a change of day redraws it on the FX thread, not while the vault's thread lays it out unshown. */
    void watchTheDay() {
        dayTimer.play();
    }

    /** The stack around the window's centre (list and detail) over whose top-right corner the reminder toast floats. */
    void attachOverlay(javafx.scene.layout.StackPane overlay) {
        this.overlay = overlay;
    }

    /** Puts the "Audit 3" look on the top bar's button. */
    void attachAuditButton(Button button) {
        this.auditButton = button;
        auditCount.getStyleClass().addAll(Styles.BADGE, Styles.DANGER, Styles.AUDIT_COUNT);
        auditCount.setId("auditCount");
        Label text = new Label(Messages.get("keys.auditButton"));
        HBox graphic = new HBox(6, new FontIcon(Feather.SHIELD), text, auditCount);
        graphic.setAlignment(Pos.CENTER_LEFT);
        button.setText(null);
        button.setGraphic(graphic);
        // counted once the first entries are in (an empty vault's too): before, there is nothing to
        // count, and the audit's read of the kits would hold up the vault's thread ahead of the list
        if (model.loadingProperty().get()) {
            model.loadingProperty().addListener((o, was, loading) -> {
                if (!loading) updateAuditBadge();
            });
        } else {
            updateAuditBadge();
        }
    }

    void dispose() {
        dayTimer.stop();
        checkAll.dispose();
    }

    /**
     * The audit over a copy of the entries, on the background thread: at 10,000 keys it is too long
     * for the FX thread, which would freeze the window on every change of the list.
     */
    private void audit(BooleanSupplier wanted, Consumer<List<AuditFinding>> then) {
        List<ApiKeyEntry> entries = List.copyOf(model.entries());
        java.util.Map<UUID, dev.apikeep.domain.KeyCheck> checks = model.lastChecks(entries);
        LocalDate today = model.today();
        int lead = model.leadDaysProperty().get();
        KeyService service = context.serviceProperty().get();
        Tasks.run(context.background(),
                () -> wanted.getAsBoolean() ? withCheckFindings(AuditRules.audit(entries, context.catalog(), today, lead),
                        CheckFindings.of(entries, checks, context.catalog()), kitFindings(service, lead)) : null,
                findings -> {
                    if (findings != null && wanted.getAsBoolean()) then.accept(findings);
                },
                error -> { }); // the entries were wiped by a lock meanwhile: nothing left to audit
    }

    /** The rules' findings and those from the last checks with the exchanges, most severe first. */
    private static List<AuditFinding> withCheckFindings(List<AuditFinding> rules, List<AuditFinding> fromChecks,
                                                        List<AuditFinding> fromKits) {
        List<AuditFinding> all = new java.util.ArrayList<>(rules);
        all.addAll(fromChecks);
        all.addAll(fromKits);
        all.sort(java.util.Comparator.comparing(AuditFinding::severity));
        return all;
    }

    /** What the audit says about the bot kits (the command line's audit says the same); none when locked. */
    private static List<AuditFinding> kitFindings(KeyService service, int lead) {
        return service == null ? List.of() : new KitChecks(service).findings(lead);
    }

    /** Recounted on every change of the list; a newer change makes an older count moot. */
    private void updateAuditBadge() {
        long round = ++auditRound;
        audit(() -> round == auditRound, this::showAuditCount);
    }

    private void showAuditCount(List<AuditFinding> findings) {
        int n = AuditModel.badgeCount(findings);
        auditCount.setText(Integer.toString(n));
        auditCount.setVisible(n > 0);
        auditCount.setManaged(n > 0);
        if (auditButton != null) auditButton.setAccessibleText(Messages.format("keys.audit.accessible", String.valueOf(n)));
    }

    /** Once per unlock, after the entries loaded: what expires or is overdue, and wrong passwords typed. */
    void afterUnlock(KeyService service) {
        int lead = context.settings().reminderLeadDays();
        List<ApiKeyEntry> entries = List.copyOf(model.entries());
        LocalDate today = model.today();
        Tasks.run(context.background(), () -> java.util.Map.entry(Reminders.due(entries, context.catalog(), today, lead),
                        new KitChecks(service).reminders(lead)),
                due -> ReminderSummary.of(due.getKey(), due.getValue(), lead, service.failedUnlocksAtOpen().orElse(null))
                        .ifPresent(summary -> ReminderNotice.show(overlay, summary, due.getKey().isEmpty()
                                ? this::openBots // only kits to see to
                                : () -> model.filterProperty().set(KeyFilter.ATTENTION))),
                error -> { }); // locked before the reminders were counted
        service.rollbackWarning().ifPresent(warning -> ReminderNotice.show(overlay, new ReminderSummary(
                ReminderSummary.Level.CRITICAL, Messages.get("keys.warning.rollback"), capitalised(warning)), () -> { }));
        service.kdfWarning().ifPresent(warning -> ReminderNotice.show(overlay, new ReminderSummary(
                ReminderSummary.Level.CRITICAL, Messages.get("keys.warning.kdfSwitched"), capitalised(warning)), () -> { }));
    }

    /** Goes to a key in the list: switches to a filter that shows it, then selects it. */
    void select(UUID id) {
        ApiKeyEntry entry = model.find(id);
        if (entry == null) return;
        if (!model.visible().contains(entry)) {
            model.searchProperty().set("");
            if (!model.visible().contains(entry)) model.filterProperty().set(entry.isRevoked() ? KeyFilter.REVOKED : KeyFilter.ALL);
        }
        model.selectedProperty().set(entry);
    }

    void openAudit() {
        audit(() -> true, findings -> {
            showAuditCount(findings);
            AuditModel audit = new AuditModel();
            audit.setFindings(findings);
            checkAll.offerIn(audit, window, show -> {
                audit(() -> true, fresh -> {
                    showAuditCount(fresh);
                    show.accept(fresh);
                });
                showKey.accept(null); // the detail pane shows the new last check
            });
            AuditDialog.show(window.get(), audit).ifPresent(this::select);
        });
    }

    void openActivity() {
        KeyService service = context.service();
        List<ApiKeyEntry> entries = List.copyOf(model.entries());
        Tasks.run(context.background(), () -> service.events(0), events -> {
            ActivityModel activity = new ActivityModel(context.clock().getZone());
            activity.setEvents(events, entries);
            ActivityDialog.create(window.get(), activity).showAndWait();
        }, error -> Dialogs.error(window.get(), error));
    }

    void rotate(ApiKeyEntry old) {
        withKitNames(old.id(), kits -> rotate(old, kits));
    }

    private void rotate(ApiKeyEntry old, List<String> kitsToReissue) {
        RotateModel rotate = new RotateModel(old, model.exchangeOf(old));
        rotate.setKitsToReissue(kitsToReissue);
        KeyService service = context.service();
        RotateDialog.create(window.get(), rotate, (m, done, failed) -> Tasks.run(context.background(),
                () -> service.rotate(old, m.newApiKey(), m.newSecret(), m.newPassphrase(), m.keptPermissions()),
                rotation -> {
                    done.accept(rotation);
                    showKey.accept(rotation.replacement().id());
                },
                error -> {
                    Dialogs.error(window.get(), error);
                    failed.accept(error);
                })).showAndWait();
    }

    /** The Bots view; a "Rotate…" chosen in its forget checklist opens the rotate dialog for that key's current version. */
    void openBots() {
        Optional<UUID> rotateNext = BotsDialog.create(window.get(), context, List.copyOf(model.entries())).showAndWait();
        showKey.accept(null); // the kits changed: the detail pane's "Bot kits" row follows
        rotateNext.map(model::find).map(this::currentVersion).filter(e -> !e.isRevoked()).ifPresent(this::rotate);
    }

    /** Follows rotations from {@code entry} to the key that replaced it, if any. */
    private ApiKeyEntry currentVersion(ApiKeyEntry entry) {
        ApiKeyEntry current = entry;
        for (int hops = 0; current.isRevoked() && current.rotatedTo() != null && hops < 100; hops++) {
            ApiKeyEntry next = model.find(current.rotatedTo());
            if (next == null) break;
            current = next;
        }
        return current;
    }

    void exposed(ApiKeyEntry entry) {
        withKitNames(entry.id(), kits -> {
            boolean rotateNow = ExposedDialog.create(window.get(), entry, model.exchangeOf(entry), kits).showAndWait().orElse(false);
            if (rotateNow) rotate(entry, kits);
        });
    }

    /**
     * The names of the bot kits holding key {@code id}, to {@code then}; read first while the window's
     * first read of the kits has not arrived (or failed): "in no kit" then would leave a leaked key in a
     * bot's kit unmentioned.
     */
    private void withKitNames(UUID id, Consumer<List<String>> then) {
        if (model.kitsKnown()) {
            then.accept(KitHolders.names(model.kitsHolding(id)));
            return;
        }
        KeyService service = context.service();
        Tasks.run(context.background(), () -> new BotKits(service).overview(), kits -> {
            model.setKits(kits);
            then.accept(KitHolders.names(model.kitsHolding(id)));
        }, error -> Dialogs.error(window.get(), error));
    }

    /** Copying from a revoked key needs a yes first. */
    boolean mayCopy(ApiKeyEntry entry) {
        if (!entry.isRevoked()) return true;
        String on = entry.revokedAt() == null ? "" : Messages.format("keys.copyRevoked.on", entry.revokedAt().toString());
        String replaced = entry.rotatedTo() == null ? "" : Messages.get("keys.copyRevoked.replaced");
        return Dialogs.confirm(window.get(), Messages.get("keys.copyRevoked.title"),
                Messages.format("keys.copyRevoked.text", entry.label(), on, replaced), Messages.get("keys.copyRevoked.button"));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
