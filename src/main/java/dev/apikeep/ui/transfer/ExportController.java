package dev.apikeep.ui.transfer;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.KeyService;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.password.NewPasswordController;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Wires the export dialog to {@link ExportModel}; the KDF work runs on the background thread. */
public final class ExportController {
    private final AppContext context;
    private final ExportModel model = new ExportModel();

    @FXML private VBox exportRoot;
    @FXML private PasswordField masterPassword;
    @FXML private NewPasswordController newPasswordBoxController;
    @FXML private Label targetLabel;
    @FXML private Label message;
    @FXML private Label doneLabel;
    @FXML private Button exportButton;
    @FXML private Button closeButton;

    public ExportController(AppContext context) {
        this.context = context;
    }

    public ExportModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        exportRoot.setUserData(this);
        model.masterEnteredProperty().bind(masterPassword.textProperty().isNotEmpty());
        newPasswordBoxController.setPrompts(Messages.get("export.bundlePassword.prompt"), Messages.get("export.bundleRepeat.prompt"));
        model.passwordReadyProperty().bind(newPasswordBoxController.model().readyProperty());
        targetLabel.textProperty().bind(model.targetText());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        doneLabel.textProperty().bind(model.doneTextProperty());
        doneLabel.visibleProperty().bind(model.doneProperty());
        doneLabel.managedProperty().bind(model.doneProperty());
        exportButton.disableProperty().bind(model.canExport().not());
        closeButton.textProperty().bind(javafx.beans.binding.Bindings.when(model.doneProperty()).then(Messages.get("button.close")).otherwise(Messages.get("button.cancel")));
        masterPassword.disableProperty().bind(model.busyProperty().or(model.doneProperty()));
        newPasswordBoxController.disableWhen(model.busyProperty().or(model.doneProperty()));
    }

    @FXML
    private void chooseTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.chooser.title"));
        chooser.setInitialFileName("apikeep-" + LocalDate.now(context.clock()) + ".apikeep-bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.chooser.bundles"), "*.apikeep-bundle"));
        File chosen = chooser.showSaveDialog(exportRoot.getScene().getWindow());
        if (chosen != null) model.targetProperty().set(chosen.toPath());
    }

    @FXML
    private void runExport() {
        if (!model.canExport().get()) return;
        char[] bundle = newPasswordBoxController.take();
        if (bundle == null) return; // the two differed after all: both fields are wiped, type again
        char[] master = SecretFields.take(masterPassword);
        Path target = model.targetProperty().get();
        KeyService service = context.service();
        model.started();
        Tasks.run(context.background(), () -> ExportModel.export(service, master, bundle, target),
                count -> model.exported(count, target),
                error -> {
                    model.failed(error);
                    masterPassword.requestFocus();
                });
    }

    @FXML
    private void close() {
        ((Stage) exportRoot.getScene().getWindow()).close();
    }
}
