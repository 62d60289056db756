package dev.apikeep.ui.keys;

import dev.apikeep.app.ExchangeChecks;
import dev.apikeep.app.Settings;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ExchangeConsent;
import dev.apikeep.ui.common.ExchangeFill;
import dev.apikeep.ui.common.Tasks;
import java.util.function.Consumer;
import javafx.stage.Window;

/** The editor's "Fill from exchange" in the window: the same consent as a check, the request off the FX thread. */
final class EditorFill implements ExchangeFill {
    private final AppContext context;

    EditorFill(AppContext context) {
        this.context = context;
    }

    @Override
    public void ask(Window owner, ApiKeyEntry draft, Consumer<ExchangeSays> said, Consumer<String> failed) {
        if (!ExchangeConsent.ask(owner, context)) {
            failed.accept(dev.apikeep.domain.Messages.get("editor.fill.noConsent"));
            return;
        }
        Settings settings = context.settings();
        Tasks.run(context.background(), () -> ExchangeChecks.create(context.catalog(), ExchangeChecks.DEFAULT_TIMEOUT,
                settings.proxy(), ExchangeActions.exchangeEnvironment(), context.clock()).fetch(draft), said,
                error -> failed.accept(error.getMessage() == null ? dev.apikeep.domain.Messages.get("editor.fill.failed") : error.getMessage()));
    }
}
