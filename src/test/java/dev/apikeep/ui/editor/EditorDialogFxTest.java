package dev.apikeep.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the editor's real view (headless Monocle) with the robot: keyboard and mouse, no model shortcuts. */
@ExtendWith(ApplicationExtension.class)
class EditorDialogFxTest {

    /** Closes this test's windows so they cannot cover the next test's nodes on the shared headless screen. */
    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
    }
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    EditorModel model;
    DialogPane pane;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        model = new EditorModel(CATALOG, null, TODAY);
        pane = EditorDialog.createPane(model);
        // Monocle's headless screen is 1280x800: keep the whole stage on it so clicks land where
        // they aim (the editor scrolls when it is shorter than its content).
        stage.setScene(new Scene(pane, 1250, 780));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
    }

    @Test
    void badIpBlocksSaveAndIsExplainedNextToTheField(FxRobot robot) {
        pickExchange(robot, "Bybit");
        typeInto(robot, "#labelField", "Grid bot");
        pasteInto(robot, "#apiKeyField", "AKZqT3v9LmN2pQ7Hd0");
        pasteInto(robot, "#secretArea", "xR8kL2mN9pQ4sT6vW1yZ3bC5dF7gH0jK");
        Button save = (Button) pane.lookupButton(EditorDialog.SAVE);
        assertThat(save.isDisabled()).as(() -> model.summaryProperty().get() + " label=" + model.labelProperty().get() + " key=" + model.apiKeyProperty().get().length() + " secret=" + model.secretProperty().get().length()).isFalse();

        typeInto(robot, "#ipArea", "203.0.113.7\n10.0.0.300");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(save.isDisabled()).isTrue();
        Label error = robot.lookup("#ipWhitelistError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("line 2:").contains("10.0.0.300");
        // "Next to the field": directly under the IP area, in the same column.
        var areaBounds = robot.lookup("#ipArea").query().localToScene(robot.lookup("#ipArea").query().getBoundsInLocal());
        var errorBounds = error.localToScene(error.getBoundsInLocal());
        assertThat(errorBounds.getMinY()).isGreaterThan(areaBounds.getMaxY()).isLessThan(areaBounds.getMaxY() + 40);
        assertThat(errorBounds.getMinX()).isEqualTo(areaBounds.getMinX(), org.assertj.core.data.Offset.offset(2.0));

        robot.clickOn("#ipArea").press(javafx.scene.input.KeyCode.BACK_SPACE).release(javafx.scene.input.KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.ipTextProperty().get()).endsWith("10.0.0.30");
        assertThat(error.isVisible()).isFalse();
        assertThat(save.isDisabled()).as(() -> model.summaryProperty().get() + " label=" + model.labelProperty().get() + " key=" + model.apiKeyProperty().get().length() + " secret=" + model.secretProperty().get().length()).isFalse();
    }

    @Test
    void validBybitKeyEnablesSaveWithTheTickedPermissions(FxRobot robot) {
        pickExchange(robot, "Bybit");
        Button save = (Button) pane.lookupButton(EditorDialog.SAVE);
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#passphraseBox").query().isVisible()).isFalse();

        typeInto(robot, "#labelField", "Grid bot");
        pasteInto(robot, "#apiKeyField", "AKZqT3v9LmN2pQ7Hd0");
        pasteInto(robot, "#secretArea", "xR8kL2mN9pQ4sT6vW1yZ3bC5dF7gH0jK");
        assertThat(robot.lookup("#readWriteRadio").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .as("Bybit's switch: a new key starts Read-Write").isTrue();
        tick(robot, "#perm-spot-trade", true);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(save.isDisabled()).as(() -> model.summaryProperty().get() + " label=" + model.labelProperty().get() + " key=" + model.apiKeyProperty().get().length() + " secret=" + model.secretProperty().get().length()).isFalse();
        Label expiry = robot.lookup("#expiryLabel").queryAs(Label.class);
        assertThat(expiry.getText()).contains("90 days").contains("2027-02-24");
        assertThat(robot.lookup("#withdrawBanner").query().isVisible()).isFalse();

        tick(robot, "#perm-withdraw", true);
        assertThat(robot.lookup("#withdrawBanner").query().isVisible()).isTrue();
        tick(robot, "#perm-withdraw", false);

        robot.clickOn("#saveButton");
        ApiKeyEntry entry = model.build();
        assertThat(entry.exchangeId()).isEqualTo("bybit");
        assertThat(entry.label()).isEqualTo("Grid bot");
        assertThat(entry.permissions()).containsExactly("spot-trade");
        assertThat(entry.readOnly()).isFalse();
        assertThat(entry.secret().reveal()).isEqualTo("xR8kL2mN9pQ4sT6vW1yZ3bC5dF7gH0jK");
        assertThat(entry.ipWhitelist()).isEmpty();
    }

    @Test
    void okxShowsTheRequiredPassphrase(FxRobot robot) {
        pickExchange(robot, "OKX");
        assertThat(robot.lookup("#passphraseBox").query().isVisible()).isTrue();
        assertThat(robot.lookup("#passphraseCaption").queryAs(Label.class).getText()).isEqualTo("Passphrase *");
    }

    /**
     * Picks the exchange in the combo box control. (Clicking rows of its popup list is flaky under
     * Monocle once earlier tests left popups behind; the fields themselves are typed by the robot.)
     */
    private void pickExchange(FxRobot robot, String name) {
        @SuppressWarnings("unchecked")
        ComboBox<dev.apikeep.domain.Exchange> box = robot.lookup("#exchangeBox").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(
                box.getItems().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.exchangeProperty().get().name()).isEqualTo(name);
    }

    /**
     * Clicks the field and types into it with the keyboard robot. Under Monocle a click does not
     * always move the focus away from a text field, so focus is made sure of before typing.
     */
    private static void typeInto(FxRobot robot, String query, String text) {
        focus(robot, query);
        robot.write(text, 0); // each character already waits for the FX thread; no sleep on top
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Puts {@code text} on the clipboard and pastes it with the shortcut, as a user brings an API key
     * or secret over from the exchange's page: one key press instead of one per character.
     */
    private static void pasteInto(FxRobot robot, String query, String text) {
        focus(robot, query);
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(
                java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, text)));
        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.V)
                .release(javafx.scene.input.KeyCode.V, javafx.scene.input.KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class).getText())
                .as("pasted into " + query).isEqualTo(text);
    }

    private static void focus(FxRobot robot, String query) {
        javafx.scene.Node field = robot.lookup(query).query();
        robot.clickOn(field);
        if (!field.isFocused()) robot.interact(field::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Toggles a checkbox the way a keyboard user does (focus, then Space). Under a loaded headless
     * Monocle a mouse click right after typing is sometimes dropped; key presses are not.
     */
    private static void tick(FxRobot robot, String query, boolean state) {
        javafx.scene.control.CheckBox box = robot.lookup(query).queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(() -> {
            scrollIntoView(box);
            box.requestFocus();
        });
        if (box.isSelected() != state) robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.isSelected()).as(query).isEqualTo(state);
    }

    /** The editor scrolls when its content is taller than the window: bring the node into the viewport before clicking it. */
    private static void scrollIntoView(javafx.scene.Node node) {
        for (javafx.scene.Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (!(parent instanceof javafx.scene.control.ScrollPane scroll)) continue;
            javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
            javafx.geometry.Bounds target = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = content.getHeight() - scroll.getViewportBounds().getHeight();
            if (scrollable > 0) scroll.setVvalue(Math.max(0, Math.min(1, (target.getMinY() - 40) / scrollable)));
            scroll.layout();
        }
    }
}
