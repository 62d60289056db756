package dev.apikeep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.ui.password.PasswordPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * However a hosted dialog closes (its button, Cancel, Esc, the window's close button), its password
 * field is overwritten and emptied: no dialog has to remember to do it.
 */
@ExtendWith(ApplicationExtension.class)
class DialogHostFxTest {
    static final String SECRET = "tulip ankle oxide";
    static final PasswordPrompt.Question QUESTION =
            new PasswordPrompt.Question("Confirm", "Type it.", "Current master password", "Apply");

    Dialog<char[]> dialog;
    PasswordField field;
    /** Every text the field held, to see the overwrite before the clear. */
    final List<String> texts = new ArrayList<>();
    final AtomicReference<Optional<char[]>> answer = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        // each test opens its own dialog; the primary stage stays hidden
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void openAndType(FxRobot robot) {
        robot.interact(() -> {
            dialog = PasswordPrompt.create(null, QUESTION);
            field = (PasswordField) dialog.getDialogPane().lookup("#promptPassword");
            field.setText(SECRET);
            field.textProperty().addListener((o, a, b) -> texts.add(b));
            dialog.setOnHidden(e -> answer.set(Optional.ofNullable(dialog.getResult())));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertWiped() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(field.getText()).isEmpty();
        assertThat(texts).as("overwritten in place before it was emptied").contains(" ".repeat(SECRET.length()));
    }

    @Test
    void okHandsThePasswordOverAndWipesTheField(FxRobot robot) {
        openAndType(robot);
        robot.clickOn((Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)));
        assertWiped();
        assertThat(answer.get()).hasValueSatisfying(pw -> assertThat(new String(pw)).isEqualTo(SECRET));
    }

    @Test
    void cancelWipesTheField(FxRobot robot) {
        openAndType(robot);
        robot.clickOn((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL));
        assertWiped();
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void escapeWipesTheField(FxRobot robot) {
        openAndType(robot);
        robot.interact(field::requestFocus);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertWiped();
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void theWindowsCloseButtonWipesTheField(FxRobot robot) {
        openAndType(robot);
        Window window = dialog.getDialogPane().getScene().getWindow();
        robot.interact(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertWiped();
    }

    @Test
    void aDialogWindowWipesItsFieldsWhenClosed(FxRobot robot) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            Views.Loaded<Object> view = Views.loadWith(FxmlView.PASSWORD_PROMPT, null);
            stage[0] = DialogHost.stage(null, view.root(), "Export");
            field = (PasswordField) view.root().lookup("#promptPassword");
            field.setText(SECRET);
            field.textProperty().addListener((o, a, b) -> texts.add(b));
            stage[0].show();
        });
        robot.interact(() -> stage[0].fireEvent(new WindowEvent(stage[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage[0].isShowing()).isFalse();
        assertThat(field.getText()).isEmpty();
        assertThat(texts).contains(" ".repeat(SECRET.length()));
    }
}
