package dev.apikeep.ui.common;

import java.net.URL;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Hosts every dialog and dialog window: owner and modality, title, the app's stylesheet and icons,
 * and, once it is hidden however it was closed (its own button, Cancel, Esc, the window's close
 * button, a lock underneath it), the wipe of every secret field in it ({@link SecretFields#wipeAll}).
 * Dialogs do not wipe their own fields any more: three fixes were dialogs that forgot.
 */
public final class DialogHost {
    private static final String APP_CSS = "/dev/apikeep/ui/app.css";

    private DialogHost() {
    }

    /** Prepares {@code dialog} (not shown yet) over {@code owner}, which may be null. */
    public static <R> Dialog<R> host(Dialog<R> dialog, Window owner, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(stylesheet(APP_CSS));
        AppIcons.applyTo(dialog);
        // The pane is read when hidden: a dialog may replace its pane after this (the editor does).
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> SecretFields.wipeAll(dialog.getDialogPane()));
        return dialog;
    }

    /**
     * A window-modal stage for a view with its own buttons (import, export, backups), with the app's
     * stylesheet and any of the view's own ({@code extraStylesheets}, class-path paths).
     */
    public static Stage stage(Window owner, Parent root, String title, String... extraStylesheets) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet(APP_CSS));
        for (String css : extraStylesheets) scene.getStylesheets().add(stylesheet(css));
        stage.setScene(scene);
        AppIcons.applyTo(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> SecretFields.wipeAll(scene.getRoot()));
        return stage;
    }

    private static String stylesheet(String path) {
        URL url = DialogHost.class.getResource(path);
        if (url == null) throw new IllegalStateException("missing stylesheet " + path);
        return url.toExternalForm();
    }
}
