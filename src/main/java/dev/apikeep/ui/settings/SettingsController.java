package dev.apikeep.ui.settings;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.Settings;
import dev.apikeep.ui.backups.BackupsDialog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Styles;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Wires the settings view to {@link SettingsModel}. A preference takes effect at once and is saved
 * shortly after ({@link SettingsSaver}); the KDF, password and rekey buttons hand over to
 * {@link VaultKeyWork}.
 */
public final class SettingsController {
    private final AppContext context;
    private SettingsModel model;
    private SettingsSaver saver;
    private VaultKeyWork keyWork;

    @FXML private VBox root;
    @FXML private Spinner<Integer> clipboardSeconds;
    @FXML private Spinner<Integer> autoLockMinutes;
    @FXML private CheckBox lockOnMinimise;
    @FXML private CheckBox contactExchanges;
    @FXML private TextField proxy;
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
        KeyService service = context.service();
        model = new SettingsModel(context.settings(), service.kdf(), Runtime.getRuntime().maxMemory());
        saver = new SettingsSaver(context, service, model);
        keyWork = new VaultKeyWork(context, service, model, this::window);
        IntSpinners.bind(clipboardSeconds, Settings.MIN_CLIPBOARD_SECONDS, Settings.MAX_CLIPBOARD_SECONDS, model.clipboardSecondsProperty());
        IntSpinners.bind(autoLockMinutes, Settings.MIN_AUTO_LOCK_MINUTES, Settings.MAX_AUTO_LOCK_MINUTES, model.autoLockMinutesProperty());
        IntSpinners.bind(reminderDays, Settings.MIN_REMINDER_DAYS, Settings.MAX_REMINDER_DAYS, model.reminderLeadDaysProperty());
        IntSpinners.bind(backupEveryDays, 0, Settings.MAX_BACKUP_EVERY_DAYS, model.backupEveryDaysProperty());
        IntSpinners.bind(backupsToKeep, Settings.MIN_BACKUPS_TO_KEEP, Settings.MAX_BACKUPS_TO_KEEP, model.backupsToKeepProperty());
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
        IntSpinners.bind(kdfMemory, 1, 4096, model.kdfMemoryMiBProperty());
        IntSpinners.bind(kdfIterations, 1, 128, model.kdfIterationsProperty());
        IntSpinners.bind(kdfParallelism, 1, 64, model.kdfParallelismProperty());
        currentKdf.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("settings.thisVault", VaultKeyWork.describe(model.currentKdfProperty().get())), model.currentKdfProperty()));
        kdfProblem.textProperty().bind(model.kdfProblemProperty());
        kdfProblem.managedProperty().bind(model.kdfProblemProperty().isNotNull());
        for (Spinner<Integer> s : List.of(kdfMemory, kdfIterations, kdfParallelism)) {
            model.kdfProblemProperty().addListener((o, a, b) -> {
                s.getStyleClass().remove(Styles.PROBLEM);
                if (b != null) s.getStyleClass().add(Styles.PROBLEM);
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

        InvalidationListener changed = o -> saver.apply();
        model.clipboardSecondsProperty().addListener(changed);
        model.autoLockMinutesProperty().addListener(changed);
        model.lockOnMinimiseProperty().addListener(changed);
        model.reminderLeadDaysProperty().addListener(changed);
        model.themeProperty().addListener(changed);
        model.backupEveryDaysProperty().addListener(changed);
        model.backupsToKeepProperty().addListener(changed);
        model.contactExchangesProperty().addListener(changed);
        proxy.focusedProperty().addListener((o, was, is) -> {
            if (!is) saver.apply(); // a proxy is saved when the field is left, not at every keystroke
        });
    }

    /** Saves what changed since the last save (called when the dialog closes). */
    void flush() {
        saver.flush();
    }

    @FXML
    private void measure() {
        keyWork.measure();
    }

    @FXML
    private void applyKdf() {
        keyWork.applyKdf();
    }

    /** The backups list, to back up now or restore one; the schedule is set just above it. */
    @FXML
    private void showBackups() {
        BackupsDialog.show(window(), context);
    }

    @FXML
    private void changePassword() {
        keyWork.changePassword();
    }

    @FXML
    private void rekey() {
        keyWork.rekey();
    }

    private void selectTheme(Settings.Theme theme) {
        RadioButton button = switch (theme) {
            case DARK -> themeDark;
            case SYSTEM -> themeSystem;
            default -> themeLight;
        };
        if (!button.isSelected()) button.setSelected(true);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
