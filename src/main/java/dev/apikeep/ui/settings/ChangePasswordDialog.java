package dev.apikeep.ui.settings;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.StrengthStyle;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.create.CreateModel;
import dev.apikeep.app.AppException;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Change the master password: the current one, the new one twice with the Create screen's strength
 * meter ({@link CreateModel}). The change runs on the background thread; the current password is
 * checked there ({@link KeyService#changePassword(char[], char[], KdfSettings)}): a wrong one leaves
 * the dialog open with a message and changes nothing. The fields are read once and cleared.
 */
public final class ChangePasswordDialog {
    public static final ButtonType CHANGE = new ButtonType("Change password", ButtonBar.ButtonData.OK_DONE);

    private ChangePasswordDialog() {
    }

    /** Shows the dialog and waits; true when the password was changed. */
    public static boolean show(Window owner, AppContext context) {
        return create(owner, context).showAndWait().orElse(false);
    }

    public static Dialog<Boolean> create(Window owner, AppContext context) {
        KeyService service = context.service();
        KdfSettings kdf = service.kdf();
        CreateModel meter = new CreateModel(null, kdf);
        BooleanProperty busy = new SimpleBooleanProperty();

        PasswordField current = field("currentPassword", "Current master password");
        PasswordField fresh = field("newPassword", "New master password");
        PasswordField repeat = field("repeatPassword", "Repeat the new master password");
        ProgressBar strengthBar = new ProgressBar(0);
        strengthBar.setMaxWidth(Double.MAX_VALUE);
        strengthBar.getStyleClass().add("strength");
        strengthBar.progressProperty().bind(meter.strengthProperty());
        Label strengthLabel = small("strengthLabel");
        strengthLabel.textProperty().bind(meter.strengthTextProperty());
        Label matchLabel = small("matchLabel");
        matchLabel.textProperty().bind(meter.matchTextProperty());
        meter.matchTextProperty().addListener((o, a, b) ->
                StrengthStyle.applyMatch(b.isEmpty(), meter.matchingProperty().get(), matchLabel));
        meter.levelProperty().addListener((o, a, level) -> StrengthStyle.apply(level, strengthBar, strengthLabel));
        Runnable measure = () -> meter.passwordsChanged(fresh.getText(), repeat.getText());
        fresh.textProperty().addListener((o, a, b) -> measure.run());
        repeat.textProperty().addListener((o, a, b) -> measure.run());
        Label message = small("changeMessage");
        message.getStyleClass().add(Styles.DANGER);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(busy);
        Label note = new Label("Only the data key is re-wrapped: one small write, whatever the vault's size. "
                + "Backups and exports keep the password they were made with.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox content = new VBox(8, label("Current master password"), current, label("New master password"), fresh,
                strengthBar, strengthLabel, repeat, matchLabel, note, new HBox(grow, spinner), message);
        content.setPrefWidth(420);

        Dialog<Boolean> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Change master password");
        dialog.setHeaderText("Change the master password");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(ChangePasswordDialog.class.getResource("/dev/apikeep/ui/app.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().setAll(CHANGE, ButtonType.CANCEL);
        Button change = (Button) dialog.getDialogPane().lookupButton(CHANGE);
        change.setId("changePasswordOk");
        change.getStyleClass().add(Styles.ACCENT);
        BooleanBinding ready = current.textProperty().isNotEmpty().and(meter.longEnoughProperty()).and(meter.matchingProperty()).and(busy.not());
        change.disableProperty().bind(ready.not());
        dialog.setResultConverter(button -> false);
        change.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes only once the change succeeded
            if (!ready.get()) return;
            char[] currentPw = SecretFields.take(current);
            char[] newPw = SecretFields.take(fresh);
            char[] again = SecretFields.take(repeat);
            boolean same = Arrays.equals(newPw, again);
            Arrays.fill(again, '\0');
            if (!same) {
                wipe(currentPw, newPw);
                message.setText("The new passwords differ; type them again.");
                return;
            }
            busy.set(true);
            message.setText("");
            Tasks.run(context.background(), () -> {
                try {
                    service.changePassword(currentPw, newPw, kdf);
                } finally {
                    wipe(currentPw, newPw);
                }
                return null;
            }, ok -> {
                busy.set(false);
                dialog.setResult(true);
                dialog.close();
            }, error -> {
                busy.set(false);
                if (error instanceof AppException v && v.kind() == AppException.Kind.WRONG_PASSWORD) {
                    message.setText("The current master password is wrong; nothing was changed. Type the passwords again.");
                } else {
                    ErrorText.Message m = ErrorText.of(error);
                    message.setText(m.what() + " " + m.whatToDo());
                }
                current.requestFocus();
            });
        });
        // Closing while the change runs would hide its outcome: wait for it.
        dialog.setOnCloseRequest(e -> {
            if (busy.get()) e.consume();
        });
        // Typed but never submitted (cancelled): overwrite, not just clear (see SecretFields).
        dialog.setOnHidden(e -> SecretFields.wipeAll(dialog.getDialogPane()));
        Platform.runLater(current::requestFocus);
        return dialog;
    }

    private static void wipe(char[] a, char[] b) {
        Arrays.fill(a, '\0');
        Arrays.fill(b, '\0');
    }

    private static PasswordField field(String id, String prompt) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Label small(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        return l;
    }
}
