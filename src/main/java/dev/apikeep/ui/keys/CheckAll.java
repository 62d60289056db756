package dev.apikeep.ui.keys;

import dev.apikeep.app.ExchangeChecks;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.Settings;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.AuditFinding;
import dev.apikeep.ui.audit.AuditModel;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ExchangeConsent;
import dev.apikeep.ui.common.ErrorText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * "Check all" in the audit: asks each active key's exchange in turn, only when the user clicks and
 * after the same consent as a single check. It runs on a thread of its own, not the vault thread,
 * which it would hold for minutes; each answer is stored as it comes. Cancel, closing the audit or
 * locking stops it: answers that arrive afterwards are dropped.
 */
final class CheckAll {
    private final AppContext context;
    private final KeysModel model;
    /** The run in progress; null when none. Touched on the FX thread only. */
    private AtomicBoolean running;

    CheckAll(AppContext context, KeysModel model) {
        this.context = context;
        this.model = model;
    }

    /**
     * Offers "Check all" in {@code audit}; {@code refreshed} recomputes the findings once the run ends
     * and hands them to the consumer it is given.
     */
    void offerIn(AuditModel audit, Supplier<Window> owner, Consumer<Consumer<List<AuditFinding>>> refreshed) {
        audit.offerCheckAll(() -> start(audit, owner.get(), refreshed), this::stop);
    }

    private void start(AuditModel audit, Window owner, Consumer<Consumer<List<AuditFinding>>> refreshed) {
        if (running != null || !ExchangeConsent.ask(owner, context)) return;
        KeyService service = context.service();
        Settings settings = context.settings();
        List<ApiKeyEntry> entries = model.entries().stream().filter(e -> !e.isRevoked()).map(ApiKeyEntry::withCopiedSecrets).toList();
        AtomicBoolean stop = new AtomicBoolean();
        running = stop;
        int total = entries.size();
        audit.checkStarted(total);
        Thread worker = new Thread(() -> {
            try {
                ExchangeChecks checks = ExchangeChecks.create(context.catalog(), ExchangeChecks.DEFAULT_TIMEOUT, settings.proxy(),
                        ExchangeActions.exchangeEnvironment(), context.clock());
                int done = checks.checkAll(service, entries, stop::get, p -> Platform.runLater(() -> {
                    if (stop.get()) return;
                    model.putChecks(Map.of(p.last().id(), p.check()));
                    audit.checkProgressed(p.done(), p.total());
                })).size();
                Platform.runLater(() -> finish(stop, () -> refreshed.accept(findings -> audit.checkEnded(done, total, false, findings))));
            } catch (RuntimeException e) {
                ErrorText.Message message = ErrorText.of(e);
                Platform.runLater(() -> finish(stop, () -> audit.checkFailed(message.what() + " " + message.whatToDo())));
            } finally {
                entries.forEach(ApiKeyEntry::wipeSecrets);
            }
        }, "apikeep-check-all");
        worker.setDaemon(true);
        worker.start();
    }

    /** Ends the run on the FX thread, unless Cancel ended it already. */
    private void finish(AtomicBoolean run, Runnable show) {
        if (running != run) return;
        running = null;
        show.run();
    }

    /** Cancel (the audit then shows how far it got). */
    private void stop() {
        dispose();
    }

    /** Stops a run: Cancel, the audit closed, or the vault locked. */
    void dispose() {
        if (running != null) running.set(true);
        running = null;
    }
}
