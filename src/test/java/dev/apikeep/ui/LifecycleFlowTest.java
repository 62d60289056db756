package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.keys.KeyFilter;
import dev.apikeep.vault.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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

/** The key lifecycle in the real window (headless): reminder notice on unlock, audit click-through, rotate. */
@ExtendWith(ApplicationExtension.class)
class LifecycleFlowTest {
    static final String PASSWORD = "lifecycle test password 42";

    AppContext context;
    Path vault;
    ApiKeyEntry grid;
    ApiKeyEntry treasury;

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) throws Exception {
        vault = Files.createTempDirectory("apikeep-lc").resolve("vault.apikeep");
        LocalDate today = LocalDate.now();
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        try (KeyService s = KeyService.create(vault, PASSWORD.toCharArray(), KdfParams.ofMebibytes(19, 2, 1), catalog, Clock.systemDefaultZone())) {
            grid = s.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").createdAt(today.minusDays(10))
                    .apiKey(SecretBytes.of("GRIDOLDKEY123")).secret(SecretBytes.of("grid-old-secret"))
                    .permissions(List.of("read", "spot-trade")).usedBy(List.of("freqtrade-vps")).build());
            s.add(ApiKeyEntry.builder().exchangeId("kraken").label("Ledger export").createdAt(today.minusDays(400))
                    .expiresAt(today.minusDays(2)).ipWhitelist(IpRule.parseList("203.0.113.4"))
                    .apiKey(SecretBytes.of("KRAKENKEY")).secret(SecretBytes.of("kraken-secret")).permissions(List.of("query-funds")).build());
            treasury = s.add(ApiKeyEntry.builder().exchangeId("bybit").label("Treasury sweep").createdAt(today.minusDays(5))
                    .ipWhitelist(IpRule.parseList("203.0.113.50"))
                    .apiKey(SecretBytes.of("TREASURYKEY")).secret(SecretBytes.of("treasury-secret")).permissions(List.of("read", "withdraw")).build());
        }
        // someone typed a wrong password once
        assertThatThrownBy(() -> Vault.open(vault, "guess".toCharArray(), Vault.Access.NORMAL));
        context = TestApp.forVault(vault).catalog(catalog).clearClipboardAfter(Duration.ofSeconds(5)).startOn(stage);
    }

    @Test
    void unlockShowsTheReminderNoticeAndItsClickShowsNeedsAttention(FxRobot robot) throws Exception {
        unlock(robot);
        Labeled notice = waitForText(robot, "1 expired");
        assertThat(notice.getText()).contains("1 expired").contains("1 failed unlock attempt since you last unlocked");
        robot.clickOn(notice);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> sidebar(robot).getSelectionModel().getSelectedItem().filter().equals(KeyFilter.ATTENTION));
        assertThat(keyList(robot).getItems()).extracting(ApiKeyEntry::label).contains("Ledger export", "Grid bot");
    }

    @Test
    void auditFindingClickSelectsItsKey(FxRobot robot) throws Exception {
        unlock(robot);
        Labeled count = robot.lookup("#auditCount").queryAs(Labeled.class);
        waitFor(() -> count.getText().equals("3")); // high + medium findings
        openDialog(robot, "#auditButton");
        waitFor(() -> robot.lookup(".audit-finding").tryQuery().isPresent());
        assertThat(robot.lookup(".audit-view .title-3").queryAs(Labeled.class).getText()).isEqualTo("2 high, 1 medium, 1 low");
        Node finding = robot.lookup(".audit-finding").match((Node n) -> n.lookupAll(".key-label").stream()
                .anyMatch(l -> ((Labeled) l).getText().equals("Treasury sweep"))).query();
        robot.clickOn(finding);
        waitFor(() -> robot.lookup(".audit-view").tryQuery().isEmpty());
        waitFor(() -> keyList(robot).getSelectionModel().getSelectedItem() != null
                && keyList(robot).getSelectionModel().getSelectedItem().label().equals("Treasury sweep"));
    }

    @Test
    void rotateMakesANewActiveKeyRevokesTheOldAndListsTheTools(FxRobot robot) throws Exception {
        unlock(robot);
        ListView<ApiKeyEntry> list = keyList(robot);
        waitFor(() -> list.getItems().size() == 3);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.label().equals("Grid bot")).findFirst().orElseThrow()));
        openDialog(robot, "#rotateButton");
        waitFor(() -> robot.lookup("#newApiKey").tryQuery().isPresent());
        // only the old key's permissions are offered
        assertThat(robot.lookup(".permission-choice").queryAllAs(CheckBox.class)).extracting(Node::getId)
                .containsExactlyInAnyOrder("keep-read", "keep-spot-trade");
        assertThat(robot.lookup("#rotateConfirm").queryButton().isDisabled()).isTrue();
        robot.interact(() -> {
            robot.lookup("#newApiKey").queryAs(TextInputControl.class).setText("GRIDNEWKEY999");
            robot.lookup("#newSecret").queryAs(TextInputControl.class).setText("grid-new-secret");
        });
        assertThat(robot.lookup("#rotateConfirm").queryButton().isDisabled()).isFalse();
        robot.clickOn("#rotateConfirm");
        waitFor(() -> robot.lookup("#checklist-1").tryQuery().isPresent());
        assertThat(robot.lookup("#checklist-0").queryAs(CheckBox.class).getText()).startsWith("Delete the old key on Bybit (https://");
        assertThat(robot.lookup("#checklist-1").queryAs(CheckBox.class).getText()).isEqualTo("Update freqtrade-vps");
        robot.clickOn("#rotateDone");
        waitFor(() -> robot.lookup("#rotateDone").tryQuery().isEmpty());

        waitFor(() -> list.getItems().stream().anyMatch(e -> e.label().equals("Grid bot") && grid.id().equals(e.rotatedFrom())));
        ApiKeyEntry fresh = list.getItems().stream().filter(e -> e.label().equals("Grid bot")).findFirst().orElseThrow();
        assertThat(fresh.isRevoked()).isFalse();
        assertThat(fresh.apiKey().reveal()).isEqualTo("GRIDNEWKEY999");
        assertThat(fresh.permissions()).containsExactly("read", "spot-trade");
        robot.interact(() -> sidebar(robot).getSelectionModel().select(sidebar(robot).getItems().stream()
                .filter(i -> i.filter().equals(KeyFilter.REVOKED)).findFirst().orElseThrow()));
        assertThat(list.getItems()).extracting(ApiKeyEntry::id).containsExactly(grid.id());
        assertThat(list.getItems().get(0).rotatedTo()).isEqualTo(fresh.id());
    }

    @Test
    void aDeletedKeyComesBackWithItsSecretWhenTheUserClicksUndo(FxRobot robot) throws Exception {
        unlock(robot);
        ListView<ApiKeyEntry> list = keyList(robot);
        waitFor(() -> list.getItems().size() == 3);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(e -> e.label().equals("Treasury sweep")).findFirst().orElseThrow()));
        openDialog(robot, "#deleteButton");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getButtonTypes().stream()
                .filter(b -> b.getText().equals("Delete")).findFirst()
                .map(b -> ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).lookupButton(b))
                .ifPresent(b -> ((javafx.scene.control.Button) b).fire()));
        waitFor(() -> list.getItems().size() == 2);
        javafx.scene.control.Hyperlink undo = robot.lookup("#undoLink").queryAs(javafx.scene.control.Hyperlink.class);
        waitFor(undo::isVisible);
        assertThat(robot.lookup("#undoMessage").queryAs(Labeled.class).getText()).isEqualTo("Deleted \"Treasury sweep\".");

        robot.interact(undo::fire);
        waitFor(() -> list.getItems().size() == 3);
        ApiKeyEntry back = list.getItems().stream().filter(e -> e.label().equals("Treasury sweep")).findFirst().orElseThrow();
        assertThat(back.id()).isEqualTo(treasury.id());
        assertThat(back.secret().reveal()).isEqualTo("treasury-secret");
        assertThat(back.permissions()).containsExactly("read", "withdraw");
        assertThat(undo.isVisible()).isFalse();
    }

    @Test
    void aBackupCanBeRestoredFromTheUnlockScreenWithoutUnlocking(FxRobot robot) throws Exception {
        dev.apikeep.app.BackupService backups = new dev.apikeep.app.BackupService(vault, Clock.systemDefaultZone(), 10);
        try (KeyService s = KeyService.open(vault, PASSWORD.toCharArray(), Vault.Access.NORMAL, ExchangeCatalog.loadDefault(),
                Clock.systemDefaultZone())) {
            backups.backupNow(s);
        }
        waitFor(() -> robot.lookup("#restoreBackup").tryQuery().isPresent());
        javafx.scene.control.Hyperlink link = robot.lookup("#restoreBackup").queryAs(javafx.scene.control.Hyperlink.class);
        robot.interact(link::fire);
        waitFor(() -> robot.lookup("#restoreButton").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = robot.lookup("#backupTable").queryAs(javafx.scene.control.TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("#backupNowButton").queryButton().isDisabled()).as("no backup of a locked vault").isTrue();
    }

    // ---- helpers ----

    private void unlock(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#password").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#password").queryAs(TextInputControl.class).setText(PASSWORD));
        robot.interact(() -> robot.lookup("#unlockButton").queryButton().fire());
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent() && keyList(robot).getItems().size() >= 2);
    }

    private static Labeled waitForText(FxRobot robot, String part) throws Exception {
        waitFor(() -> robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains(part)).tryQuery().isPresent());
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains(part)).queryAs(Labeled.class);
    }

    private static ListView<ApiKeyEntry> keyList(FxRobot robot) {
        return robot.lookup("#keyList").queryListView();
    }

    /** Fires a button that opens a modal dialog: not through interact(), which would wait for the dialog to close. */
    private static void openDialog(FxRobot robot, String query) {
        javafx.scene.control.Button button = robot.lookup(query).queryButton();
        javafx.application.Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ListView<KeyFilter.Item> sidebar(FxRobot robot) {
        return robot.lookup("#sidebar").queryListView();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
