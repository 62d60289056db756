package dev.apikeep.ui.about;

import dev.apikeep.ui.common.AppIcons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The About dialog (F1): the version and the vault in use. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, Path vault) {
        FXMLLoader loader = new FXMLLoader(AboutDialog.class.getResource("AboutView.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the About view", e);
        }
        AboutModel model = AboutModel.current(vault);
        loader.<AboutController>getController().show(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle("About ApiKeep");
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        AppIcons.applyTo(dialog);
        return dialog;
    }

    public static void show(Window owner, Path vault) {
        create(owner, vault).showAndWait();
    }
}
