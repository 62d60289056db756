package dev.apikeep.ui.editor;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.Risk;
import dev.apikeep.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * The editor's permissions section on screen: a row of checkboxes with risk tags per permission
 * group (rebuilt when the exchange changes), a custom exchange's words with the risk read from each,
 * Bybit's Read-Only / Read-Write radio pair, the withdrawal banner and the "cannot change later" note.
 * The state lives in {@link PermissionState}; this only builds and binds the nodes.
 */
final class PermissionsView {
    private final PermissionState state;

    PermissionsView(PermissionState state) {
        this.state = state;
    }

    /** One row per permission group: the exchange's heading, then its checkboxes with a risk tag each. */
    void bindGrid(GridPane grid) {
        state.groups().addListener((ListChangeListener<PermissionGroup>) c -> buildRows(grid));
        buildRows(grid);
    }

    private void buildRows(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (PermissionGroup group : state.groups()) {
            Label title = new Label(group.name());
            title.getStyleClass().add(Styles.PERMISSION_GROUP_TITLE);
            title.setMinWidth(Label.USE_PREF_SIZE);
            FlowPane boxes = new FlowPane(12, 4);
            for (PermissionChoice choice : group.choices()) boxes.getChildren().add(checkbox(choice));
            GridPane.setHgrow(boxes, Priority.ALWAYS);
            GridPane.setValignment(title, VPos.TOP);
            grid.addRow(row++, title, boxes);
        }
        show(grid, !state.groups().isEmpty());
    }

    private static Node checkbox(PermissionChoice choice) {
        CheckBox box = new CheckBox(choice.permission().name());
        box.setId("perm-" + choice.permission().id());
        box.selectedProperty().bindBidirectional(choice.selectedProperty());
        box.setTooltip(new Tooltip(Messages.format("editor.permissionRisk", choice.permission().name(),
                choice.permission().risk().label())));
        HBox cell = new HBox(6, box, riskTag(choice.permission().risk()));
        cell.setAlignment(Pos.CENTER_LEFT);
        return cell;
    }

    /** A custom exchange's words, each with the risk read from it. */
    void bindCustom(TextField words, Pane tags) {
        words.textProperty().bindBidirectional(state.customWordsProperty());
        state.customRisks().addListener((ListChangeListener<PermissionState.WordRisk>) c -> buildCustomTags(tags));
        buildCustomTags(tags);
    }

    private void buildCustomTags(Pane tags) {
        tags.getChildren().setAll(state.customRisks().stream().map(w -> {
            HBox cell = new HBox(4, new Label(w.word()), riskTag(w.risk()));
            cell.setAlignment(Pos.CENTER_LEFT);
            return (Node) cell;
        }).toList());
    }

    static Label riskTag(Risk risk) {
        Label tag = new Label(risk.label());
        tag.getStyleClass().addAll(Styles.RISK_TAG, Styles.RISK_PREFIX + risk.label());
        return tag;
    }

    /** The withdrawal banner and the "permissions cannot change later" note, each shown only when it has text. */
    void bindWarnings(Label withdrawText, Node withdrawBanner, Label noteText, Node noteBox) {
        withdrawText.textProperty().bind(state.highRiskWarningProperty());
        showWhenText(withdrawBanner, state.highRiskWarningProperty());
        noteText.textProperty().bind(state.noteProperty());
        showWhenText(noteBox, state.noteProperty());
    }

    /** Bybit's Read-Only / Read-Write choice; neither is selected for an older entry that never stated it. */
    void bindSwitch(Node box, RadioButton readOnly, RadioButton readWrite, Label hint) {
        ToggleGroup group = new ToggleGroup();
        readOnly.setToggleGroup(group);
        readWrite.setToggleGroup(group);
        show(box, state.switchAvailableProperty().get());
        state.switchAvailableProperty().addListener((o, was, now) -> show(box, now));
        Runnable fromModel = () -> {
            Boolean on = state.readOnlySwitchProperty().get();
            group.selectToggle(on == null ? null : on ? readOnly : readWrite);
            hint.setText(Messages.get(on == null ? "editor.switch.unstated"
                    : on ? "editor.switch.readOnlyHint" : "editor.switch.readWriteHint"));
        };
        fromModel.run();
        state.readOnlySwitchProperty().addListener((o, was, now) -> fromModel.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) state.readOnlySwitchProperty().set(now == readOnly);
        });
    }

    static void showWhenText(Node node, ObservableStringValue text) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        node.managedProperty().bind(node.visibleProperty());
    }

    static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
