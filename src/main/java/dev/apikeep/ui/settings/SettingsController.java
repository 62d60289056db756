package dev.apikeep.ui.settings;

import dev.apikeep.app.Messages;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.Settings;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.ui.backups.BackupsDialog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.password.PasswordPrompt;
import dev.apikeep.app.AppException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Wires the settings view to {@link SettingsModel}. Every change takes effect at once (the
 * {@link AppContext}'s settings are replaced, and the shell and screens react), and is saved
 * encrypted in the vault on the background thread half a second after the last change, with one
 * SETTINGS_CHANGED event naming what changed.
 */
public final class SettingsController {
    static final javafx.util.Duration SAVE_DELAY = javafx.util.Duration.millis(500);

    /** Runs the KDF measurement: its own thread, so a slow setting never holds up saving or locking. */
    private static final Executor MEASURE_THREAD = command -> {
        Thread t = new Thread(command, "apikeep-kdf-measure");
        t.setDaemon(true);
        t.start();
    };

    private final AppContext context;
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    private SettingsModel model;
    private KeyService service;
    private Settings saved;

    @FXML private VBox root;
    @FXML private Spinner<Integer> clipboardSeconds;
    @FXML private Spinner<Integer> autoLockMinutes;
    @FXML private CheckBox lockOnMinimise;
    @FXML private CheckBox contactExchanges;
    @FXML private javafx.scene.control.TextField proxy;
    @FXML private Spinner<Integer> reminderDays;
    @FXML private ToggleGroup themeGroup;
    @FXML private RadioButton themeLight;
    @FXML private RadioButton themeDark;
    @FXML private RadioButton themeSystem;
    @FXML private Spinner<Integer> backupEveryDays;
    @FXML private Spinner<Integer> backupsToKeep;
    @FXML private Button changePasswordButton;
    @FXML private Label currentKdf;
    @FXML private Spinner<Integer> kdfMemory;
    @FXML private Spinner<Integer> kdfIterations;
    @FXML private Spinner<Integer> kdfParallelism;
    @FXML private Label kdfProblem;
    @FXML private Button measureButton;
    @FXML private Button applyKdfButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label measureLabel;
    @FXML private Button rekeyButton;
    @FXML private Label settingsStatus;

    public SettingsController(AppContext context) {
        this.context = context;
    }

    public SettingsModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        service = context.service();
        saved = context.settings();
        model = new SettingsModel(saved, service.kdf(), Runtime.getRuntime().maxMemory());
        bind(clipboardSeconds, Settings.MIN_CLIPBOARD_SECONDS, Settings.MAX_CLIPBOARD_SECONDS, model.clipboardSecondsProperty());
        bind(autoLockMinutes, Settings.MIN_AUTO_LOCK_MINUTES, Settings.MAX_AUTO_LOCK_MINUTES, model.autoLockMinutesProperty());
        bind(reminderDays, Settings.MIN_REMINDER_DAYS, Settings.MAX_REMINDER_DAYS, model.reminderLeadDaysProperty());
        bind(backupEveryDays, 0, Settings.MAX_BACKUP_EVERY_DAYS, model.backupEveryDaysProperty());
        bind(backupsToKeep, Settings.MIN_BACKUPS_TO_KEEP, Settings.MAX_BACKUPS_TO_KEEP, model.backupsToKeepProperty());
        lockOnMinimise.selectedProperty().bindBidirectional(model.lockOnMinimiseProperty());
        contactExchanges.selectedProperty().bindBidirectional(model.contactExchangesProperty());
        proxy.textProperty().bindBidirectional(model.proxyProperty());
        themeLight.setUserData(Settings.Theme.LIGHT);
        themeDark.setUserData(Settings.Theme.DARK);
        themeSystem.setUserData(Settings.Theme.SYSTEM);
        selectTheme(model.themeProperty().get());
        themeGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) model.themeProperty().set((Settings.Theme) b.getUserData());
        });
        model.themeProperty().addListener((o, a, b) -> selectTheme(b));

        // KDF: wide spinner ranges on purpose, so a value outside the vault's bounds is shown and refused, not silently clamped
        bind(kdfMemory, 1, 4096, model.kdfMemoryMiBProperty());
        bind(kdfIterations, 1, 128, model.kdfIterationsProperty());
        bind(kdfParallelism, 1, 64, model.kdfParallelismProperty());
        currentKdf.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("settings.thisVault", describe(model.currentKdfProperty().get())), model.currentKdfProperty()));
        kdfProblem.textProperty().bind(model.kdfProblemProperty());
        kdfProblem.managedProperty().bind(model.kdfProblemProperty().isNotNull());
        for (Spinner<Integer> s : List.of(kdfMemory, kdfIterations, kdfParallelism)) {
            model.kdfProblemProperty().addListener((o, a, b) -> {
                s.getStyleClass().remove("problem");
                if (b != null) s.getStyleClass().add("problem");
            });
        }
        measureLabel.textProperty().bind(model.measureTextProperty());
        busy.visibleProperty().bind(model.busyProperty());
        measureButton.disableProperty().bind(model.busyProperty().or(model.kdfProblemProperty().isNotNull()));
        boolean readOnly = service.isReadOnly();
        applyKdfButton.disableProperty().bind(model.busyProperty().or(model.kdfProblemProperty().isNotNull())
                .or(model.kdfChangedProperty().not()).or(Bindings.createBooleanBinding(() -> readOnly)));
        changePasswordButton.setDisable(readOnly);
        rekeyButton.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> readOnly)));
        settingsStatus.textProperty().bind(model.statusProperty());
        if (readOnly) model.statusProperty().set(Messages.get("settings.readOnly"));

        InvalidationListener changed = o -> apply();
        model.clipboardSecondsProperty().addListener(changed);
        model.autoLockMinutesProperty().addListener(changed);
        model.lockOnMinimiseProperty().addListener(changed);
        model.reminderLeadDaysProperty().addListener(changed);
        model.themeProperty().addListener(changed);
        model.backupEveryDaysProperty().addListener(changed);
        model.backupsToKeepProperty().addListener(changed);
        model.contactExchangesProperty().addListener(changed);
        proxy.focusedProperty().addListener((o, was, is) -> {
            if (!is) apply(); // a proxy is saved when the field is left, not at every keystroke
        });
        saveLater.setOnFinished(e -> flush());
    }

    /** Takes effect at once; saved shortly after, so a spinner held down writes once. */
    private void apply() {
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

    @FXML
    private void measure() {
        KdfSettings kdf = model.kdf();
        model.busyProperty().set(true);
        model.measureTextProperty().set(Messages.format("settings.measuring", describe(kdf)));
        Tasks.run(MEASURE_THREAD, () -> SettingsModel.measure(kdf), took -> {
            model.busyProperty().set(false);
            if (model.kdf().equals(kdf)) model.measureTextProperty().set(SettingsModel.measureText(took));
        }, error -> {
            model.busyProperty().set(false);
            model.measureTextProperty().set(error instanceof OutOfMemoryError
                    ? Messages.format("settings.measureOutOfMemory", kdf.memoryMiB())
                    : Messages.format("settings.measureFailed", ErrorText.of(error).what()));
        });
    }

    @FXML
    private void applyKdf() {
        KdfSettings kdf = model.kdf();
        if (kdf.problem() != null) return;
        Optional<char[]> password = PasswordPrompt.ask(window(), new PasswordPrompt.Question(Messages.get("settings.kdfPrompt.header"),
                Messages.format("settings.kdfPrompt.text", describe(kdf)),
                Messages.get("password.current"), Messages.get("settings.kdfPrompt.action")));
        password.ifPresent(pw -> runWithPassword(pw, p -> service.changePassword(p, p, kdf), () -> {
            model.kdfApplied(kdf);
            model.statusProperty().set(Messages.format("settings.kdfApplied", describe(kdf)));
        }));
    }

    /** The backups list, to back up now or restore one; the schedule is set just above it. */
    @FXML
    private void showBackups() {
        BackupsDialog.show(window(), context);
    }

    @FXML
    private void changePassword() {
        if (ChangePasswordDialog.show(window(), context)) {
            model.statusProperty().set(Messages.get("settings.passwordChanged"));
        }
    }

    @FXML
    private void rekey() {
        if (!Dialogs.confirm(window(), Messages.get("settings.rekey.question"), Messages.get("settings.rekey.consequence"),
                Messages.get("settings.rekey.action"))) return;
        Optional<char[]> password = PasswordPrompt.ask(window(), new PasswordPrompt.Question(Messages.get("settings.rekeyPrompt.header"),
                Messages.get("settings.rekeyPrompt.text"), Messages.get("password.current"), Messages.get("settings.rekey.action")));
        password.ifPresent(pw -> runWithPassword(pw, service::rekey,
                () -> model.statusProperty().set(Messages.get("settings.rekeyed"))));
    }

    /** Runs vault work with a password on the background thread and wipes the password afterwards. */
    private void runWithPassword(char[] password, Consumer<char[]> work, Runnable done) {
        model.busyProperty().set(true);
        Tasks.run(context.background(), () -> {
            try {
                work.accept(password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return null;
        }, ok -> {
            model.busyProperty().set(false);
            done.run();
        }, error -> {
            model.busyProperty().set(false);
            if (error instanceof AppException v && v.kind() == AppException.Kind.WRONG_PASSWORD) {
                Dialogs.error(window(), Messages.get("settings.wrongPassword"), Messages.get("settings.wrongPassword.whatToDo"));
            } else {
                Dialogs.error(window(), error);
            }
        });
    }

    private void selectTheme(Settings.Theme theme) {
        RadioButton button = switch (theme) {
            case DARK -> themeDark;
            case SYSTEM -> themeSystem;
            default -> themeLight;
        };
        if (!button.isSelected()) button.setSelected(true);
    }

    static String describe(KdfSettings kdf) {
        return Messages.format("settings.kdf", kdf.memoryMiB(), kdf.iterations(), kdf.parallelism());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** An editable integer spinner kept in step with {@code property}; typed text that is not a number is ignored. */
    private static void bind(Spinner<Integer> spinner, int min, int max, IntegerProperty property) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, property.get())));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.parseInt(text.trim());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != property.get()) property.set(b);
        });
        property.addListener((o, a, b) -> {
            if (!b.equals(factory.getValue())) factory.setValue(b.intValue());
        });
        // typed text counts when focus leaves, not only on Enter
        spinner.focusedProperty().addListener((o, was, is) -> {
            if (!is) factory.setValue(factory.getConverter().fromString(spinner.getEditor().getText()));
        });
    }
}
