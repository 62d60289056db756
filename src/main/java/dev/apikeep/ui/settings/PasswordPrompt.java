package dev.apikeep.ui.settings;

import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the current master password. The field's text is read once into a char[] and cleared. */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    static Optional<char[]> ask(Window owner, String title, String text, String action) {
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("ApiKeep");
        dialog.setHeaderText(title);
        PasswordField field = new PasswordField();
        field.setId("promptPassword");
        field.setPromptText("Current master password");
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(380);
        dialog.getDialogPane().setContent(new VBox(10, label, field));
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("promptOk");
        okButton.getStyleClass().add(Styles.ACCENT);
        okButton.disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> {
            if (button == ok) return SecretFields.take(field);
            SecretFields.wipe(field);
            return null;
        });
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
