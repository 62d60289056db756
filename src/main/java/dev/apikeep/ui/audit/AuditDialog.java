package dev.apikeep.ui.audit;

import dev.apikeep.ui.common.FxmlDialogs;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The audit as a dialog: closes with the key the user clicked, or empty on Close. */
public final class AuditDialog {
    private AuditDialog() {
    }

    public static Optional<UUID> show(Window owner, AuditModel model) {
        return create(owner, model).showAndWait();
    }

    public static Dialog<UUID> create(Window owner, AuditModel model) {
        Dialog<UUID> dialog = new Dialog<>();
        FxmlDialogs.prepare(dialog, owner, "Security audit");
        dialog.getDialogPane().getStyleClass().add("audit-dialog");
        dialog.getDialogPane().setContent(FxmlDialogs.load(AuditController.class, "AuditView.fxml", () -> new AuditController(model)));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(820, 640);
        dialog.getDialogPane().setMinSize(820, 640);
        dialog.setResultConverter(b -> model.chosenProperty().get());
        dialog.setOnHidden(e -> model.cancelCheckAll()); // nothing keeps asking exchanges once the audit is closed
        model.chosenProperty().addListener((o, a, id) -> {
            if (id != null) {
                dialog.setResult(id);
                dialog.close();
            }
        });
        return dialog;
    }
}
