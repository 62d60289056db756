package dev.apikeep.ui.backups;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.BackupService;
import dev.apikeep.app.KeyService;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.Dialogs;
import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.Tasks;
import dev.apikeep.ui.password.PasswordPrompt;
import java.util.Arrays;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Wires the backups list to {@link BackupsModel} and {@link BackupService}. Restoring closes the
 * vault (the shell's lock), replaces the file on the background thread and leaves the user on the
 * unlock screen for the restored vault.
 */
public final class BackupsController {
    private final AppContext context;
    private BackupsModel model;
    private BackupService backups;

    @FXML private VBox backupsRoot;
    @FXML private Label vaultLabel;
    @FXML private TableView<BackupsModel.Row> backupTable;
    @FXML private TableColumn<BackupsModel.Row, String> whenColumn;
    @FXML private TableColumn<BackupsModel.Row, String> sizeColumn;
    @FXML private TableColumn<BackupsModel.Row, String> kindColumn;
    @FXML private Label countLabel;
    @FXML private Label message;
    @FXML private Button backupNowButton;
    @FXML private Button restoreButton;

    public BackupsController(AppContext context) {
        this.context = context;
    }

    public BackupsModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        backupsRoot.setUserData(this);
        model = new BackupsModel(context.clock().getZone());
        backups = BackupsDialog.service(context);
        model.vaultOpenProperty().set(context.serviceProperty().get() != null);
        vaultLabel.setText(Messages.format("vault.path", context.vaultPath()));
        whenColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().when()));
        sizeColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().size()));
        kindColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().kind()));
        backupTable.setItems(model.rows());
        backupTable.setPlaceholder(new Label(Messages.get("backups.none")));
        backupTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> model.selectedProperty().set(row));
        backupNowButton.disableProperty().bind(model.canBackUp().not());
        restoreButton.disableProperty().bind(model.canRestore().not());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        refresh();
    }

    void refresh() {
        model.busyProperty().set(true);
        Tasks.run(context.background(), backups::list, list -> {
            model.setBackups(list);
            countLabel.setText(model.countText(backups.keep(), BackupsDialog.everyDays(context)));
        }, error -> {
            model.busyProperty().set(false);
            model.messageProperty().set(error.getMessage());
        });
    }

    @FXML
    private void backUpNow() {
        KeyService service = context.serviceProperty().get();
        if (service == null) return;
        model.busyProperty().set(true);
        model.messageProperty().set("");
        Tasks.run(context.background(), () -> backups.backupNow(service), made -> {
            refresh();
            backupTable.getSelectionModel().clearSelection();
        }, error -> {
            model.busyProperty().set(false);
            Dialogs.error(window(), error);
        });
    }

    @FXML
    private void restore() {
        BackupsModel.Row row = model.selectedProperty().get();
        if (row == null) return;
        Optional<char[]> password = askPassword(row);
        if (password.isEmpty()) return;
        Window owner = window() == null ? null : ((Stage) window()).getOwner();
        close();
        // Lock first: the shell wipes and closes the vault and its window lock on the background
        // thread; the restore is queued behind that on the same thread, so the file is free.
        if (context.serviceProperty().get() != null) context.navigator().lock();
        char[] typed = password.get();
        Tasks.run(context.background(), () -> {
            try {
                return backups.restore(row.backup(), typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, restored -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, BackupsModel.restoredText(restored, context.clock().getZone()));
            done.initOwner(owner);
            done.setTitle("ApiKeep");
            done.setHeaderText(Messages.get("backups.restored"));
            done.show();
        }, error -> Dialogs.error(owner, error));
    }

    /** The confirmation, with the master password the backup was made with (checked before anything changes). */
    private Optional<char[]> askPassword(BackupsModel.Row row) {
        return PasswordPrompt.ask(window(), new PasswordPrompt.Question(Messages.format("backups.restorePrompt.header", row.when()),
                Messages.format("backups.restorePrompt.text", BackupsModel.restoreConsequence(row)),
                Messages.get("backups.restorePrompt.field"), Messages.get("backups.restorePrompt.action")));
    }

    @FXML
    private void close() {
        Window window = window();
        if (window instanceof Stage stage) stage.close();
    }

    private Window window() {
        return backupsRoot.getScene() == null ? null : backupsRoot.getScene().getWindow();
    }
}
