package dev.apikeep.ui.settings;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.Settings;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.ui.common.Tasks;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The preferences' way to the vault: a change takes effect at once (the {@link AppContext}'s
 * settings are replaced, and the shell and screens react) and is saved encrypted on the background
 * thread half a second after the last change, with one SETTINGS_CHANGED event naming what changed.
 */
final class SettingsSaver {
    static final Duration SAVE_DELAY = Duration.millis(500);

    private final AppContext context;
    private final KeyService service;
    private final SettingsModel model;
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    private Settings saved;

    SettingsSaver(AppContext context, KeyService service, SettingsModel model) {
        this.context = context;
        this.service = service;
        this.model = model;
        this.saved = context.settings();
        saveLater.setOnFinished(e -> flush());
    }

    /** Takes effect at once; saved shortly after, so a spinner held down writes once. */
    void apply() {
        Settings now = model.settings();
        if (!now.equals(context.settings())) context.settingsProperty().set(now);
        saveLater.playFromStart();
    }

    /** Saves what changed since the last save (called after the delay and when the dialog closes). */
    void flush() {
        saveLater.stop();
        Settings now = model.settings();
        List<String> changed = SettingsModel.changed(saved, now);
        if (changed.isEmpty() || context.serviceProperty().get() != service || service.isReadOnly()) return;
        Settings before = saved;
        saved = now;
        Tasks.run(context.background(), () -> {
            service.saveSettings(now, changed);
            return null;
        }, ok -> model.statusProperty().set(Messages.format("settings.saved", String.join(", ", changed))), error -> {
            saved = before;
            model.statusProperty().set(Messages.format("settings.notSaved", ErrorText.of(error).what()));
        });
    }
}
