package dev.apikeep.ui.create;

import dev.apikeep.app.Session;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.StrengthStyle;
import dev.apikeep.ui.common.Tasks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
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
    @FXML private PasswordField createPassword;
    @FXML private PasswordField createRepeat;
    @FXML private ProgressBar strengthBar;
    @FXML private Label strengthLabel;
    @FXML private Label matchLabel;
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
        createPassword.textProperty().addListener((o, a, b) -> measure());
        createRepeat.textProperty().addListener((o, a, b) -> measure());
        strengthBar.progressProperty().bind(model.strengthProperty());
        strengthLabel.textProperty().bind(model.strengthTextProperty());
        model.levelProperty().addListener((o, a, level) -> StrengthStyle.apply(level, strengthBar, strengthLabel));
        matchLabel.textProperty().bind(model.matchTextProperty());
        // Styled on every text change: "differ" must turn red even when "matching" stays false.
        model.matchTextProperty().addListener((o, a, b) ->
                StrengthStyle.applyMatch(b.isEmpty(), model.matchingProperty().get(), matchLabel));
        bindSpinner(memorySpinner, 19, 2048, model.kdfMemoryMiBProperty().get(), v -> model.kdfMemoryMiBProperty().set(v));
        bindSpinner(iterationsSpinner, 2, 64, model.kdfIterationsProperty().get(), v -> model.kdfIterationsProperty().set(v));
        bindSpinner(parallelismSpinner, 1, 16, model.kdfParallelismProperty().get(), v -> model.kdfParallelismProperty().set(v));
        kdfProblem.textProperty().bind(model.kdfProblemProperty());
        createMessage.textProperty().bind(model.messageProperty());
        createMessage.managedProperty().bind(model.messageProperty().isNotEmpty());
        busy.visibleProperty().bind(model.busyProperty());
        createButton.disableProperty().bind(model.canCreateProperty().not());
        Platform.runLater(createPassword::requestFocus);
    }

    private void measure() {
        model.passwordsChanged(createPassword.getText(), createRepeat.getText());
    }

    @FXML
    private void chooseLocation() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where to create the vault");
        chooser.setInitialFileName("vault.apikeep");
        Path parent = model.locationProperty().get().toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) chooser.setInitialDirectory(parent.toFile());
        File chosen = chooser.showSaveDialog(createButton.getScene().getWindow());
        if (chosen != null) model.locationProperty().set(chosen.toPath());
    }

    @FXML
    private void create() {
        if (!model.canCreate()) return;
        char[] first = SecretFields.take(createPassword);
        char[] second = SecretFields.take(createRepeat);
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            model.failed("The passwords differ; type them again.");
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
                    model.failed(m.what() + " " + m.whatToDo() + " Type the password again.");
                    createPassword.requestFocus();
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
