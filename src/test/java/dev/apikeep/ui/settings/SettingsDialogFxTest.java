package dev.apikeep.ui.settings;

import dev.apikeep.ui.TestApp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.Session;
import dev.apikeep.app.Settings;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.AppShell;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.vault.Vault;
import dev.apikeep.app.AppException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the settings dialog headless: settings apply at once and persist; the master password changes only with the right current one. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogFxTest {
    static final String PASSWORD = "tulip ankle oxide mercy 1987";
    static final String NEW_PASSWORD = "quartz lantern boiled mango 42";
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);

    final AtomicBoolean systemIsDark = new AtomicBoolean(true);
    AppContext context;
    Path vault;

    @Start
    void start(Stage stage) throws Exception {
        vault = Files.createTempDirectory("apikeep-settings").resolve("vault.apikeep");
        KeyService.create(vault, PASSWORD.toCharArray(), FAST, ExchangeCatalog.loadDefault(), Clock.systemUTC()).close();
        context = TestApp.forVault(vault).context();
        context.setSystemTheme(systemIsDark::get);
        new AppShell(stage, context).start();
        context.vaultOpened(Session.unlock(vault, PASSWORD.toCharArray(), Session.Access.NORMAL, Session.Claim.WINDOW,
                context.catalog(), context.clock()));
        context.navigator().showKeys();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void autoLockAndThemeApplyAtOnceAndAreSavedEncrypted(FxRobot robot) throws Exception {
        assertThat(context.settings()).isEqualTo(Settings.DEFAULTS);
        robot.interact(() -> robot.lookup("#settingsButton").queryButton().fire());
        waitFor(() -> robot.lookup("#autoLockMinutes").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        Spinner<Integer> autoLock = robot.lookup("#autoLockMinutes").queryAs(Spinner.class);
        robot.interact(() -> autoLock.getValueFactory().setValue(9));
        assertThat(context.settings().autoLockMinutes()).isEqualTo(9);
        // the running timer restarted with the new idle time
        assertThat(context.autoLock().secondsLeftProperty().get()).isBetween(9 * 60 - 2, 9 * 60);

        robot.interact(() -> robot.lookup("#themeDark").queryAs(RadioButton.class).fire());
        assertThat(context.settings().theme()).isEqualTo(Settings.Theme.DARK);
        waitFor(() -> Application.getUserAgentStylesheet().endsWith("primer-dark.css"));

        // follow system: the (fake) system says light now
        systemIsDark.set(false);
        robot.interact(() -> robot.lookup("#themeSystem").queryAs(RadioButton.class).fire());
        assertThat(context.settings().theme()).isEqualTo(Settings.Theme.SYSTEM);
        waitFor(() -> Application.getUserAgentStylesheet().endsWith("primer-light.css"));

        // lock on minimise applies at once too
        robot.interact(() -> robot.lookup("#lockOnMinimise").queryAs(javafx.scene.control.CheckBox.class).fire());
        assertThat(context.settings().lockOnMinimise()).isTrue();

        // Close saves what is pending; then lock and read the vault back from disk
        DialogPane pane = robot.lookup("#settingsDialog").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CLOSE)).fire());
        waitFor(() -> robot.lookup("#settingsDialog").tryQuery().isEmpty());
        robot.interact(() -> context.navigator().lock());
        context.background().submit(() -> null).get(10, TimeUnit.SECONDS);

        try (KeyService reopened = KeyService.open(vault, PASSWORD.toCharArray(), Vault.Access.NORMAL,
                ExchangeCatalog.loadDefault(), Clock.systemUTC())) {
            Settings stored = reopened.settings();
            assertThat(stored.autoLockMinutes()).isEqualTo(9);
            assertThat(stored.theme()).isEqualTo(Settings.Theme.SYSTEM);
            assertThat(stored.lockOnMinimise()).isTrue();
            String details = reopened.events(0).stream().filter(e -> e.type() == EventType.SETTINGS_CHANGED)
                    .map(ActivityEvent::detail).reduce("", (a, b) -> a + "|" + b);
            assertThat(details).contains("autoLockMinutes", "theme", "lockOnMinimise").doesNotContain(PASSWORD);
        }
    }

    @Test
    void theBackupsListOpensFromSettingsBesideTheSchedule(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#settingsButton").queryButton().fire());
        waitFor(() -> robot.lookup("#backupsButton").tryQuery().isPresent());
        Button backups = robot.lookup("#backupsButton").queryButton();
        Platform.runLater(backups::fire);
        waitFor(() -> robot.lookup("#backupNowButton").tryQuery().isPresent());
        assertThat(robot.lookup("#backupsRoot").tryQuery()).isPresent();
    }

    @Test
    void changePasswordNeedsTheCurrentOne(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#settingsButton").queryButton().fire());
        waitFor(() -> robot.lookup("#changePasswordButton").tryQuery().isPresent());
        Button open = robot.lookup("#changePasswordButton").queryButton();
        Platform.runLater(open::fire); // showAndWait: do not wait for it here
        waitFor(() -> robot.lookup("#currentPassword").tryQuery().isPresent());

        Button ok = robot.lookup("#changePasswordOk").queryButton();
        setText(robot, "#currentPassword", "not my password");
        setText(robot, "#newPassword", NEW_PASSWORD);
        assertThat(ok.isDisabled()).as("repeat missing").isTrue();
        setText(robot, "#repeatPassword", NEW_PASSWORD);
        assertThat(robot.lookup("#strengthLabel").queryAs(Label.class).getText()).isNotEmpty();
        assertThat(ok.isDisabled()).isFalse();
        robot.interact(ok::fire);
        Label message = robot.lookup("#changeMessage").queryAs(Label.class);
        waitFor(() -> message.getText().contains("wrong"));
        assertThat(message.getText()).contains("nothing was changed");
        assertThat(robot.lookup("#currentPassword").queryAs(PasswordField.class).getText()).as("fields cleared").isEmpty();
        KeyService service = context.service();
        assertThat(context.background().submit(() -> service.verifyPassword(PASSWORD.toCharArray()))
                .get(10, TimeUnit.SECONDS)).as("old password still works").isTrue();

        setText(robot, "#currentPassword", PASSWORD);
        setText(robot, "#newPassword", NEW_PASSWORD);
        setText(robot, "#repeatPassword", NEW_PASSWORD);
        robot.interact(ok::fire);
        waitFor(() -> robot.lookup("#currentPassword").tryQuery().isEmpty());
        Label status = robot.lookup("#settingsStatus").queryAs(Label.class);
        waitFor(() -> status.getText().contains("Master password changed"));

        robot.interact(() -> context.navigator().lock());
        context.background().submit(() -> null).get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> KeyService.open(vault, PASSWORD.toCharArray(), Vault.Access.NORMAL,
                ExchangeCatalog.loadDefault(), Clock.systemUTC()))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).kind()).isEqualTo(AppException.Kind.WRONG_PASSWORD);
        try (KeyService reopened = KeyService.open(vault, NEW_PASSWORD.toCharArray(), Vault.Access.NORMAL,
                ExchangeCatalog.loadDefault(), Clock.systemUTC())) {
            assertThat(reopened.events(0)).extracting(ActivityEvent::type).contains(EventType.PASSWORD_CHANGED);
        }
    }

    private static void setText(FxRobot robot, String query, String text) {
        PasswordField field = robot.lookup(query).queryAs(PasswordField.class);
        robot.interact(() -> field.setText(text));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
