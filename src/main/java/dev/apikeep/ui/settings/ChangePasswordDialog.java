package dev.apikeep.ui.settings;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.AppException;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.app.KeyService;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.common.Views;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Change the master password: the current one, the new one twice with the shared strength meter.
 * The change runs on the background thread; the current password is checked there
 * ({@link KeyService#changePassword(char[], char[], KdfSettings)}): a wrong one leaves the dialog
 * open with a message and changes nothing. The fields are read once; {@link DialogHost} wipes them
 * however the dialog closes.
 */
public final class ChangePasswordDialog {
    public static final ButtonType CHANGE = new ButtonType(Messages.get("changePassword.action"), ButtonBar.ButtonData.OK_DONE);

    private ChangePasswordDialog() {
    }

    /** Shows the dialog and waits; true when the password was changed. */
    public static boolean show(Window owner, AppContext context) {
        return create(owner, context).showAndWait().orElse(false);
    }

    public static Dialog<Boolean> create(Window owner, AppContext context) {
        KeyService service = context.service();
        KdfSettings kdf = service.kdf();
        Views.Loaded<ChangePasswordController> view = Views.loadWith(FxmlView.CHANGE_PASSWORD, new ChangePasswordController());
        ChangePasswordController fields = view.controller();
        Dialog<Boolean> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get("changePassword.title"));
        dialog.setHeaderText(Messages.get("changePassword.header"));
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(CHANGE, ButtonType.CANCEL);
        Button change = (Button) dialog.getDialogPane().lookupButton(CHANGE);
        change.setId("changePasswordOk");
        change.getStyleClass().add(Styles.ACCENT);
        BooleanBinding ready = fields.ready();
        change.disableProperty().bind(ready.not());
        dialog.setResultConverter(button -> false);
        change.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes only once the change succeeded
            if (!ready.get()) return;
            char[] current = fields.takeCurrent();
            char[] fresh = fields.takeNew();
            if (fresh == null) {
                Arrays.fill(current, '\0');
                fields.showMessage(Messages.get("changePassword.differ"));
                return;
            }
            fields.busyProperty().set(true);
            fields.showMessage("");
            Tasks.run(context.background(), () -> {
                try {
                    service.changePassword(current, fresh, kdf);
                } finally {
                    Arrays.fill(current, '\0');
                    Arrays.fill(fresh, '\0');
                }
                return null;
            }, ok -> {
                fields.busyProperty().set(false);
                dialog.setResult(true);
                dialog.close();
            }, error -> {
                fields.busyProperty().set(false);
                fields.showMessage(failure(error));
                fields.focusCurrent();
            });
        });
        // Closing while the change runs would hide its outcome: wait for it.
        dialog.setOnCloseRequest(e -> {
            if (fields.busyProperty().get()) e.consume();
        });
        Platform.runLater(fields::focusCurrent);
        return dialog;
    }

    private static String failure(Throwable error) {
        if (error instanceof AppException v && v.kind() == AppException.Kind.WRONG_PASSWORD) {
            return Messages.get("changePassword.wrong");
        }
        ErrorText.Message m = ErrorText.of(error);
        return m.what() + " " + m.whatToDo();
    }
}
