package dev.apikeep.ui.audit;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Views;
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
        Dialog<UUID> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get("audit.title"));
        dialog.getDialogPane().getStyleClass().add(Styles.AUDIT_DIALOG);
        dialog.getDialogPane().setContent(Views.loadWith(FxmlView.AUDIT, new AuditController(model)).root());
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
