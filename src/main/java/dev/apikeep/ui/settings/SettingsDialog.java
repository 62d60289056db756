package dev.apikeep.ui.settings;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * The settings window: {@code SettingsView.fxml} in a dialog with a Close button. Input in it
 * counts as activity for auto-lock (the main window's filter does not see it), and it closes itself
 * when the vault locks underneath it. Pending changes are saved when it closes.
 */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    /** Shows the dialog without waiting; returns it (tests look at it). */
    public static Dialog<Void> show(Window owner, AppContext context) {
        Dialog<Void> dialog = create(owner, context);
        dialog.show();
        return dialog;
    }

    public static Dialog<Void> create(Window owner, AppContext context) {
        Views.Loaded<SettingsController> view = Views.load(FxmlView.SETTINGS, context);
        Dialog<Void> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get("settings.title"));
        dialog.getDialogPane().setId("settingsDialog");
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getProperties().put(SettingsController.class, view.controller());
        dialog.getDialogPane().addEventFilter(InputEvent.ANY, e -> {
            if (context.autoLock() != null && context.serviceProperty().get() != null) context.autoLock().touch();
        });
        ChangeListener<Object> locked = (o, a, b) -> {
            if (b == null) dialog.close();
        };
        context.serviceProperty().addListener(locked);
        dialog.setOnHidden(e -> {
            context.serviceProperty().removeListener(locked);
            view.controller().flush();
        });
        return dialog;
    }

    /** The controller behind a dialog made here. */
    public static SettingsController controllerOf(Dialog<?> dialog) {
        return (SettingsController) dialog.getDialogPane().getProperties().get(SettingsController.class);
    }
}
