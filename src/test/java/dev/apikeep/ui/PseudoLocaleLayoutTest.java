package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.Session;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.about.AboutDialog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.editor.EditorDialog;
import dev.apikeep.ui.password.PasswordPrompt;
import dev.apikeep.ui.settings.ChangePasswordDialog;
import dev.apikeep.ui.settings.SettingsDialog;
import dev.apikeep.ui.transfer.TransferDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen and dialog in the pseudo-locale (each string in brackets and 40 % longer), the main
 * window at its minimum size: no label may be cut off (shown shortened with "..."). A longer language must fit.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleLayoutTest {
    static final String PASSWORD = "tulip ankle oxide mercy 1987";
    static Locale before;

    Stage stage;
    AppContext context;
    final List<String> truncated = new ArrayList<>();
    int checked;
    int pseudo;

    @BeforeAll
    static void pseudoLocale() {
        before = Locale.getDefault();
        Locale.setDefault(new Locale(Messages.PSEUDO_LANGUAGE));
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path vault = Files.createTempDirectory("apikeep-pseudo").resolve("vault.apikeep");
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        try (KeyService s = KeyService.create(vault, PASSWORD.toCharArray(), KdfParams.ofMebibytes(19, 2, 1), catalog, Clock.systemDefaultZone())) {
            s.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").createdAt(LocalDate.now().minusDays(10))
                    .apiKey(SecretBytes.of("GRIDKEY123")).secret(SecretBytes.of("grid-secret"))
                    .permissions(List.of("read", "spot-trade")).usedBy(List.of("freqtrade-vps")).build());
        }
        context = TestApp.forVault(vault).catalog(catalog).startOn(stage);
        stage.setWidth(stage.getMinWidth());
        stage.setHeight(stage.getMinHeight());
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void noLabelIsCutOffOnAnyScreen(FxRobot robot) throws Exception {
        check(robot, "unlock", () -> stage.getScene().getRoot());
        robot.interact(() -> context.navigator().showCreate());
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, // once the main window's build beside the unlock is done
                () -> robot.lookup("#locationField").tryQuery().isPresent());
        check(robot, "create", () -> stage.getScene().getRoot());
        Session session = Session.unlock(context.vaultPath(), PASSWORD.toCharArray(), Session.Access.NORMAL,
                Session.Claim.WINDOW, context.catalog(), context.clock());
        robot.interact(() -> {
            context.vaultOpened(session);
            context.navigator().showKeys();
        });
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS); // the entries arrive
        check(robot, "keys", () -> stage.getScene().getRoot());
        robot.interact(() -> ((javafx.scene.control.ListView<?>) stage.getScene().lookup("#keyList")).getSelectionModel().select(0));
        check(robot, "keys with the detail pane", () -> stage.getScene().getRoot());
        ApiKeyEntry key = session.keys().list(true).get(0);
        dev.apikeep.domain.Exchange bybit = context.catalog().forEntry(key);
        dialog(robot, "audit", () -> dev.apikeep.ui.audit.AuditDialog.create(stage,
                dev.apikeep.ui.audit.AuditModel.of(List.of(key), context.catalog(), context.today(), 14)));
        dialog(robot, "activity", () -> {
            dev.apikeep.ui.activity.ActivityModel activity = new dev.apikeep.ui.activity.ActivityModel(context.clock().getZone());
            activity.setEvents(session.keys().events(0), List.of(key));
            return dev.apikeep.ui.activity.ActivityDialog.create(stage, activity);
        });
        dialog(robot, "rotate", () -> dev.apikeep.ui.rotate.RotateDialog.create(stage,
                new dev.apikeep.ui.rotate.RotateModel(key, bybit), (m, done, failed) -> { }));
        dialog(robot, "exposed", () -> dev.apikeep.ui.exposed.ExposedDialog.create(stage, key, bybit, List.of()));
        dialog(robot, "bots", () -> dev.apikeep.ui.bots.BotsDialog.create(stage, context, List.of(key)));

        dialog(robot, "settings", () -> SettingsDialog.create(stage, context));
        dialog(robot, "change password", () -> ChangePasswordDialog.create(stage, context));
        dialog(robot, "editor", () -> EditorDialog.create(stage, context.catalog(), null, context.today()));
        dialog(robot, "password prompt", () -> PasswordPrompt.create(stage, new PasswordPrompt.Question(
                Messages.get("settings.rekeyPrompt.header"), Messages.get("settings.rekeyPrompt.text"),
                Messages.get("password.current"), Messages.get("settings.rekey.action"))));
        dialog(robot, "about", () -> AboutDialog.create(stage, context.vaultPath()));
        window(robot, "export", () -> TransferDialogs.showExport(stage, context) == null ? null : lastWindow());
        window(robot, "import", () -> TransferDialogs.showImport(stage, context, () -> { }) == null ? null : lastWindow());
        window(robot, "backups", () -> dev.apikeep.ui.backups.BackupsDialog.show(stage, context) == null ? null : lastWindow());

        assertThat(checked).as("labels looked at").isGreaterThan(100);
        assertThat(pseudo).as("labels in the pseudo-locale").isGreaterThan(checked / 2);
        assertThat(truncated).as("labels cut off in the pseudo-locale").isEmpty();
    }

    private void dialog(FxRobot robot, String name, Supplier<Dialog<?>> make) {
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = make.get();
            dialog[0].show();
        });
        check(robot, name, () -> dialog[0].getDialogPane());
        robot.interact(() -> dialog[0].getDialogPane().getScene().getWindow().hide());
    }

    private void window(FxRobot robot, String name, Supplier<Window> open) {
        Window[] window = new Window[1];
        robot.interact(() -> window[0] = open.get());
        check(robot, name, () -> window[0].getScene().getRoot());
        robot.interact(() -> window[0].hide());
    }

    private static Window lastWindow() {
        List<Window> windows = Window.getWindows();
        return windows.get(windows.size() - 1);
    }

    private void check(FxRobot robot, String screen, Supplier<Parent> root) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Parent parent = root.get();
            parent.applyCss();
            parent.layout();
            for (Node node : parent.lookupAll("*")) {
                if (!(node instanceof Labeled labeled) || !shown(labeled) || labeled.getText() == null) continue;
                checked++;
                if (labeled.getText().startsWith("[")) pseudo++;
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    // JavaFX shortens a label that does not fit to its start and the ellipsis string ("..." by default)
                    if (child instanceof Text text && text.getText() != null && !text.getText().equals(labeled.getText())
                            && text.getText().endsWith(labeled.getEllipsisString())) {
                        truncated.add(screen + ": " + (labeled.getId() == null ? "" : "#" + labeled.getId() + " ")
                                + labeled.getText());
                    }
                }
            }
        });
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }
}
