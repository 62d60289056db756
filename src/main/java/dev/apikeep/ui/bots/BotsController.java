package dev.apikeep.ui.bots;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.app.kit.KitState;
import dev.apikeep.ui.common.Styles;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Wires the Bots view to {@link BotsModel}; what the buttons do is the dialog's ({@link Actions}). */
public final class BotsController {
    /** What the view's buttons ask for. */
    interface Actions {
        void newKit();

        void reissue(IssuedKit kit);

        void forget(IssuedKit kit);
    }

    private final BotsModel model;
    private final Actions actions;
    private final boolean readOnly;

    @FXML private TableView<BotsModel.Row> kitTable;
    @FXML private TableColumn<BotsModel.Row, String> nameColumn;
    @FXML private TableColumn<BotsModel.Row, String> keysColumn;
    @FXML private TableColumn<BotsModel.Row, String> expiresColumn;
    @FXML private TableColumn<BotsModel.Row, BotsModel.Row> stateColumn;
    @FXML private Label kitAdvice;
    @FXML private Label kitWhere;
    @FXML private Button newKitButton;
    @FXML private Button reissueButton;
    @FXML private Button forgetButton;
    @FXML private VBox forgotBox;
    @FXML private Label forgotTitle;
    @FXML private VBox forgotItems;

    /** @param readOnly a damaged vault open read-only: kits are listed, nothing is issued or forgotten */
    BotsController(BotsModel model, Actions actions, boolean readOnly) {
        this.model = model;
        this.actions = actions;
        this.readOnly = readOnly;
    }

    @FXML
    private void initialize() {
        kitTable.setItems(model.rows());
        Label empty = new Label(Messages.get("bots.empty"));
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(0, 24, 0, 24));
        kitTable.setPlaceholder(empty);
        kitTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        keysColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        expiresColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().expires()));
        stateColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        stateColumn.setCellFactory(c -> new StateCell());
        kitTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((o, a, row) -> showSelected(row));
        newKitButton.setDisable(readOnly);
        showSelected(model.selectedProperty().get());
    }

    private void showSelected(BotsModel.Row row) {
        if (row != null && kitTable.getSelectionModel().getSelectedItem() != row) kitTable.getSelectionModel().select(row);
        reissueButton.setDisable(row == null || readOnly);
        forgetButton.setDisable(row == null || readOnly);
        String advice = row == null ? "" : row.advice();
        kitAdvice.setText(advice);
        kitAdvice.setVisible(!advice.isEmpty());
        kitAdvice.setManaged(!advice.isEmpty());
        kitWhere.setText(row == null ? Messages.get("bots.selectHint")
                : Messages.format("bots.writtenTo", row.kit().file(), row.kit().created().toString()));
    }

    @FXML
    private void newKit() {
        actions.newKit();
    }

    @FXML
    private void reissue() {
        BotsModel.Row row = model.selectedProperty().get();
        if (row != null) actions.reissue(row.kit());
    }

    @FXML
    private void forget() {
        BotsModel.Row row = model.selectedProperty().get();
        if (row != null) actions.forget(row.kit());
    }

    /** After a forget: the warning again, and the rotate checklist with a Rotate button per key. */
    void showForgotten(IssuedKit kit, Consumer<UUID> rotate) {
        forgotTitle.setText(Messages.format("bots.forgot", kit.name(), kit.expires().toString()));
        forgotItems.getChildren().clear();
        List<String> items = BotsModel.rotateChecklist(kit);
        for (int i = 0; i < items.size(); i++) {
            CheckBox item = new CheckBox(items.get(i));
            item.setWrapText(true);
            item.getStyleClass().add(Styles.CHECKLIST_ITEM);
            item.setId("forgot-" + i);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            UUID key = kit.keys().get(i).id();
            Button go = new Button(Messages.get("bots.forgot.rotate"));
            go.setId("forgotRotate-" + i);
            go.setMinWidth(Button.USE_PREF_SIZE);
            go.setOnAction(e -> rotate.accept(key));
            HBox line = new HBox(8, item, spacer, go);
            line.setAlignment(Pos.CENTER_LEFT);
            forgotItems.getChildren().add(line);
        }
        forgotBox.setVisible(true);
        forgotBox.setManaged(true);
    }

    /** The state as a coloured badge with its word (never colour alone). */
    private static final class StateCell extends TableCell<BotsModel.Row, BotsModel.Row> {
        @Override
        protected void updateItem(BotsModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label badge = new Label(row.stateText());
            KitState.Status status = row.state().status();
            badge.getStyleClass().addAll(Styles.BADGE, status == KitState.Status.CURRENT ? Styles.SUCCESS
                    : status == KitState.Status.EXPIRED ? Styles.DANGER : Styles.WARNING);
            setGraphic(badge);
        }
    }
}
