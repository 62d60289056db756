package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.kit.Kit;
import dev.apikeep.app.kit.KitException;
import dev.apikeep.app.kit.KitReader;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.bots.BotsModel;
import dev.apikeep.ui.bots.KitFormModel;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.FakeClipboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Bots view in the real window (headless): create a kit, see its token once, copy it (the
 * copied token opens the kit file through the app's reader), save it to a file, re-issue (a new
 * token; the old one no longer opens the file), forget (the warning, then the rotate checklist).
 */
@ExtendWith(ApplicationExtension.class)
class BotsFlowTest {
    static final String PASSWORD = "bots flow test password 42";

    Path dir;
    ApiKeyEntry grid;
    FakeClipboard clipboard = new FakeClipboard();

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("apikeep-bots");
        Path vault = dir.resolve("vault.apikeep");
        LocalDate today = LocalDate.now();
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        try (KeyService s = KeyService.create(vault, PASSWORD.toCharArray(), KdfParams.ofMebibytes(19, 2, 1), catalog, Clock.systemDefaultZone())) {
            grid = s.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").createdAt(today.minusDays(10))
                    .apiKey(SecretBytes.of("GRIDKEY123")).secret(SecretBytes.of("grid-secret-1"))
                    .permissions(List.of("read", "spot-trade")).build());
            s.add(ApiKeyEntry.builder().exchangeId("kraken").label("Ledger export").createdAt(today.minusDays(40))
                    .apiKey(SecretBytes.of("KRAKENKEY")).secret(SecretBytes.of("kraken-secret")).permissions(List.of("query-funds")).build());
        }
        AppContext context = TestApp.forVault(vault).catalog(catalog).clipboard(clipboard, Duration.ofSeconds(30)).startOn(stage);
    }

    @Test
    void createShowsTheTokenOnceItsCopyOpensTheKitReissueChangesItAndForgetRemovesTheKit(FxRobot robot) throws Exception {
        unlock(robot);
        fire(robot, "#botsButton");
        waitFor(() -> robot.lookup("#newKitButton").tryQuery().isPresent());
        TableView<BotsModel.Row> table = robot.lookup("#kitTable").queryTableView();
        assertThat(table.getItems()).isEmpty();

        // create: name, one key of two, where to write
        Path kitFile = dir.resolve("freqtrade-vps.akkit");
        fire(robot, "#newKitButton");
        waitFor(() -> robot.lookup("#kitName").tryQuery().isPresent());
        assertThat(robot.lookup("#kitConfirm").queryButton().isDisabled()).as("nothing chosen yet").isTrue();
        assertThat(robot.lookup("#expires").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .as("the last day as yyyy-mm-dd, like everywhere else").isEqualTo(LocalDate.now().plusDays(90).toString());
        robot.interact(() -> {
            robot.lookup("#kitName").queryAs(TextInputControl.class).setText("freqtrade-vps");
            ListView<KitFormModel.KeyChoice> keys = robot.lookup("#keyChoices").queryListView();
            keys.getItems().stream().filter(k -> k.label().equals("Grid bot")).findFirst().orElseThrow().chosenProperty().set(true);
            robot.lookup("#kitFile").queryAs(TextInputControl.class).setText(kitFile.toString());
        });
        assertThat(robot.lookup("#kitConfirm").queryButton().isDisabled()).isFalse();
        fire(robot, "#kitConfirm");
        TextInputControl tokenField = robot.lookup("#tokenField").queryAs(TextInputControl.class);
        waitFor(() -> tokenField.isVisible() && !tokenField.getText().isEmpty());
        String token = tokenField.getText();
        assertThat(token).matches("akkit_[a-z2-7]{59}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kitFile))).isEqualTo("rw-------");

        // Copy goes through the clipboard guard (with the history hints); the copied text opens the kit
        fire(robot, "#copyToken");
        waitFor(() -> clipboard.text != null);
        assertThat(clipboard.formats).contains("x-kde-passwordManagerHint");
        assertThat(robot.lookup("#copyStatus").queryAs(Labeled.class).getText()).startsWith("Copied. The clipboard clears in");
        try (Kit kit = KitReader.open(kitFile, clipboard.text.toCharArray(), LocalDate.now())) {
            assertThat(kit.resolve("Grid bot").secret().reveal()).isEqualTo("grid-secret-1");
            assertThatThrownBy(() -> kit.resolve("Ledger export")).as("only the chosen key").isInstanceOf(RuntimeException.class);
        }

        // Save to file: 0600, the token on one line
        Path tokenFile = dir.resolve("freqtrade-vps.token");
        robot.interact(() -> robot.lookup("#tokenFile").queryAs(TextInputControl.class).setText(tokenFile.toString()));
        fire(robot, "#saveToken");
        waitFor(() -> Files.exists(tokenFile));
        assertThat(Files.readString(tokenFile)).isEqualTo(token + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");

        shots(robot, "kit-token");
        fire(robot, "#kitDone");
        waitFor(() -> robot.lookup("#kitDone").tryQuery().isEmpty());
        assertThat(tokenField.getText()).as("the token field is wiped when the dialog closes").isEmpty();
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).stateText()).isEqualTo("current");
        assertThat(table.getItems().get(0).keys()).isEqualTo("Grid bot");

        // re-issue: a new token; the old one no longer opens the file
        robot.interact(() -> table.getSelectionModel().select(0));
        shots(robot, "bots");
        fire(robot, "#reissueButton");
        waitFor(() -> robot.lookup("#kitConfirm").tryQuery().isPresent());
        fire(robot, "#kitConfirm");
        TextInputControl newField = robot.lookup("#tokenField").queryAs(TextInputControl.class);
        waitFor(() -> newField.isVisible() && !newField.getText().isEmpty());
        String newToken = newField.getText();
        assertThat(newToken).isNotEqualTo(token);
        assertThatThrownBy(() -> KitReader.open(kitFile, token.toCharArray(), LocalDate.now()))
                .isInstanceOfSatisfying(KitException.class, e -> assertThat(e.kitKind()).isEqualTo(KitException.KitKind.WRONG_TOKEN));
        try (Kit kit = KitReader.open(kitFile, newToken.toCharArray(), LocalDate.now())) {
            assertThat(kit.resolve("Grid bot").secret().reveal()).isEqualTo("grid-secret-1");
        }
        fire(robot, "#kitDone");
        waitFor(() -> robot.lookup("#kitDone").tryQuery().isEmpty());

        // forget: the warning first, then the rotate checklist; the kit leaves the list
        robot.interact(() -> table.getSelectionModel().select(0));
        fire(robot, "#forgetButton");
        waitFor(() -> robot.lookup(".dialog-pane").match((Node n) -> ((DialogPane) n).getHeaderText() != null
                && ((DialogPane) n).getHeaderText().startsWith("Forget kit")).tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").match((Node n) -> ((DialogPane) n).getHeaderText() != null
                && ((DialogPane) n).getHeaderText().startsWith("Forget kit")).query();
        assertThat(confirm.getContentText()).contains("keeps working", "or until its keys are rotated");
        Button forget = (Button) confirm.getButtonTypes().stream().filter(b -> b.getText().equals("Forget"))
                .map(confirm::lookupButton).findFirst().orElseThrow();
        Platform.runLater(forget::fire);
        waitFor(() -> robot.lookup("#forgot-0").tryQuery().isPresent() && table.getItems().isEmpty());
        assertThat(robot.lookup("#forgot-0").queryAs(Labeled.class).getText()).startsWith("Rotate \"Grid bot\"");
        shots(robot, "bots-forgot");

        // the checklist's Rotate… closes Bots and opens the rotate dialog for that key
        fire(robot, "#forgotRotate-0");
        waitFor(() -> robot.lookup("#newApiKey").tryQuery().isPresent());
        assertThat(robot.lookup("#rotateTitle").queryAs(Labeled.class).getText()).contains("Grid bot");
    }

    // ---- helpers ----

    /**
     * On request only, the topmost dialog in light and dark, to look at it:
     * {@code mvn test -Dtest=BotsFlowTest -Dapikeep.screenshots=true} writes target/screenshots/bots-*.png.
     */
    private static void shots(FxRobot robot, String name) throws Exception {
        if (Screenshots.asked()) Screenshots.lightAndDark(robot, Path.of("target/screenshots"), name);
    }

    private void unlock(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#password").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#password").queryAs(TextInputControl.class).setText(PASSWORD));
        robot.interact(() -> robot.lookup("#unlockButton").queryButton().fire());
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent()
                && robot.lookup("#keyList").queryListView().getItems().size() == 2);
    }

    /** Fires a button that may open a modal dialog: not through interact(), which would wait for the dialog to close. */
    private static void fire(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryButton();
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
