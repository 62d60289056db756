package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.exchange.fake.FakeBybit;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.vault.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
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

/** "Check with exchange" in the real window against a fake Bybit: consent once, differences side by side, use and undo. */
@ExtendWith(ApplicationExtension.class)
class ExchangeCheckFlowTest {
    static final String PASSWORD = "exchange flow password 42";
    static final String OVERRIDE = "APIKEEP_EXCHANGE_URL_BYBIT";

    FakeBybit bybit;
    Path vault;
    Stage stage;
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bybit = new FakeBybit();
        bybit.result.with("permissions").putArray("Wallet").add("Withdraw");
        System.setProperty(OVERRIDE, bybit.url().toString());
        vault = Files.createTempDirectory("apikeep-x").resolve("vault.apikeep");
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        try (KeyService s = KeyService.create(vault, PASSWORD.toCharArray(), KdfParams.ofMebibytes(19, 2, 1), catalog, Clock.systemDefaultZone())) {
            s.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").createdAt(LocalDate.of(2026, 2, 10))
                    .apiKey(SecretBytes.of(bybit.apiKey)).secret(SecretBytes.of(bybit.secret))
                    .ipWhitelist(IpRule.parseList("203.0.113.7"))
                    .permissions(List.of("contract-orders", "contract-positions", "spot-trade")).build());
        }
        context = TestApp.forVault(vault).catalog(catalog).editor(ApiKeepApp.defaultKeyEditor()).clearClipboardAfter(Duration.ofSeconds(5)).startOn(stage);
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(OVERRIDE);
        bybit.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void checkAsksOnce_showsTheDifferenceSideBySide_andItsValuesCanBeUsedAndUndone(FxRobot robot) throws Exception {
        unlock(robot);
        ListView<ApiKeyEntry> list = robot.lookup("#keyList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> robot.lookup("#checkWithExchangeButton").tryQuery().isPresent());

        fire(robot, "#checkWithExchangeButton");
        DialogPane consent = waitForDialog(robot);
        assertThat(consent.getContentText()).contains("never the secret itself").contains("OKX and Bitget").contains("KuCoin gets an HMAC");
        assertThat(bybit.received()).as("nothing is sent before the user agrees").isEmpty();
        robot.interact(() -> ((javafx.scene.control.Button) consent.lookupButton(consent.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());

        waitFor(() -> robot.lookup("#lastCheckedLabel").tryQuery().isPresent());
        assertThat(robot.lookup("#lastCheckedLabel").queryAs(Labeled.class).getText()).startsWith("Last checked ").endsWith("1 difference");
        assertThat(texts(robot, "#differencesGrid")).contains("Permissions", "Vault", "Exchange", "Withdrawal");
        assertThat(bybit.received()).allSatisfy(r -> assertThat(r.everything()).doesNotContain(bybit.secret));
        // README's screenshot is retaken on request only, so a build never rewrites a tracked file:
        // mvn test -Dtest=ExchangeCheckFlowTest -Dapikeep.screenshots=true
        if (Screenshots.asked()) saveScreenshot(robot, Path.of("docs/screenshots/key-differs-from-exchange.png"));

        fire(robot, "#useExchangeValuesButton");
        waitFor(() -> list.getItems().get(0).permissions().contains("withdraw"));
        assertThat(robot.lookup("#differencesGrid").tryQuery()).isEmpty();

        robot.interact(() -> robot.lookup("#undoLink").queryAs(javafx.scene.control.Hyperlink.class).fire());
        waitFor(() -> !list.getItems().get(0).permissions().contains("withdraw"));

        // the second check does not ask again
        int before = bybit.received().size();
        robot.interact(() -> list.getSelectionModel().select(0));
        fire(robot, "#checkWithExchangeButton");
        waitFor(() -> bybit.received().size() > before && robot.lookup("#differencesGrid").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void checkAllInTheAudit_storesEachCheck_whoseFindingsAndDetailsSurviveLockAndUnlock(FxRobot robot) throws Exception {
        unlock(robot);
        fire(robot, "#auditButton");
        waitFor(() -> robot.lookup("#checkAllButton").tryQuery().isPresent());
        assertThat(findingRules(robot)).doesNotContain("exchange-withdraw-on");

        fire(robot, "#checkAllButton");
        DialogPane consent = waitForConsent(robot);
        assertThat(bybit.received()).as("nothing is sent before the user agrees").isEmpty();
        robot.interact(() -> ((javafx.scene.control.Button) consent.lookupButton(consent.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());

        waitFor(() -> robot.lookup("#checkAllStatus").queryAs(Labeled.class).getText().startsWith("Checked 1 of 1 keys"));
        waitFor(() -> findingRules(robot).contains("exchange-withdraw-on"));
        assertThat(robot.lookup("#cancelCheckAllButton").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#checkAllButton").queryButton().isDisabled()).isFalse();
        int asked = bybit.received().size();

        robot.interact(() -> robot.lookup(".audit-dialog").queryAs(DialogPane.class).getScene().getWindow().hide());
        robot.interact(() -> context.navigator().lock());
        unlock(robot);
        ListView<ApiKeyEntry> list = robot.lookup("#keyList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> robot.lookup("#lastCheckedLabel").tryQuery().isPresent());
        assertThat(robot.lookup("#lastCheckedLabel").queryAs(Labeled.class).getText()).as("kept in the vault").endsWith("1 difference");
        fire(robot, "#auditButton");
        waitFor(() -> findingRules(robot).contains("exchange-withdraw-on"));
        assertThat(bybit.received()).as("reading the last check asks nobody").hasSize(asked);
    }

    @Test
    void cancellingCheckAll_stopsTheRun_andTheAnswerThatArrivesAfterwardsIsNeitherShownNorKept(FxRobot robot) throws Exception {
        bybit.trouble = dev.apikeep.exchange.fake.FakeExchange.Trouble.SLOW;
        bybit.slowBy = Duration.ofSeconds(2);
        unlock(robot);
        fire(robot, "#auditButton");
        waitFor(() -> robot.lookup("#checkAllButton").tryQuery().isPresent());
        fire(robot, "#checkAllButton");
        DialogPane consent = waitForConsent(robot);
        robot.interact(() -> ((javafx.scene.control.Button) consent.lookupButton(consent.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());
        waitFor(() -> !bybit.received().isEmpty() && robot.lookup("#cancelCheckAllButton").queryButton().isVisible());
        screenshotIfAsked(robot, "#cancelCheckAllButton", "audit-check-all-in-progress.png");

        robot.interact(() -> robot.lookup("#cancelCheckAllButton").queryButton().fire());
        assertThat(robot.lookup("#checkAllStatus").queryAs(Labeled.class).getText()).startsWith("Cancelled: 0 of 1 checked");
        assertThat(robot.lookup("#cancelCheckAllButton").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#checkAllButton").queryButton().isDisabled()).isFalse();

        Thread.sleep(bybit.slowBy.toMillis() + 1500); // the slow answer has come back by now
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#checkAllStatus").queryAs(Labeled.class).getText()).startsWith("Cancelled: 0 of 1 checked");
        assertThat(findingRules(robot)).doesNotContain("exchange-withdraw-on");
        robot.interact(() -> robot.lookup(".audit-dialog").queryAs(DialogPane.class).getScene().getWindow().hide());
        robot.interact(() -> context.navigator().lock());
        try (KeyService s = KeyService.open(vault, PASSWORD.toCharArray(), Vault.Access.NORMAL, context.catalog(), Clock.systemDefaultZone())) {
            assertThat(dev.apikeep.app.ExchangeChecks.lastChecks(s, s.list(true))).as("nothing kept after Cancel").isEmpty();
        }
    }

    @Test
    void fillFromExchangeInTheEditor_afterConsent_fillsTheFormBeforeTheFirstSave_andARefusalChangesNothing(FxRobot robot) throws Exception {
        unlock(robot);
        fire(robot, "#addButton");
        waitFor(() -> robot.lookup("#apiKeyField").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#exchangeBox").queryComboBox().getSelectionModel().select(context.catalog().require("bybit"));
            robot.lookup("#labelField").queryAs(TextInputControl.class).setText("Filled bot");
            robot.lookup("#apiKeyField").queryAs(TextInputControl.class).setText("a-key-the-exchange-does-not-know");
            robot.lookup("#secretArea").queryAs(TextInputControl.class).setText(bybit.secret);
        });

        fire(robot, "#fillButton");
        DialogPane consent = waitForConsent(robot);
        robot.interact(() -> ((javafx.scene.control.Button) consent.lookupButton(consent.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());
        waitFor(() -> robot.lookup("#fillStatus").queryAs(Labeled.class).getText().contains("Nothing was filled"));
        assertThat(robot.lookup("#fillStatus").queryAs(Labeled.class).getText()).isEqualTo(
                "The key was refused. Bybit: API key is invalid. (retCode 10003) Nothing was filled.");
        assertThat(robot.lookup("#ipArea").queryAs(TextInputControl.class).getText()).isEmpty();

        robot.interact(() -> robot.lookup("#apiKeyField").queryAs(TextInputControl.class).setText(bybit.apiKey));
        fire(robot, "#fillButton");
        waitFor(() -> robot.lookup("#fillStatus").queryAs(Labeled.class).getText().startsWith("Filled from Bybit"));
        assertThat(robot.lookup("#fillStatus").queryAs(Labeled.class).getText()).startsWith("Filled from Bybit: permissions, IP list, created.");
        screenshotIfAsked(robot, "#fillStatus", "editor-filled-from-exchange.png");
        assertThat(robot.lookup("#perm-withdraw").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#perm-spot-trade").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#readWriteRadio").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#ipArea").queryAs(TextInputControl.class).getText()).isEqualTo("203.0.113.7");
        assertThat(robot.lookup("#createdPicker").queryAs(javafx.scene.control.DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(bybit.received()).allSatisfy(r -> assertThat(r.everything()).doesNotContain(bybit.secret));

        robot.interact(() -> robot.lookup("#saveButton").queryButton().fire());
        ListView<ApiKeyEntry> list = robot.lookup("#keyList").queryListView();
        waitFor(() -> list.getItems().stream().anyMatch(e -> e.label().equals("Filled bot")));
        ApiKeyEntry saved = list.getItems().stream().filter(e -> e.label().equals("Filled bot")).findFirst().orElseThrow();
        assertThat(saved.permissions()).contains("withdraw", "spot-trade");
        assertThat(saved.readOnly()).isFalse();
    }

    private static List<String> findingRules(FxRobot robot) {
        ListView<?> audit = robot.lookup("#auditList").queryListView();
        return audit.getItems().stream().filter(r -> r instanceof dev.apikeep.ui.audit.AuditModel.Finding)
                .map(r -> ((dev.apikeep.ui.audit.AuditModel.Finding) r).finding().rule()).toList();
    }

    /** The consent question, over the audit dialog. */
    private static DialogPane waitForConsent(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(p -> p.getContentText() != null && p.getContentText().contains("never the secret")));
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().contains("never the secret")).findFirst().orElseThrow();
    }

    private void unlock(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#password").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#password").queryAs(TextInputControl.class).setText(PASSWORD));
        robot.interact(() -> robot.lookup("#unlockButton").queryButton().fire());
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent() && !robot.lookup("#keyList").queryListView().getItems().isEmpty());
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).flatMap(t -> List.of(t.split("\n")).stream()).toList();
    }

    /** Fires a button that may open a modal dialog: not through interact(), which would wait for it to close. */
    private static void fire(FxRobot robot, String query) {
        javafx.scene.control.Button button = robot.lookup(query).queryButton();
        javafx.application.Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane waitForDialog(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** The window as the user sees it, for the README. */
    private void saveScreenshot(FxRobot robot, Path file) throws Exception {
        Screenshots.save(robot, stage.getScene(), file);
    }

    /** A window of its own (the audit, the editor), on request: -Dapikeep.screenshots=true, into target/screenshots. */
    private static void screenshotIfAsked(FxRobot robot, String query, String name) throws Exception {
        if (!Screenshots.asked()) return;
        Screenshots.save(robot, robot.lookup(query).query().getScene(), Path.of("target/screenshots", name));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
