package dev.apikeep.ui.settings;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.password.NewPasswordController;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;

/** The fields of {@code ChangePasswordView.fxml}; {@link ChangePasswordDialog} runs the change. */
public final class ChangePasswordController {
    private final BooleanProperty busy = new SimpleBooleanProperty();

    @FXML private PasswordField currentPassword;
    @FXML private NewPasswordController newPasswordBoxController;
    @FXML private ProgressIndicator spinner;
    @FXML private Label changeMessage;

    @FXML
    private void initialize() {
        newPasswordBoxController.setPrompts(Messages.get("changePassword.new.prompt"), Messages.get("changePassword.repeat.prompt"));
        spinner.visibleProperty().bind(busy);
        changeMessage.managedProperty().bind(changeMessage.textProperty().isNotEmpty());
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    /** The current password typed, the new one ready, nothing running. */
    BooleanBinding ready() {
        return currentPassword.textProperty().isNotEmpty().and(newPasswordBoxController.model().readyProperty()).and(busy.not());
    }

    char[] takeCurrent() {
        return SecretFields.take(currentPassword);
    }

    /** The new password when both were equal, else null; both fields are wiped either way. */
    char[] takeNew() {
        return newPasswordBoxController.take();
    }

    void showMessage(String text) {
        changeMessage.setText(text);
    }

    void focusCurrent() {
        currentPassword.requestFocus();
    }
}
