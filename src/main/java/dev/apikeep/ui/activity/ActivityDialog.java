package dev.apikeep.ui.activity;

import dev.apikeep.ui.common.FxmlDialogs;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The activity log as a dialog. */
public final class ActivityDialog {
    private ActivityDialog() {
    }

    public static Dialog<Void> create(Window owner, ActivityModel model) {
        Dialog<Void> dialog = new Dialog<>();
        FxmlDialogs.prepare(dialog, owner, "Activity log");
        dialog.getDialogPane().setContent(FxmlDialogs.load(ActivityController.class, "ActivityView.fxml", () -> new ActivityController(model)));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(920, 620);
        dialog.getDialogPane().setMinSize(920, 620);
        return dialog;
    }
}
