package dev.apikeep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.editor.EditorDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow with the keyboard alone (issue 12 §7): unlock, search, select, copy, add a key
 * (label, API key and secret typed) and save it, lock. The robot only presses keys; the test only looks.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyFlowTest {
    static final String PASSWORD = "tulip ankle oxide mercy 1987";
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = Files.createTempDirectory("apikeep-keys").resolve("vault.apikeep");
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        try (KeyService s = KeyService.create(vault, PASSWORD.toCharArray(), KdfParams.ofMebibytes(19, 2, 1), catalog, Clock.systemDefaultZone())) {
            for (String label : List.of("Grid bot", "Ledger export")) {
                s.add(ApiKeyEntry.builder().exchangeId("bybit").label(label).createdAt(LocalDate.now().minusDays(3))
                        .apiKey(SecretBytes.of(label.replace(" ", "") + "Key")).secret(SecretBytes.of(label + " secret"))
                        .permissions(List.of("read")).build());
            }
        }
        context = TestApp.forVault(vault).catalog(catalog).editor(EditorDialog::show).startOn(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void unlockSearchSelectCopyAddAndLockWithKeysOnly(FxRobot robot) throws Exception {
        // unlock: the password field has the focus; Enter unlocks
        waitFor(() -> focusedId().equals("password"));
        robot.write(PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#keyList").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#keyList").queryAs(ListView.class);
        waitFor(() -> list.getItems().size() == 2);

        // search: Ctrl+F and type; Tab into the list, Home selects the match
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> focusedId().equals("searchField"));
        robot.write("ledger");
        javafx.scene.control.TextField search = robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
        waitFor(() -> search.getText().equals("ledger"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(e -> ((ApiKeyEntry) e).label()).containsExactly("Ledger export");
        tabUntil(robot, "keyList");
        robot.type(KeyCode.HOME);
        waitFor(() -> list.getSelectionModel().getSelectedItem() != null);

        // copy: Ctrl+C the secret, Ctrl+B the API key
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        waitFor(() -> "Ledger export secret".equals(clipboardText(robot)));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitFor(() -> "LedgerexportKey".equals(clipboardText(robot)));

        // clear the search: Ctrl+F, select its text, delete it
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> focusedId().equals("searchField"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        waitFor(() -> list.getItems().size() == 2);

        // add: Ctrl+N opens the editor on its first field; Tab to each field and type; Ctrl+S saves
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#exchangeBox").tryQuery().isPresent());
        tabUntil(robot, "labelField");
        typeKeys(robot, "Kraken Tax 2");
        tabUntil(robot, "apiKeyField");
        typeKeys(robot, "krakenKey77");
        tabUntil(robot, "secretArea");
        typeKeys(robot, "kraken secret 9");
        javafx.scene.control.Button save = robot.lookup("#saveButton").queryButton();
        waitFor(() -> !save.isDisabled());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL); // Enter here would be a new line
        waitFor(() -> robot.lookup("#exchangeBox").tryQuery().isEmpty());
        waitFor(() -> list.getItems().stream().anyMatch(e -> ((ApiKeyEntry) e).label().equals("Kraken Tax 2")));
        ApiKeyEntry saved = context.serviceProperty().get().list(false).stream()
                .filter(e -> e.label().equals("Kraken Tax 2")).findFirst().orElseThrow();
        assertThat(saved.apiKey().reveal()).isEqualTo("krakenKey77");
        assertThat(saved.secret().reveal()).isEqualTo("kraken secret 9");

        // lock: Ctrl+L, back to the password
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#unlockButton").tryQuery().isPresent());
        assertThat(context.serviceProperty().get()).isNull();
    }

    /**
     * Types {@code text} as key presses (Shift for capitals) through JavaFX's own robot, the native
     * keyboard path Tab and Enter take, so the characters reach the focused window. TestFX's
     * {@code write} does not: it puts them into the scene of the first window that says it is
     * focused, and under Monocle the main window behind the dialog says so too. One wait at the
     * end instead of two per key: the presses are queued in order.
     */
    private static void typeKeys(FxRobot robot, String text) {
        robot.interact(() -> {
            javafx.scene.robot.Robot keyboard = new javafx.scene.robot.Robot();
            for (char c : text.toCharArray()) {
                KeyCode key = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
                boolean shift = Character.isUpperCase(c);
                if (shift) keyboard.keyPress(KeyCode.SHIFT);
                keyboard.keyPress(key);
                keyboard.keyRelease(key);
                if (shift) keyboard.keyRelease(KeyCode.SHIFT);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Tab (Ctrl+Tab in a text area, where Tab is a character) until {@code id} has the focus, at most 80 times. */
    private void tabUntil(FxRobot robot, String id) {
        for (int i = 0; i < 80 && !focusedId().equals(id); i++) {
            if (focusedNode() instanceof javafx.scene.control.TextArea) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB); // waits for the FX thread, so the focus has moved when it returns
            }
        }
        assertThat(focusedId()).as("reached by Tab").isEqualTo(id);
    }

    private static Node focusedNode() {
        List<Window> windows = new java.util.ArrayList<>(Window.getWindows());
        java.util.Collections.reverse(windows); // the newest (a dialog) first
        for (Window window : windows) {
            Scene scene = window.getScene();
            if (window.isFocused() && scene != null && scene.getFocusOwner() != null) return scene.getFocusOwner();
        }
        return null;
    }

    /** The focused node's id, or the id of the nearest parent that has one (a combo box's inner parts). */
    private static String focusedId() {
        for (Node n = focusedNode(); n != null; n = n.getParent()) {
            if (n.getId() != null) return n.getId();
        }
        return "";
    }

    private static String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
