package dev.apikeep.ui.transfer;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Views;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the import and export dialogs as window-modal stages over the main window. They return at
 * once (not {@code showAndWait}); the controller does the rest. {@link DialogHost} wipes their
 * password fields when they close.
 */
public final class TransferDialogs {
    private static final String TRANSFER_CSS = "/dev/apikeep/ui/transfer/transfer.css";

    private TransferDialogs() {
    }

    /** Opens the import dialog; {@code onImported} runs on the FX thread after keys were written. */
    public static ImportController showImport(Window owner, AppContext context, Runnable onImported) {
        Views.Loaded<ImportController> view = Views.load(FxmlView.IMPORT, context);
        view.controller().setOnImported(onImported);
        Stage stage = DialogHost.stage(owner, view.root(), Messages.get("import.title"), TRANSFER_CSS);
        stage.setOnHidden(e -> view.controller().model().wipe());
        stage.show();
        return view.controller();
    }

    public static ExportController showExport(Window owner, AppContext context) {
        Views.Loaded<ExportController> view = Views.load(FxmlView.EXPORT, context);
        DialogHost.stage(owner, view.root(), Messages.get("export.title"), TRANSFER_CSS).show();
        return view.controller();
    }
}
