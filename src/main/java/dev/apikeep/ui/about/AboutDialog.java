package dev.apikeep.ui.about;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The About dialog (F1): the version and the vault in use. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, Path vault) {
        Views.Loaded<AboutController> view = Views.loadWith(FxmlView.ABOUT, new AboutController());
        view.controller().show(AboutModel.current(vault));
        Dialog<ButtonType> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get("about.title"));
        dialog.setResizable(false);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    public static void show(Window owner, Path vault) {
        create(owner, vault).showAndWait();
    }
}
