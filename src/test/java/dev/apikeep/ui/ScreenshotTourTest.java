package dev.apikeep.ui;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.about.AboutDialog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.editor.EditorDialog;
import dev.apikeep.ui.editor.EditorModel;
import dev.apikeep.ui.settings.SettingsDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: every screen in light and dark into docs/screenshots (issue 12: "screenshots of every
 * screen in light and dark are unchanged in content (retake them and look)"), on request only:
 * {@code mvn -o test -Dtest=ScreenshotTourTest -Dapikeep.screenshots=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * The vault holds {@link SeedVaultTool}'s twenty demo keys. Window frames are not in the pictures
 * (a scene snapshot); the light picture of a few screens keeps its older file name.
 */
@EnabledIfSystemProperty(named = "apikeep.screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {
    static final String PASSWORD = "demo vault password 2026";
    static final Path DIR = Path.of("docs/screenshots");

    Stage stage;
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path vault = Files.createTempDirectory("apikeep-tour").resolve("vault.apikeep");
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        try (KeyService s = KeyService.create(vault, PASSWORD.toCharArray(), KdfParams.ofMebibytes(19, 2, 1), catalog,
                Clock.systemDefaultZone())) {
            SeedVaultTool.seed(s, LocalDate.now());
        }
        context = TestApp.forVault(vault).catalog(catalog).startOn(stage);
        stage.setWidth(1180);
        stage.setHeight(760);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void everyScreenInLightAndDark(FxRobot robot) throws Exception {
        main(robot, "unlock-light.png", "unlock-dark.png");
        robot.interact(() -> context.navigator().showCreate());
        main(robot, "create-light.png", "create-dark.png");
        robot.interact(() -> context.navigator().showUnlock());

        // unlock through the screen, so the reminder notice shows
        waitFor(() -> robot.lookup("#password").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#password").queryAs(javafx.scene.control.TextInputControl.class).setText(PASSWORD));
        robot.interact(() -> robot.lookup("#unlockButton").queryButton().fire());
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent()
                && robot.lookup("#keyList").queryListView().getItems().size() > 10);
        waitFor(() -> robot.lookup("#reminderToast").tryQuery().isPresent());
        main(robot, "reminder-notification.png", "reminder-dark.png");

        robot.interact(() -> robot.lookup("#reminderClose").queryButton().fire());
        waitFor(() -> robot.lookup("#reminderToast").tryQuery().map(n -> !n.isVisible()).orElse(true));
        ListView<ApiKeyEntry> list = robot.lookup("#keyList").queryListView();
        select(robot, list, "Grid bot BTC");
        main(robot, "keys-light.png", "keys-dark.png");
        robot.interact(() -> robot.lookup("#secretReveal").queryButton().fire());
        robot.interact(() -> robot.lookup("#keyReveal").queryButton().fire());
        waitFor(() -> !robot.lookup("#secretValue").queryLabeled().getText().contains("•")
                && !robot.lookup("#keyValue").queryLabeled().getText().contains("*"));
        main(robot, "detail-revealed-light.png", "detail-revealed-dark.png");

        KeyService keys = context.service();
        ApiKeyEntry grid = selected(list);
        dev.apikeep.domain.Exchange bybit = context.catalog().forEntry(grid);
        dialog(robot, "editor-light.png", "editor-dark.png", () -> {
            Dialog<ApiKeyEntry> editor = EditorDialog.create(stage, context.catalog(), null, context.today());
            EditorModel model = EditorDialog.modelOf(editor);
            model.exchangeProperty().set(context.catalog().all().stream().filter(e -> e.name().equals("OKX")).findFirst().orElseThrow());
            model.labelProperty().set("Arb bot 2");
            model.permissions().choice("withdraw").orElseThrow().setSelected(true);
            return editor;
        });
        dialog(robot, "settings-light.png", "settings-dark.png", () -> SettingsDialog.create(stage, context));
        dialog(robot, "audit-light.png", "audit-dark.png", () -> dev.apikeep.ui.audit.AuditDialog.create(stage,
                dev.apikeep.ui.audit.AuditModel.of(keys.list(true), context.catalog(), context.today(), 14)));
        dialog(robot, "activity.png", "activity-dark.png", () -> {
            dev.apikeep.ui.activity.ActivityModel activity = new dev.apikeep.ui.activity.ActivityModel(context.clock().getZone());
            activity.setEvents(keys.events(0), keys.list(true));
            return dev.apikeep.ui.activity.ActivityDialog.create(stage, activity);
        });
        dialog(robot, "rotate-dialog.png", "rotate-dark.png", () -> dev.apikeep.ui.rotate.RotateDialog.create(stage,
                new dev.apikeep.ui.rotate.RotateModel(grid, bybit), (m, done, failed) -> { }));
        dialog(robot, "exposed-light.png", "exposed-dark.png",
                () -> dev.apikeep.ui.exposed.ExposedDialog.create(stage, grid, bybit, List.of()));
        dialog(robot, "bots-light.png", "bots-dark.png",
                () -> dev.apikeep.ui.bots.BotsDialog.create(stage, context, keys.list(false)));
        dialog(robot, "about-light.png", "about-dark.png", () -> AboutDialog.create(stage, context.vaultPath()));
        window(robot, "backups.png", "backups-dark.png",
                () -> dev.apikeep.ui.backups.BackupsDialog.show(stage, context) == null ? null : Screenshots.topWindow());
        Path csv = Files.createTempFile("apikeep-tour", ".csv");
        Files.writeString(csv, "exchange,label,api_key,secret\nbybit,Imported grid,IMPKEY123456,imp-secret-1\n"
                + "binance,Imported DCA,IMPKEY654321,imp-secret-2\nnowhere,Bad row,K,S\n");
        window(robot, "import-preview.png", "import-preview-dark.png", () -> {
            dev.apikeep.ui.transfer.ImportController importing = dev.apikeep.ui.transfer.TransferDialogs.showImport(stage, context, () -> { });
            importing.load(csv);
            return Screenshots.topWindow();
        });

        // delete, then the undo bar
        Platform.runLater(robot.lookup("#deleteButton").queryButton()::fire);
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> {
            javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").query();
            pane.getButtonTypes().stream().filter(b -> b.getText().equals("Delete")).findFirst()
                    .map(pane::lookupButton).ifPresent(b -> ((Button) b).fire());
        });
        javafx.scene.control.Hyperlink undo = robot.lookup("#undoLink").queryAs(javafx.scene.control.Hyperlink.class);
        waitFor(undo::isVisible);
        main(robot, "undo-light.png", "undo-dark.png");
    }

    private void main(FxRobot robot, String light, String dark) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.lightAndDark(robot, () -> stage, DIR.resolve(light), DIR.resolve(dark));
    }

    private void dialog(FxRobot robot, String light, String dark, Supplier<Dialog<?>> make) throws Exception {
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = make.get();
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.lightAndDark(robot, () -> dialog[0].getDialogPane().getScene().getWindow(), DIR.resolve(light), DIR.resolve(dark));
        robot.interact(() -> dialog[0].getDialogPane().getScene().getWindow().hide());
    }

    private void window(FxRobot robot, String light, String dark, Supplier<Window> open) throws Exception {
        Window[] window = new Window[1];
        robot.interact(() -> window[0] = open.get());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.lightAndDark(robot, () -> window[0], DIR.resolve(light), DIR.resolve(dark));
        robot.interact(() -> window[0].hide());
    }

    private static void select(FxRobot robot, ListView<ApiKeyEntry> list, String label) {
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ApiKeyEntry selected(ListView<ApiKeyEntry> list) {
        return list.getSelectionModel().getSelectedItem();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
