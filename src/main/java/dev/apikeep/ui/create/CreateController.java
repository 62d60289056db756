package dev.apikeep.ui.create;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.Session;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.password.NewPasswordController;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** Wires the create-vault view to {@link CreateModel}; creating runs on the background thread. */
public final class CreateController {
    private final AppContext context;
    private CreateModel model;

    @FXML private TextField locationField;
    @FXML private NewPasswordController newPasswordBoxController;
    @FXML private Spinner<Integer> memorySpinner;
    @FXML private Spinner<Integer> iterationsSpinner;
    @FXML private Spinner<Integer> parallelismSpinner;
    @FXML private Label kdfProblem;
    @FXML private Label createMessage;
    @FXML private ProgressIndicator busy;
    @FXML private Button createButton;

    public CreateController(AppContext context) {
        this.context = context;
    }

    public CreateModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        model = new CreateModel(context.vaultPath(), context.newVaultKdf());
        locationField.textProperty().bind(model.locationProperty().asString());
        newPasswordBoxController.setPrompts(Messages.get("create.password.prompt"), Messages.get("create.repeat.prompt"));
        model.passwordReadyProperty().bind(newPasswordBoxController.model().readyProperty());
        bindSpinner(memorySpinner, 19, 2048, model.kdfMemoryMiBProperty().get(), v -> model.kdfMemoryMiBProperty().set(v));
        bindSpinner(iterationsSpinner, 2, 64, model.kdfIterationsProperty().get(), v -> model.kdfIterationsProperty().set(v));
        bindSpinner(parallelismSpinner, 1, 16, model.kdfParallelismProperty().get(), v -> model.kdfParallelismProperty().set(v));
        kdfProblem.textProperty().bind(model.kdfProblemProperty());
        createMessage.textProperty().bind(model.messageProperty());
        createMessage.managedProperty().bind(model.messageProperty().isNotEmpty());
        busy.visibleProperty().bind(model.busyProperty());
        createButton.disableProperty().bind(model.canCreateProperty().not());
        Platform.runLater(newPasswordBoxController::focus);
    }

    @FXML
    private void chooseLocation() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("create.chooser.title"));
        chooser.setInitialFileName("vault.apikeep");
        Path parent = model.locationProperty().get().toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) chooser.setInitialDirectory(parent.toFile());
        File chosen = chooser.showSaveDialog(createButton.getScene().getWindow());
        if (chosen != null) model.locationProperty().set(chosen.toPath());
    }

    @FXML
    private void create() {
        if (!model.canCreate()) return;
        char[] first = newPasswordBoxController.take();
        if (first == null) {
            model.failed(Messages.get("password.differ.again"));
            return;
        }
        Path file = model.locationProperty().get();
        model.busyProperty().set(true);
        model.messageProperty().set("");
        Tasks.run(context.background(),
                () -> Session.create(file, first, model.kdf(), Session.Claim.WINDOW, context.catalog(), context.clock(),
                        context.keyDerivation()),
                opened -> {
                    model.busyProperty().set(false);
                    context.vaultPathProperty().set(file);
                    context.vaultOpened(opened);
                    context.navigator().showKeys();
                },
                error -> {
                    ErrorText.Message m = ErrorText.of(error);
                    model.failed(Messages.format("create.failed", m.what(), m.whatToDo()));
                    newPasswordBoxController.focus();
                });
    }

    @FXML
    private void openExisting() {
        context.navigator().showUnlock();
    }

    private static void bindSpinner(Spinner<Integer> spinner, int min, int max, int initial, java.util.function.IntConsumer sink) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial));
        spinner.valueProperty().addListener((o, a, b) -> {
            if (b != null) sink.accept(b);
        });
    }
}
