package dev.apikeep.ui.rotate;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.KeyService;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Views;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The rotate dialog. Rotate runs the rotation (on the caller's background thread, through
 * {@link Rotator}) and keeps the dialog open to show the checklist; Done closes it.
 */
public final class RotateDialog {
    public static final ButtonType ROTATE = new ButtonType(Messages.get("rotate.action"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DONE = new ButtonType(Messages.get("rotate.done"), ButtonBar.ButtonData.FINISH);

    /** Does the rotation off the FX thread and reports back on it. */
    @FunctionalInterface
    public interface Rotator {
        void rotate(RotateModel model, Consumer<KeyService.Rotation> done, Consumer<Throwable> failed);
    }

    private RotateDialog() {
    }

    /** The dialog, not shown yet; its result is the rotation, or null when cancelled. */
    public static Dialog<KeyService.Rotation> create(Window owner, RotateModel model, Rotator rotator) {
        Dialog<KeyService.Rotation> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get("rotate.dialogTitle"));
        Views.Loaded<RotateController> view = Views.loadWith(FxmlView.ROTATE, new RotateController(model));
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(ROTATE, ButtonType.CANCEL);
        KeyService.Rotation[] result = new KeyService.Rotation[1];
        Button rotate = (Button) dialog.getDialogPane().lookupButton(ROTATE);
        rotate.setId("rotateConfirm");
        rotate.getStyleClass().add(Styles.ACCENT);
        rotate.disableProperty().bind(model.validProperty().not());
        rotate.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stay open: the checklist comes next
            rotate.disableProperty().unbind();
            rotate.setDisable(true);
            rotator.rotate(model, rotation -> {
                result[0] = rotation;
                model.clear();
                view.controller().showDone(rotation);
                dialog.getDialogPane().getButtonTypes().setAll(DONE);
                dialog.getDialogPane().lookupButton(DONE).setId("rotateDone");
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }, error -> rotate.disableProperty().bind(model.validProperty().not()));
        });
        dialog.setResultConverter(b -> result[0]);
        dialog.setOnHidden(e -> model.clear());
        return dialog;
    }
}
