package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.PermissionBadge;
import dev.apikeep.ui.common.KeyEditor;
import dev.apikeep.vault.HeaderEdits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real screens headless (Monocle): create, add, badges, search, copy and clear, lock. */
@ExtendWith(ApplicationExtension.class)
class AppFlowTest {

    /** Closes this test's windows so they cannot cover the next test's nodes on the shared headless screen. */
    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
    }
    static final String PASSWORD = "tulip ankle oxide mercy 1987";
    static final Duration CLEAR_AFTER = Duration.ofMillis(1500);

    final Deque<ApiKeyEntry> editorResults = new ArrayDeque<>();
    AppContext context;
    Path vault;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("apikeep-ui");
        vault = dir.resolve("vault.apikeep");
        KeyEditor fakeEditor = (owner, catalog, existing, today) -> Optional.ofNullable(editorResults.poll());
        context = TestApp.forVault(vault).editor(fakeEditor).clearClipboardAfter(CLEAR_AFTER).startOn(stage);
    }

    @Test
    void createAddSearchCopyAndLock(FxRobot robot) throws Exception {
        // ---- first run shows Create; Create stays disabled until the passwords match ----
        Button create = robot.lookup("#createButton").queryButton();
        assertThat(create.isDisabled()).isTrue();
        setText(robot, "#newPassword", PASSWORD);
        setText(robot, "#repeatPassword", PASSWORD + "x");
        assertThat(create.isDisabled()).isTrue();
        setText(robot, "#repeatPassword", PASSWORD);
        assertThat(create.isDisabled()).isFalse();
        assertThat(robot.lookup("#strengthLabel").queryAs(Label.class).getText()).isNotEmpty();
        robot.clickOn(create);
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        assertThat(Files.exists(vault)).isTrue();
        assertThat(robot.lookup(".empty-state").tryQuery()).isPresent();

        // ---- add a Bybit key with read + spot trade and no IP through the (fake) editor ----
        LocalDate today = context.today();
        editorResults.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").account("sub-1").createdAt(today)
                .apiKey(SecretBytes.of("AKZqGridBotKey7Hd0")).secret(SecretBytes.of("grid-secret-123"))
                .permissions(List.of("read", "spot-trade")).tags(List.of("bots")).build());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        ListView<ApiKeyEntry> list = robot.lookup("#keyList").queryListView();
        waitFor(() -> list.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        List<PermissionBadge> badges = robot.lookup(".key-cell .permission").queryAllAs(PermissionBadge.class)
                .stream().sorted((a, b) -> a.getText().compareTo(b.getText())).toList();
        // issue 13: Read-Only listed beside Trade without Bybit's switch stated is not shown as a green "Read-Only"
        assertThat(badges).extracting(Label::getText).containsExactly("Read-Only?", "Trade");
        assertThat(badges.get(0).getStyleClass()).contains("neutral", "switch-unconfirmed").doesNotContain("success");
        assertThat(hoveredTooltip(robot, badges.get(0))).contains("either Read-Only or Read-Write");
        assertThat(badges.get(1).getStyleClass()).contains("risk-medium", "warning");
        Label ip = robot.lookup(".key-cell .ip-any").queryAs(Label.class);
        assertThat(ip.getText()).isEqualTo("any IP");
        assertThat(ip.getStyleClass()).contains("warning");
        Label expiry = robot.lookup(".key-cell .expiry").queryAs(Label.class);
        assertThat(expiry.getText()).isEqualTo("expires in 90 d");
        assertThat(hoveredTooltip(robot, expiry)).contains(today.plusDays(90).toString()).contains("90 days");

        // ---- a second key, then search as you type ----
        editorResults.add(ApiKeyEntry.builder().exchangeId("binance").label("Portfolio tracker").createdAt(today)
                .keyType(dev.apikeep.domain.KeyType.ED25519)
                .apiKey(SecretBytes.of("BNBtrackerKey0001")).secret(SecretBytes.of("tracker-secret"))
                .permissions(List.of("reading")).ipWhitelist(IpRule.parseList("203.0.113.7")).build());
        robot.clickOn("#addButton");
        waitFor(() -> list.getItems().size() == 2);
        setText(robot, "#searchField", "grid");
        assertThat(list.getItems()).extracting(ApiKeyEntry::label).containsExactly("Grid bot");
        setText(robot, "#searchField", "binance");
        assertThat(list.getItems()).extracting(ApiKeyEntry::label).containsExactly("Portfolio tracker");
        setText(robot, "#searchField", "");
        assertThat(list.getItems()).hasSize(2);

        // ---- copy puts the secret on the clipboard, with the history hints, and clears it ----
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(e -> e.label().equals("Grid bot")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        fire(robot, "#secretCopy");
        assertThat(clipboardText(robot)).isEqualTo("grid-secret-123");
        assertThat(robot.lookup("#clipboardStatus").queryAs(Label.class).getText()).startsWith("Clipboard clears in");
        Set<String> formats = onFx(robot, () -> Clipboard.getSystemClipboard().getContentTypes().stream()
                .flatMap(f -> f.getIdentifiers().stream()).collect(Collectors.toSet()));
        assertThat(formats).contains("x-kde-passwordManagerHint");
        waitFor(() -> {
            String text = clipboardText(robot); // read once: the clear may land between two reads
            return text == null || text.isEmpty();
        });

        // ---- ... but not when the user copied something else meanwhile ----
        fire(robot, "#secretCopy");
        assertThat(clipboardText(robot)).isEqualTo("grid-secret-123");
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, "my own note")));
        Thread.sleep(CLEAR_AFTER.toMillis() + 700);
        assertThat(clipboardText(robot)).isEqualTo("my own note");

        // ---- Ctrl+B copies the API key of the selected key ----
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(e -> e.label().equals("Grid bot")).findFirst().orElseThrow()));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertThat(clipboardText(robot)).isEqualTo("AKZqGridBotKey7Hd0");

        // ---- Ctrl+L locks: back to unlock, clipboard cleared, secrets wiped ----
        ApiKeyEntry shown = list.getItems().get(0);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#unlockButton").tryQuery().isPresent());
        assertThat(clipboardText(robot)).isNullOrEmpty();
        assertThat(shown.secret().isWiped()).isTrue();
        assertThat(context.serviceProperty().get()).isNull();

        // ---- a wrong password says so, and the field is cleared at once ----
        setText(robot, "#password", "not the password");
        robot.clickOn("#unlockButton");
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEmpty();
        Label message = robot.lookup("#unlockMessage").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Wrong master password"));

        // ---- the right one opens the vault again with both keys ----
        setText(robot, "#password", PASSWORD);
        robot.clickOn("#unlockButton");
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent()
                && robot.lookup("#keyList").queryListView().getItems().size() == 2);
    }

    /** Issue 11 §9: the header's KDF settings edited since the vault last opened here is damage, said as such. */
    @Test
    void aHeaderEditedSinceTheLastUnlockHereSaysSoAndOffersToOpenItReadOnly(FxRobot robot) throws Exception {
        setText(robot, "#newPassword", PASSWORD);
        setText(robot, "#repeatPassword", PASSWORD);
        robot.clickOn("#createButton");
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        lockAndUnlock(robot); // this machine remembers the header that unlocked it
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#unlockButton").tryQuery().isPresent());

        HeaderEdits.setIterations(vault, 4);
        setText(robot, "#password", PASSWORD);
        robot.clickOn("#unlockButton");
        Label message = robot.lookup("#unlockMessage").queryAs(Label.class);
        waitFor(() -> !message.getText().isEmpty());
        assertThat(message.getText()).isEqualTo(Messages.format("unlock.headerChanged"))
                .startsWith("The vault's header was changed since it last opened on this machine");
        assertThat(robot.lookup("#rescueButton").queryButton().isVisible()).isTrue();
        assertThat(HeaderEdits.failedUnlockCounted(vault)).isFalse();

        robot.clickOn("#rescueButton");
        setText(robot, "#password", PASSWORD);
        robot.clickOn("#rescueButton");
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        assertThat(context.serviceProperty().get().isReadOnly()).isTrue();
    }

    private static void lockAndUnlock(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#unlockButton").tryQuery().isPresent());
        setText(robot, "#password", PASSWORD);
        robot.clickOn("#unlockButton");
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
    }

    private static void fire(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryButton();
        robot.interact(button::fire);
    }

    private static void setText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static String clipboardText(FxRobot robot) {
        return onFx(robot, () -> Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString() : null);
    }

    private static <T> T onFx(FxRobot robot, Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The tooltip a badge shows once the pointer is over it (badges make theirs on the first hover). */
    private static String hoveredTooltip(FxRobot robot, Label badge) throws Exception {
        robot.moveTo(badge);
        waitFor(() -> badge.getTooltip() != null);
        return badge.getTooltip().getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
