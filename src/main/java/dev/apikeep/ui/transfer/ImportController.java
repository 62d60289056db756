package dev.apikeep.ui.transfer;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.ExportBundle;
import dev.apikeep.app.Importing;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Tasks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Wires the import dialog to {@link ImportModel}. Reading the file, opening a bundle (Argon2) and
 * the merge run on the background thread; nothing is written before the user presses Import.
 */
public final class ImportController {
    private final AppContext context;
    private ImportModel model;
    private Runnable onImported = () -> { };

    @FXML private VBox importRoot;
    @FXML private Label fileLabel;
    @FXML private HBox bundleBox;
    @FXML private PasswordField bundlePassword;
    @FXML private Button openBundleButton;
    @FXML private Label message;
    @FXML private TableView<ImportModel.PreviewRow> previewTable;
    @FXML private TableColumn<ImportModel.PreviewRow, Integer> lineColumn;
    @FXML private TableColumn<ImportModel.PreviewRow, String> exchangeColumn;
    @FXML private TableColumn<ImportModel.PreviewRow, String> labelColumn;
    @FXML private TableColumn<ImportModel.PreviewRow, String> statusColumn;
    @FXML private Label countsLabel;
    @FXML private VBox modeBox;
    @FXML private RadioButton validRowsChoice;
    @FXML private RadioButton allOrNothingChoice;
    @FXML private Label summaryLabel;
    @FXML private Button importButton;
    @FXML private Button closeButton;

    public ImportController(AppContext context) {
        this.context = context;
    }

    public ImportModel model() {
        return model;
    }

    /** Called after a successful import (the main window reloads its list). */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    @FXML
    private void initialize() {
        model = new ImportModel(context.catalog(), context.today());
        importRoot.setUserData(this);
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? Messages.get("import.noFile")
                : model.fileProperty().get().toString(), model.fileProperty()));
        bundleBox.visibleProperty().bind(model.bundleLockedProperty());
        bundleBox.managedProperty().bind(model.bundleLockedProperty());
        openBundleButton.disableProperty().bind(bundlePassword.textProperty().isEmpty().or(model.busyProperty()));
        bundlePassword.setOnAction(e -> openBundle());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        lineColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().line()));
        exchangeColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().exchange()));
        labelColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().label()));
        statusColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        previewTable.setItems(model.rows());
        previewTable.setPlaceholder(new Label(Messages.get("import.noFileYet")));
        countsLabel.textProperty().bind(model.countsText());

        ToggleGroup modes = new ToggleGroup();
        validRowsChoice.setToggleGroup(modes);
        allOrNothingChoice.setToggleGroup(modes);
        validRowsChoice.setUserData(ImportModel.Mode.VALID_ROWS);
        allOrNothingChoice.setUserData(ImportModel.Mode.ALL_OR_NOTHING);
        modes.selectToggle(model.modeProperty().get() == ImportModel.Mode.VALID_ROWS ? validRowsChoice : allOrNothingChoice);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) model.modeProperty().set((ImportModel.Mode) b.getUserData());
        });
        modeBox.visibleProperty().bind(model.kindProperty().isEqualTo(ImportModel.Kind.CSV).and(model.doneProperty().not()));
        modeBox.managedProperty().bind(modeBox.visibleProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        summaryLabel.visibleProperty().bind(model.summaryProperty().isNotEmpty());
        summaryLabel.managedProperty().bind(summaryLabel.visibleProperty());
        importButton.textProperty().bind(model.importButtonText());
        importButton.disableProperty().bind(model.canImport().not());
        closeButton.textProperty().bind(Bindings.when(model.doneProperty()).then(Messages.get("button.close")).otherwise(Messages.get("button.cancel")));
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.chooser.files"), "*.csv", "*.apikeep-bundle", "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("chooser.allFiles"), "*"));
        File chosen = chooser.showOpenDialog(importRoot.getScene().getWindow());
        if (chosen != null) load(chosen.toPath());
    }

    /** Reads and previews {@code file} (on the background thread); nothing is written. */
    public void load(Path file) {
        model.started();
        Tasks.run(context.background(), () -> Files.readAllBytes(file), content -> {
            model.busyProperty().set(false);
            model.load(file, content);
            if (model.bundleLockedProperty().get()) bundlePassword.requestFocus();
        }, error -> {
            model.busyProperty().set(false);
            model.messageProperty().set(Messages.format("import.cannotRead", file, error.getMessage()));
        });
    }

    @FXML
    private void openBundle() {
        if (bundlePassword.getText().isEmpty() || model.busyProperty().get()) return;
        char[] password = SecretFields.take(bundlePassword);
        byte[] bytes = model.bundleBytes();
        model.started();
        KeyService service = context.service();
        Tasks.run(context.background(), () -> {
            try {
                ExportBundle.Content content = ExportBundle.open(bytes, password);
                return java.util.Map.entry(content, new Importing(service).preview(content.entries(), content.events()));
            } finally {
                Arrays.fill(password, '\0');
            }
        }, opened -> {
            model.busyProperty().set(false);
            model.bundleOpened(opened.getKey(), opened.getValue());
        }, error -> {
            model.failed(error);
            bundlePassword.requestFocus();
        });
    }

    @FXML
    private void runImport() {
        if (!model.canImport().get()) return;
        List<ApiKeyEntry> entries = model.toImport();
        String source = model.source();
        KeyService service = context.service();
        model.started();
        List<dev.apikeep.domain.ActivityEvent> log = model.bundleEvents();
        Tasks.run(context.background(), () -> new Importing(service).merge(entries, log, source), result -> {
            model.imported(result);
            onImported.run();
        }, model::failed);
    }

    @FXML
    private void close() {
        ((Stage) importRoot.getScene().getWindow()).close();
    }

    /** "ok" in green, an error in red, with the text always there (never colour alone). */
    private static final class StatusCell extends TableCell<ImportModel.PreviewRow, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeAll(Styles.ROW_OK, Styles.ROW_ERROR);
            prefHeightProperty().unbind();
            setPrefHeight(USE_COMPUTED_SIZE);
            if (empty || status == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean ok = status.startsWith("ok");
            getStyleClass().add(ok ? Styles.ROW_OK : Styles.ROW_ERROR);
            setText(status);
            if (!ok) {
                // the whole error, wrapped: it says what to fix
                setText(null);
                javafx.scene.control.Label text = new javafx.scene.control.Label(status);
                text.getStyleClass().add(Styles.ROW_ERROR);
                text.setWrapText(true);
                text.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
                // the theme fixes rows at one line's height, which cut a long error off with "…":
                // ask for the wrapped text's height so the row grows to show all of it
                prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.max(text.prefHeight(getTableColumn().getWidth() - 14) + 16, 0),
                        getTableColumn().widthProperty(), text.fontProperty()));
                setGraphic(text);
            } else {
                setGraphic(null);
            }
            setTooltip(ok ? null : new javafx.scene.control.Tooltip(status));
        }
    }
}
