package dev.apikeep.ui.keys;

import dev.apikeep.app.ExchangeChecks;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.Settings;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ExchangeConsent;
import dev.apikeep.ui.common.Tasks;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The detail pane's exchange buttons: "Check with exchange" (after the consent, off the FX thread,
 * the check kept in the vault) and "Use the exchange's values" with its Undo. The list follows the
 * session's change notification; these only say which key to show.
 */
final class ExchangeActions {
    private final AppContext context;
    private final KeysModel model;
    private final Supplier<Window> window;
    private final Consumer<UUID> show;
    private final Consumer<Throwable> failed;
    private final Supplier<UndoOffer> undo;

    /**
     * @param show   selects a key (or with null, redraws the shown one) once its check or values are in
     * @param failed reports an error (and reads the list again)
     */
    ExchangeActions(AppContext context, KeysModel model, Supplier<Window> window, Consumer<UUID> show,
                    Consumer<Throwable> failed, Supplier<UndoOffer> undo) {
        this.context = context;
        this.model = model;
        this.window = window;
        this.show = show;
        this.failed = failed;
        this.undo = undo;
    }

    void check(ApiKeyEntry entry) {
        if (!ExchangeConsent.ask(window.get(), context)) return;
        Settings settings = context.settings();
        KeyService service = context.service();
        Tasks.run(context.background(), () -> ExchangeChecks.create(context.catalog(), ExchangeChecks.DEFAULT_TIMEOUT,
                        settings.proxy(), exchangeEnvironment(), context.clock()).checkAndRecord(service, entry),
                check -> {
                    model.putChecks(Map.of(entry.id(), check));
                    show.accept(entry.id());
                }, failed);
    }

    void useValues(ApiKeyEntry entry, KeyCheck check) {
        KeyService service = context.service();
        ApiKeyEntry before = entry.withCopiedSecrets(); // the list wipes replaced values when the change arrives
        Tasks.run(context.background(), () -> ExchangeChecks.apply(service, entry, check), stored -> {
            show.accept(stored.id()); // the stored check, held against the new values, now reads "agrees"
            undo.get().offer(Messages.format("keys.usedExchangeValues", context.catalog().forEntry(entry).name(), stored.label()),
                    () -> Tasks.run(context.background(), () -> service.edit(before.withRevision(stored.revision()),
                                    ExchangeChecks.UNDO_DETAIL),
                            restored -> {
                                before.wipeSecrets();
                                show.accept(restored.id());
                            }, error -> {
                                before.wipeSecrets();
                                failed.accept(error);
                            }), before::wipeSecrets);
        }, error -> {
            before.wipeSecrets();
            failed.accept(error);
        });
    }

    /**
     * The environment for exchange requests: the process's, plus {@code -DAPIKEEP_EXCHANGE_URL_<ID>=...}
     * system properties (a launcher or a test can point one exchange at another host; the same
     * loopback-only rule for plain http applies).
     */
    static Map<String, String> exchangeEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("APIKEEP_EXCHANGE_URL_"))
                .forEach(n -> env.put(n, System.getProperty(n)));
        return env;
    }
}
