package dev.apikeep.ui.activity;

import dev.apikeep.domain.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Wires the activity view to {@link ActivityModel}. */
public final class ActivityController {
    private final ActivityModel model;

    @FXML private ComboBox<ActivityModel.KeyChoice> keyFilter;
    @FXML private ComboBox<ActivityModel.TypeChoice> typeFilter;
    @FXML private Label eventCount;
    @FXML private TableView<ActivityModel.Line> eventTable;
    @FXML private TableColumn<ActivityModel.Line, String> timeColumn;
    @FXML private TableColumn<ActivityModel.Line, String> typeColumn;
    @FXML private TableColumn<ActivityModel.Line, String> keyColumn;
    @FXML private TableColumn<ActivityModel.Line, String> detailColumn;

    public ActivityController(ActivityModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        keyFilter.setItems(model.keyChoices());
        keyFilter.valueProperty().bindBidirectional(model.keyFilterProperty());
        typeFilter.setItems(model.typeChoices());
        typeFilter.valueProperty().bindBidirectional(model.typeFilterProperty());
        eventTable.setItems(model.visible());
        eventTable.setPlaceholder(new Label(Messages.get("activity.noEvents")));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        keyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detail()));
        eventCount.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("activity.count", model.visible().size()), model.visible()));
    }
}
