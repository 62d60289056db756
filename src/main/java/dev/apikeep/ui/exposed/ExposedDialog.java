package dev.apikeep.ui.exposed;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Views;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Secret exposed?": the four steps of {@link ExposedGuide}; "Rotate now" goes on to the rotate dialog. */
public final class ExposedDialog {
    public static final ButtonType ROTATE_NOW = new ButtonType(Messages.get("exposed.rotateNow"), ButtonBar.ButtonData.OK_DONE);

    private ExposedDialog() {
    }

    /** Result: true when the user chose to rotate now. */
    public static Dialog<Boolean> create(Window owner, ApiKeyEntry entry, Exchange exchange) {
        return create(owner, entry, exchange, List.of());
    }

    /** @param kits the bot kits holding the key, to re-issue after the rotation */
    public static Dialog<Boolean> create(Window owner, ApiKeyEntry entry, Exchange exchange, List<String> kits) {
        Views.Loaded<ExposedController> view = Views.loadWith(FxmlView.EXPOSED, new ExposedController());
        view.controller().show(Messages.format("exposed.heading", entry.label()),
                ExposedGuide.steps(entry, exchange, kits), exchange.apiManagementUrl());
        Dialog<Boolean> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get("exposed.title"));
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().setAll(ROTATE_NOW, ButtonType.CLOSE);
        Button rotate = (Button) dialog.getDialogPane().lookupButton(ROTATE_NOW);
        rotate.setId("exposedRotate");
        rotate.getStyleClass().add(Styles.ACCENT);
        rotate.setDisable(entry.isRevoked());
        dialog.setResultConverter(b -> b == ROTATE_NOW);
        return dialog;
    }
}
