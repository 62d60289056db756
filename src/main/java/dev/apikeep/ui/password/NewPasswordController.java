package dev.apikeep.ui.password;

import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.StrengthStyle;
import java.util.Arrays;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;

/**
 * The new-password piece that Create, Change password and Export include ({@code fx:include} of
 * {@code NewPasswordView.fxml}): the password, its strength meter, the repeat and whether they
 * match. The including controller gets this one as {@code <fx:id>Controller}.
 */
public final class NewPasswordController {
    private final NewPasswordModel model = new NewPasswordModel();

    @FXML private PasswordField newPassword;
    @FXML private PasswordField repeatPassword;
    @FXML private ProgressBar strengthBar;
    @FXML private Label strengthLabel;
    @FXML private Label matchLabel;

    @FXML
    private void initialize() {
        newPassword.textProperty().addListener((o, a, b) -> measure());
        repeatPassword.textProperty().addListener((o, a, b) -> measure());
        strengthBar.progressProperty().bind(model.strengthProperty());
        strengthLabel.textProperty().bind(model.strengthTextProperty());
        model.levelProperty().addListener((o, a, level) -> StrengthStyle.apply(level, strengthBar, strengthLabel));
        matchLabel.textProperty().bind(model.matchTextProperty());
        // Styled on every text change: "differ" must turn red even when "matching" stays false.
        model.matchTextProperty().addListener((o, a, b) ->
                StrengthStyle.applyMatch(b.isEmpty(), model.matchingProperty().get(), matchLabel));
    }

    private void measure() {
        model.passwordsChanged(newPassword.getText(), repeatPassword.getText());
    }

    public NewPasswordModel model() {
        return model;
    }

    /** The hints inside the two fields (what the password is for). */
    public void setPrompts(String password, String repeat) {
        newPassword.setPromptText(password);
        repeatPassword.setPromptText(repeat);
    }

    /** Both fields stay read-only while {@code condition} holds (work in flight, or done). */
    public void disableWhen(ObservableBooleanValue condition) {
        newPassword.disableProperty().bind(condition);
        repeatPassword.disableProperty().bind(condition);
    }

    /**
     * Reads and wipes both fields; the password when the two were equal (the caller wipes it),
     * else null with nothing left behind.
     */
    public char[] take() {
        char[] first = SecretFields.take(newPassword);
        char[] second = SecretFields.take(repeatPassword);
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, '\0');
        if (same) return first;
        Arrays.fill(first, '\0');
        return null;
    }

    public void focus() {
        newPassword.requestFocus();
    }
}
