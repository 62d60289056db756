package dev.apikeep.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Error and confirmation dialogs in the user's words: what happened and what to do, never a stack trace. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, String what, String whatToDo) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("ApiKeep");
        alert.setHeaderText(what);
        alert.setContentText(whatToDo);
        alert.showAndWait();
    }

    /** An error from vault work, described by {@link ErrorText}. */
    public static void error(Window owner, Throwable problem) {
        ErrorText.Message message = ErrorText.of(problem);
        error(owner, message.what(), message.whatToDo());
    }

    /** Asks before something that cannot be undone; true when the user chose {@code action}. */
    public static boolean confirm(Window owner, String question, String consequence, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, consequence, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("ApiKeep");
        alert.setHeaderText(question);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }
}
