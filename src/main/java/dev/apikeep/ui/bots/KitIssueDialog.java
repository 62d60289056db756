package dev.apikeep.ui.bots;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Tasks;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * New kit / re-issue. Create writes the kit through {@link BotKits} on the background thread and
 * keeps the dialog open to show the token once; Done closes it. However it closes, the token field
 * is overwritten and the token's bytes are wiped.
 */
public final class KitIssueDialog {
    public static final ButtonType CREATE = new ButtonType(Messages.get("kit.createButton"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType REISSUE = new ButtonType(Messages.get("kit.reissueButton"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DONE = new ButtonType(Messages.get("kit.doneButton"), ButtonBar.ButtonData.FINISH);

    private KitIssueDialog() {
    }

    /** The dialog, not shown yet; its result is true once a kit was written. */
    public static Dialog<Boolean> create(Window owner, AppContext context, KitFormModel form) {
        Dialog<Boolean> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get(form.isReissue() ? "kit.reissue.title" : "kit.new.title"));
        dialog.getDialogPane().getStyleClass().add(Styles.KIT_ISSUE_DIALOG);
        dialog.getDialogPane().setPrefWidth(740);
        dialog.getDialogPane().setMinWidth(740);
        BotKits.Issued[] issued = new BotKits.Issued[1];
        KitIssueController[] view = new KitIssueController[1];
        KitIssueController controller = new KitIssueController(form, () -> copy(context, issued[0]),
                (file, replace) -> save(context, issued[0], file, replace, view[0]));
        view[0] = controller;
        dialog.getDialogPane().setContent(Views.loadWith(FxmlView.KIT_ISSUE, controller).root());
        ButtonType go = form.isReissue() ? REISSUE : CREATE;
        dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        Button confirm = (Button) dialog.getDialogPane().lookupButton(go);
        confirm.setId("kitConfirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(form.validProperty().not());
        BotKits kits = new BotKits(context.service());
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stay open: the token comes next
            confirm.disableProperty().unbind();
            confirm.setDisable(true);
            Tasks.run(context.background(), () -> form.issue(kits), written -> {
                issued[0] = written;
                controller.showToken(written.kit(), written.tokenText());
                controller.showCopyCountdown(context.clipboard().secondsLeftProperty());
                dialog.getDialogPane().getButtonTypes().setAll(DONE);
                dialog.getDialogPane().lookupButton(DONE).setId("kitDone");
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }, error -> {
                Dialogs.error(window(dialog), Messages.get("kit.notWritten"), ErrorText.of(error).whatToDo());
                confirm.disableProperty().bind(form.validProperty().not());
            });
        });
        dialog.setResultConverter(b -> issued[0] != null);
        // the dialog host overwrites the token field when the dialog hides; the token's bytes are
        // wiped after any save still running on the background thread, the only other user of them
        dialog.setOnHidden(e -> {
            if (issued[0] != null) context.background().execute(issued[0]::close);
        });
        return dialog;
    }

    /** The token on the clipboard, through the clipboard guard: history hints, cleared after the set time. */
    private static void copy(AppContext context, BotKits.Issued issued) {
        if (issued == null) return;
        char[] text = issued.tokenText();
        try {
            context.clipboard().copy(new String(text), context.settings().clipboardClearSeconds());
        } finally {
            Arrays.fill(text, '\0');
        }
    }

    /** Writes the token file on the background thread (0600, atomic) and says how it went under the button. */
    private static void save(AppContext context, BotKits.Issued issued, Path file, boolean replace, KitIssueController view) {
        if (issued == null) return;
        Tasks.run(context.background(), () -> {
            issued.saveToken(file, replace);
            return file;
        }, view::saved, error -> {
            view.saveFailed(Messages.format("kit.notSaved", ErrorText.of(error).whatToDo()));
        });
    }

    private static Window window(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
    }
}
