package dev.apikeep.ui.common;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeSays;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * The editor's "Fill from exchange": asks the draft's exchange what the typed key may do, after the
 * same consent as "Check with exchange". Called on the FX thread; answers on it, exactly once.
 * The caller owns {@code draft} and wipes it once an answer came.
 */
@FunctionalInterface
public interface ExchangeFill {
    /**
     * @param said   what the exchange said
     * @param failed a message to show (refused, unreachable, no consent); nothing was changed
     */
    void ask(Window owner, ApiKeyEntry draft, Consumer<ExchangeSays> said, Consumer<String> failed);
}
