package dev.apikeep.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Helpers for dialogs whose content is a screen's FXML with a controller made from its model. */
public final class FxmlDialogs {
    private FxmlDialogs() {
    }

    /** Loads {@code fxml} beside {@code type} with {@code controller} as its controller. */
    public static Parent load(Class<?> type, String fxml, Supplier<Object> controller) {
        URL url = type.getResource(fxml);
        if (url == null) throw new IllegalStateException("missing view " + fxml);
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(t -> controller.get());
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    /** Owner, modality and the app's stylesheet (a dialog is its own scene and does not inherit it). */
    public static void prepare(Dialog<?> dialog, Window owner, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle(title);
        dialog.setResizable(true);
        URL css = FxmlDialogs.class.getResource("/dev/apikeep/ui/app.css");
        if (css != null) dialog.getDialogPane().getStylesheets().add(css.toExternalForm());
    }
}
