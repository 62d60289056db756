package dev.apikeep.ui.audit;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.AuditFinding;
import dev.apikeep.domain.AuditFinding.Severity;
import dev.apikeep.ui.common.Styles;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Wires the audit view to {@link AuditModel}; a click (or Enter) on a finding chooses its key. */
public final class AuditController {
    private final AuditModel model;

    @FXML private Label auditScore;
    @FXML private FontIcon scoreIcon;
    @FXML private ListView<AuditModel.Row> auditList;
    @FXML private Button checkAllButton;
    @FXML private HBox checkAllBar;
    @FXML private ProgressBar checkAllProgress;
    @FXML private Label checkAllStatus;
    @FXML private Button cancelCheckAllButton;

    public AuditController(AuditModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        auditScore.textProperty().bind(model.scoreProperty());
        showScoreIcon();
        model.rows().addListener((javafx.collections.ListChangeListener<AuditModel.Row>) c -> showScoreIcon()); // after "Check all"
        wireCheckAll();
        auditList.setItems(model.rows());
        auditList.setCellFactory(list -> new RowCell());
        Label empty = new Label(Messages.get("audit.noFindings"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        auditList.setPlaceholder(empty);
        auditList.setOnMouseClicked(e -> model.choose(auditList.getSelectionModel().getSelectedItem()));
        auditList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) model.choose(auditList.getSelectionModel().getSelectedItem());
        });
    }

    private void showScoreIcon() {
        boolean clean = model.rows().isEmpty();
        boolean high = model.count(Severity.HIGH) > 0;
        scoreIcon.setIconLiteral(clean ? "fth-check-circle" : high ? "fth-alert-octagon" : "fth-alert-triangle");
        scoreIcon.getStyleClass().removeAll(Styles.SCORE_CLEAN, Styles.SCORE_HIGH, Styles.SCORE_MEDIUM);
        scoreIcon.getStyleClass().add(clean ? Styles.SCORE_CLEAN : high ? Styles.SCORE_HIGH : Styles.SCORE_MEDIUM);
    }

    private void wireCheckAll() {
        boolean offered = model.canCheckAll();
        checkAllButton.setVisible(offered);
        checkAllButton.setManaged(offered);
        checkAllButton.disableProperty().bind(model.checkingProperty());
        checkAllBar.visibleProperty().bind(model.checkingProperty().or(model.checkStatusProperty().isNotEmpty()));
        checkAllBar.managedProperty().bind(checkAllBar.visibleProperty());
        checkAllProgress.progressProperty().bind(model.checkProgressProperty());
        checkAllProgress.visibleProperty().bind(model.checkingProperty());
        checkAllProgress.managedProperty().bind(model.checkingProperty());
        checkAllStatus.textProperty().bind(model.checkStatusProperty());
        cancelCheckAllButton.visibleProperty().bind(model.checkingProperty());
        cancelCheckAllButton.managedProperty().bind(model.checkingProperty());
    }

    @FXML
    private void checkAll() {
        model.checkAll();
    }

    @FXML
    private void cancelCheckAll() {
        model.cancelCheckAll();
    }

    private static final class RowCell extends ListCell<AuditModel.Row> {
        RowCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AuditModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().removeAll(Styles.AUDIT_HEADER, Styles.AUDIT_FINDING);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row instanceof AuditModel.Header h) {
                getStyleClass().add(Styles.AUDIT_HEADER);
                Label text = new Label(h.text(), new FontIcon(iconOf(h.severity())));
                text.getStyleClass().addAll(Styles.AUDIT_SEVERITY, Styles.SEVERITY_PREFIX + h.severity().id());
                setGraphic(text);
                setMouseTransparent(true);
                return;
            }
            setMouseTransparent(false);
            getStyleClass().add(Styles.AUDIT_FINDING);
            AuditFinding f = ((AuditModel.Finding) row).finding();
            Label severity = new Label(f.severity().id().toUpperCase(java.util.Locale.ROOT));
            severity.getStyleClass().addAll(Styles.BADGE, styleOf(f.severity()));
            severity.setMinWidth(Region.USE_PREF_SIZE);
            Label label = new Label(f.label());
            label.getStyleClass().add(Styles.KEY_LABEL);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label rule = new Label(f.rule());
            rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.AUDIT_RULE);
            rule.setMinWidth(Region.USE_PREF_SIZE);
            HBox first = new HBox(8, severity, label, spacer, rule);
            first.setAlignment(Pos.CENTER_LEFT);
            Label message = new Label(f.message());
            message.setWrapText(true);
            message.getStyleClass().add(Styles.AUDIT_MESSAGE);
            message.setMinHeight(Region.USE_PREF_SIZE); // wrap onto more lines instead of cutting the text off
            Label action = new Label(f.action(), new FontIcon(Feather.ARROW_RIGHT));
            action.setWrapText(true);
            action.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.AUDIT_ACTION);
            action.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(3, first, message, action);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(30));
            setGraphic(box);
        }

        private static Feather iconOf(Severity s) {
            return s == Severity.LOW ? Feather.INFO : s == Severity.MEDIUM ? Feather.ALERT_TRIANGLE : Feather.ALERT_OCTAGON;
        }

        static String styleOf(Severity s) {
            return switch (s) {
                case HIGH -> Styles.DANGER;
                case MEDIUM -> Styles.WARNING;
                case LOW -> Styles.NEUTRAL;
            };
        }
    }
}
