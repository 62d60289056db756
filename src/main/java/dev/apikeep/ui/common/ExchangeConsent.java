package dev.apikeep.ui.common;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.Settings;
import javafx.stage.Window;

/**
 * "Contact exchanges when I ask" is off in a new vault. The first check asks once and says what is
 * sent; yes turns the setting on (saved in the vault), no sends nothing. Settings can turn it off again.
 */
public final class ExchangeConsent {
    private ExchangeConsent() {
    }

    /** True when contacting exchanges is allowed (already, or now by the user's yes). */
    public static boolean ask(Window owner, AppContext context) {
        if (context.settings().contactExchanges()) return true;
        if (!Dialogs.confirm(owner, Messages.get("consent.title"), Messages.get("consent.whatIsSent"), Messages.get("consent.button"))) return false;
        Settings changed = context.settings().withContactExchanges(true);
        context.settingsProperty().set(changed);
        KeyService service = context.service();
        if (!service.isReadOnly()) {
            Tasks.run(context.background(), () -> {
                service.saveSettings(changed, java.util.List.of("contactExchanges"));
                return null;
            }, ok -> { }, error -> Dialogs.error(owner, error));
        }
        return true;
    }
}
