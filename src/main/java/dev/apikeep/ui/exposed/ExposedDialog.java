package dev.apikeep.ui.exposed;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.ui.common.FxmlDialogs;
import dev.apikeep.ui.common.Styles;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Secret exposed?": the four steps of {@link ExposedGuide}; "Rotate now" goes on to the rotate dialog. */
public final class ExposedDialog {
    public static final ButtonType ROTATE_NOW = new ButtonType("Rotate now…", ButtonBar.ButtonData.OK_DONE);

    private ExposedDialog() {
    }

    /** Result: true when the user chose to rotate now. */
    public static Dialog<Boolean> create(Window owner, ApiKeyEntry entry, Exchange exchange) {
        Dialog<Boolean> dialog = new Dialog<>();
        FxmlDialogs.prepare(dialog, owner, "Secret exposed?");
        Label heading = new Label("If \"" + entry.label() + "\"'s secret may have leaked, act in this order:",
                new FontIcon(Feather.ALERT_OCTAGON));
        heading.getStyleClass().addAll(Styles.TITLE_4, "exposed-heading");
        heading.setWrapText(true);
        VBox steps = new VBox(14, heading);
        List<ExposedGuide.Step> guide = ExposedGuide.steps(entry, exchange);
        for (int i = 0; i < guide.size(); i++) {
            ExposedGuide.Step step = guide.get(i);
            Label title = new Label(step.title());
            title.getStyleClass().add("field-label");
            Label text = new Label(step.text());
            text.setWrapText(true);
            VBox box = new VBox(4, title, text);
            box.getStyleClass().add("exposed-step");
            box.setId("exposedStep" + (i + 1));
            if (i == 0 && !exchange.apiManagementUrl().isBlank()) {
                TextField url = new TextField(exchange.apiManagementUrl()); // selectable, to paste into a browser
                url.setEditable(false);
                url.setId("exposedUrl");
                box.getChildren().add(url);
            }
            steps.getChildren().add(box);
        }
        steps.setPrefWidth(616);
        // the dialog pane gives code-built content no inset: match the other dialogs' FXML padding
        steps.setPadding(new javafx.geometry.Insets(6, 18, 4, 18));
        dialog.getDialogPane().setContent(steps);
        dialog.getDialogPane().getButtonTypes().setAll(ROTATE_NOW, ButtonType.CLOSE);
        Button rotate = (Button) dialog.getDialogPane().lookupButton(ROTATE_NOW);
        rotate.setId("exposedRotate");
        rotate.getStyleClass().add(Styles.ACCENT);
        rotate.setDisable(entry.isRevoked());
        dialog.setResultConverter(b -> b == ROTATE_NOW);
        return dialog;
    }
}
