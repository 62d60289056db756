package dev.apikeep.ui.keys;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.Settings;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.common.Tasks;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The top bar's light/dark switch: the theme changes at once, and is saved with the vault's settings unless it is read-only. */
final class ThemeToggle {
    private ThemeToggle() {
    }

    static void toggle(AppContext context, Supplier<Window> window) {
        Settings s = context.settings();
        Settings.Theme next = s.theme() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK;
        Settings changed = s.withTheme(next);
        context.settingsProperty().set(changed);
        KeyService service = context.service();
        if (service.isReadOnly()) return;
        Tasks.run(context.background(), () -> {
            service.saveSettings(changed);
            return null;
        }, ok -> { }, error -> Dialogs.error(window.get(), error));
    }
}
