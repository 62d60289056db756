package dev.apikeep.ui.transfer;

import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ViewLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the import and export dialogs as window-modal stages over the main window. They return at
 * once (not {@code showAndWait}); the controller does the rest.
 */
public final class TransferDialogs {
    private TransferDialogs() {
    }

    /** Opens the import dialog; {@code onImported} runs on the FX thread after keys were written. */
    public static ImportController showImport(Window owner, AppContext context, Runnable onImported) {
        ViewLoader.View<ImportController> view = new ViewLoader(context).load(ImportController.class, "ImportView.fxml");
        view.controller().setOnImported(onImported);
        Stage stage = stage(owner, view.root(), "Import keys");
        stage.setOnHidden(e -> view.controller().model().wipe());
        stage.show();
        return view.controller();
    }

    public static ExportController showExport(Window owner, AppContext context) {
        ViewLoader.View<ExportController> view = new ViewLoader(context).load(ExportController.class, "ExportView.fxml");
        Stage stage = stage(owner, view.root(), "Export an encrypted bundle");
        stage.setOnHidden(e -> view.controller().clearPasswords());
        stage.show();
        return view.controller();
    }

    /** A modal stage with the app's and this package's styles (the theme is the user-agent stylesheet). */
    public static Stage stage(Window owner, Parent root, String title) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(dev.apikeep.ui.AppShell.class.getResource("app.css").toExternalForm());
        scene.getStylesheets().add(TransferDialogs.class.getResource("transfer.css").toExternalForm());
        stage.setScene(scene);
        return stage;
    }
}
