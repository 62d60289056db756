package dev.apikeep.ui.password;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The fields of {@code PasswordPromptView.fxml}; {@link PasswordPrompt} does the rest. */
public final class PasswordPromptController {
    @FXML private Label promptText;
    @FXML private PasswordField promptPassword;

    PasswordField field() {
        return promptPassword;
    }

    void show(String text, String fieldPrompt) {
        promptText.setText(text);
        promptPassword.setPromptText(fieldPrompt);
    }
}
