package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.FakeClipboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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

/** A kit seen from the main window: the reminder after unlock, the detail pane's "Bot kits", the rotate checklist. */
@ExtendWith(ApplicationExtension.class)
class KitsInMainWindowFlowTest {
    static final String PASSWORD = "kits main window password 42";

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("apikeep-kitsmain");
        Path vault = dir.resolve("vault.apikeep");
        LocalDate today = LocalDate.now();
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        try (KeyService s = KeyService.create(vault, PASSWORD.toCharArray(), KdfParams.ofMebibytes(19, 2, 1), catalog, Clock.systemDefaultZone())) {
            s.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").createdAt(today.minusDays(10))
                    .apiKey(SecretBytes.of("GRIDKEY123")).secret(SecretBytes.of("grid-secret-1"))
                    .permissions(List.of("read", "spot-trade")).ipWhitelist(dev.apikeep.domain.IpRule.parseList("203.0.113.9")).build());
            s.add(ApiKeyEntry.builder().exchangeId("kraken").label("Ledger export").createdAt(today.minusDays(40))
                    .apiKey(SecretBytes.of("KRAKENKEY")).secret(SecretBytes.of("kraken-secret")).permissions(List.of("query-funds")).build());
            new BotKits(s).create("freqtrade-vps", List.of("Grid bot"), today.plusDays(5), dir.resolve("vps.akkit"), false).close();
        }
        AppContext context = TestApp.forVault(vault).catalog(catalog).clipboard(new FakeClipboard(), Duration.ofSeconds(30)).startOn(stage);
    }

    @Test
    void theReminderTheDetailPaneAndTheRotateChecklistNameTheKit(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#password").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#password").queryAs(TextInputControl.class).setText(PASSWORD));
        robot.interact(() -> robot.lookup("#unlockButton").queryButton().fire());
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent()
                && robot.lookup("#keyList").queryListView().getItems().size() == 2);
        ListView<ApiKeyEntry> list = robot.lookup("#keyList").queryListView();

        waitFor(() -> robot.lookup("#reminderText").tryQuery().isPresent());
        assertThat(robot.lookup("#reminderText").queryAs(Labeled.class).getText()).isEqualTo("1 bot kit expires within 14 days");

        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.label().equals("Grid bot")).findFirst().orElseThrow()));
        waitFor(() -> labelled(robot, "freqtrade-vps"));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.label().equals("Ledger export")).findFirst().orElseThrow()));
        waitFor(() -> labelled(robot, "in no kit"));

        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.label().equals("Grid bot")).findFirst().orElseThrow()));
        javafx.scene.control.Button rotate = robot.lookup("#rotateButton").queryButton();
        Platform.runLater(rotate::fire);
        waitFor(() -> robot.lookup("#newApiKey").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#newApiKey").queryAs(TextInputControl.class).setText("GRIDNEWKEY999");
            robot.lookup("#newSecret").queryAs(TextInputControl.class).setText("grid-new-secret");
        });
        robot.clickOn("#rotateConfirm");
        waitFor(() -> robot.lookup("#checklist-1").tryQuery().isPresent());
        assertThat(robot.lookup("#checklist-1").queryAs(CheckBox.class).getText())
                .isEqualTo("Re-issue kit freqtrade-vps (Bots) and copy the new kit and token to its bot: it holds the old secret");
    }

    private static boolean labelled(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())).tryQuery().isPresent();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
