package dev.apikeep.ui.activity;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The activity log as a dialog. */
public final class ActivityDialog {
    private ActivityDialog() {
    }

    public static Dialog<Void> create(Window owner, ActivityModel model) {
        Dialog<Void> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get("activity.title"));
        dialog.getDialogPane().setContent(Views.loadWith(FxmlView.ACTIVITY, new ActivityController(model)).root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(920, 620);
        dialog.getDialogPane().setMinSize(920, 620);
        return dialog;
    }
}
