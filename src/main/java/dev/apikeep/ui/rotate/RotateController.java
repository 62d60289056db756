package dev.apikeep.ui.rotate;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.KeyService;
import dev.apikeep.ui.common.PermissionBadge;
import dev.apikeep.ui.common.Styles;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Wires the rotate view to {@link RotateModel}; after the rotation it shows the checklist. */
public final class RotateController {
    private final RotateModel model;

    @FXML private VBox formBox;
    @FXML private Label rotateTitle;
    @FXML private Label rotateIntro;
    @FXML private TextField newApiKey;
    @FXML private TextArea newSecret;
    @FXML private Label passphraseLabel;
    @FXML private PasswordField newPassphrase;
    @FXML private FlowPane permissionBox;
    @FXML private Label rotateProblem;
    @FXML private VBox checklistBox;
    @FXML private Label doneTitle;
    @FXML private Label doneText;
    @FXML private VBox checklistItems;

    public RotateController(RotateModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        String exchange = model.exchange().name();
        rotateTitle.setText(Messages.format("rotate.title", model.old().label(), exchange));
        String url = model.exchange().apiManagementUrl();
        rotateIntro.setText(url.isBlank() ? Messages.format("rotate.intro", exchange) : Messages.format("rotate.introWithUrl", exchange, url));
        newApiKey.textProperty().bindBidirectional(model.apiKeyProperty());
        newSecret.textProperty().bindBidirectional(model.secretProperty());
        newPassphrase.textProperty().bindBidirectional(model.passphraseProperty());
        boolean passphrase = model.asksPassphrase();
        passphraseLabel.setVisible(passphrase);
        passphraseLabel.setManaged(passphrase);
        newPassphrase.setVisible(passphrase);
        newPassphrase.setManaged(passphrase);
        if (!model.exchange().passphraseRequired()) newPassphrase.setPromptText(Messages.get("rotate.passphrase.prompt"));
        for (RotateModel.PermissionChoice c : model.permissions()) {
            CheckBox box = new CheckBox();
            box.setGraphic(new PermissionBadge(model.exchange(), c.id()));
            box.setTooltip(new Tooltip(Messages.format("rotate.risk", c.risk().label())));
            box.selectedProperty().bindBidirectional(c.keepProperty());
            box.getStyleClass().add(Styles.PERMISSION_CHOICE);
            box.setId("keep-" + c.id());
            permissionBox.getChildren().add(box);
        }
        if (model.permissions().isEmpty()) permissionBox.getChildren().add(new Label(Messages.get("rotate.noPermissions")));
        rotateProblem.textProperty().bind(model.problemProperty());
        rotateProblem.visibleProperty().bind(model.validProperty().not());
        javafx.application.Platform.runLater(newApiKey::requestFocus); // paste at once
    }

    /** After KeyService.rotate: swap the form for the checklist. */
    void showDone(KeyService.Rotation rotation) {
        formBox.setVisible(false);
        formBox.setManaged(false);
        checklistBox.setVisible(true);
        checklistBox.setManaged(true);
        doneTitle.setText(Messages.format("rotate.doneTitle", rotation.replacement().label()));
        doneText.setText(Messages.get("rotate.doneText"));
        List<String> items = RotateModel.checklist(model.old(), model.exchange(), model.kitsToReissue());
        for (int i = 0; i < items.size(); i++) {
            CheckBox item = new CheckBox(items.get(i));
            item.setWrapText(true);
            item.getStyleClass().add(Styles.CHECKLIST_ITEM);
            item.setId("checklist-" + i);
            checklistItems.getChildren().add(item);
        }
    }
}
