package dev.apikeep.ui.password;

import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Views;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Asks for a master password before something that needs it (restore a backup, change the key
 * derivation, rekey). The field is read once into a char[] and overwritten; {@link DialogHost}
 * wipes it however the dialog closes.
 */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /** What to ask: the header, the text under it, the hint in the field and the confirming button's label. */
    public record Question(String header, String text, String fieldPrompt, String action) {
    }

    /** Shows the question and waits: the typed password (the caller wipes it), or empty when cancelled. */
    public static Optional<char[]> ask(Window owner, Question question) {
        return create(owner, question).showAndWait();
    }

    /** The dialog, not shown yet; its confirming button has the id {@code promptOk}. */
    public static Dialog<char[]> create(Window owner, Question question) {
        Views.Loaded<PasswordPromptController> view = Views.loadWith(FxmlView.PASSWORD_PROMPT, new PasswordPromptController());
        view.controller().show(question.text(), question.fieldPrompt());
        Dialog<char[]> dialog = DialogHost.host(new Dialog<>(), owner, "ApiKeep");
        dialog.setResizable(false);
        dialog.setHeaderText(question.header());
        dialog.getDialogPane().setContent(view.root());
        ButtonType ok = new ButtonType(question.action(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("promptOk");
        okButton.getStyleClass().add(Styles.ACCENT);
        okButton.disableProperty().bind(view.controller().field().textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ok ? SecretFields.take(view.controller().field()) : null);
        dialog.setOnShown(e -> view.controller().field().requestFocus());
        return dialog;
    }
}
