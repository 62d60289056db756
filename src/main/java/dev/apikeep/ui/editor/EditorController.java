package dev.apikeep.ui.editor;

import dev.apikeep.app.Messages;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.Risk;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Wires EditorView.fxml to {@link EditorModel}; no logic of its own beyond building checkbox rows. */
public final class EditorController {
    /** AtlantaFX themes outline an input in the danger colour under this pseudo-class. */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final EditorModel model;

    @FXML private javafx.scene.control.ScrollPane scroll;
    @FXML private VBox editorContent;
    @FXML private ComboBox<Exchange> exchangeBox;
    @FXML private ComboBox<Environment> environmentBox;
    @FXML private Label exchangeNotes;
    @FXML private TextField labelField;
    @FXML private Label labelError;
    @FXML private TextField accountField;
    @FXML private TextField tagsField;
    @FXML private TextField usedByField;
    @FXML private TextArea notesArea;
    @FXML private ComboBox<KeyType> keyTypeBox;
    @FXML private Label keyTypeError;
    @FXML private TextField apiKeyField;
    @FXML private Label apiKeyError;
    @FXML private TextArea secretArea;
    @FXML private Label secretHint;
    @FXML private Label secretError;
    @FXML private VBox passphraseBox;
    @FXML private Label passphraseCaption;
    @FXML private PasswordField passphraseField;
    @FXML private Label passphraseError;
    @FXML private TextArea ipArea;
    @FXML private Label ipError;
    @FXML private VBox fillBox;
    @FXML private javafx.scene.control.Button fillButton;
    @FXML private Label fillStatus;
    @FXML private VBox switchBox;
    @FXML private javafx.scene.control.RadioButton readOnlyRadio;
    @FXML private javafx.scene.control.RadioButton readWriteRadio;
    @FXML private Label switchHint;
    @FXML private GridPane permissionGrid;
    @FXML private VBox customPermissionsBox;
    @FXML private TextField customPermissionsField;
    @FXML private FlowPane customRiskTags;
    @FXML private Label permissionsError;
    @FXML private HBox withdrawBanner;
    @FXML private Label withdrawText;
    @FXML private HBox permissionsNoteBox;
    @FXML private Label permissionsNote;
    @FXML private DatePicker createdPicker;
    @FXML private Label createdError;
    @FXML private DatePicker expiresPicker;
    @FXML private Label expiresError;
    @FXML private HBox expiryBox;
    @FXML private FontIcon expiryIcon;
    @FXML private Label expiryLabel;
    @FXML private TextField rotationField;
    @FXML private Label rotationError;

    public EditorController(EditorModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        // A ScrollPane does not ask its content for a width; the columns have fixed widths, so use
        // theirs (plus room for the padding and a vertical scroll bar on small screens).
        scroll.setPrefViewportWidth(editorContent.prefWidth(-1) + 40);
        exchangeBox.setItems(model.exchanges());
        exchangeBox.setConverter(converter(Exchange::name));
        exchangeBox.valueProperty().bindBidirectional(model.exchangeProperty());
        environmentBox.getItems().setAll(Environment.values());
        environmentBox.setConverter(converter(e -> Messages.get(e == Environment.MAINNET ? "editor.mainnet" : "editor.testnet")));
        environmentBox.valueProperty().bindBidirectional(model.environmentProperty());
        exchangeNotes.textProperty().bind(model.exchangeNotesProperty());

        labelField.textProperty().bindBidirectional(model.labelProperty());
        accountField.textProperty().bindBidirectional(model.accountProperty());
        tagsField.textProperty().bindBidirectional(model.tagsProperty());
        usedByField.textProperty().bindBidirectional(model.usedByProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());

        keyTypeBox.setItems(model.keyTypes());
        keyTypeBox.setConverter(converter(KeyType::name));
        keyTypeBox.valueProperty().bindBidirectional(model.keyTypeProperty());
        apiKeyField.textProperty().bindBidirectional(model.apiKeyProperty());
        secretArea.textProperty().bindBidirectional(model.secretProperty());
        secretHint.textProperty().bind(Bindings.createStringBinding(() -> {
            KeyType type = model.keyTypeProperty().get();
            return type != null && type.usesPemPrivateKey()
                    ? Messages.get("editor.secretHint.pem")
                    : Messages.get("editor.secretHint");
        }, model.keyTypeProperty()));
        passphraseField.textProperty().bindBidirectional(model.passphraseProperty());
        showWhen(passphraseBox, model.passphraseVisibleProperty().get());
        model.passphraseVisibleProperty().addListener((o, was, now) -> showWhen(passphraseBox, now));
        passphraseCaption.textProperty().bind(Bindings.when(model.passphraseRequiredProperty())
                .then(Messages.get("editor.passphrase.required")).otherwise(Messages.get("editor.passphrase.optional")));
        ipArea.textProperty().bindBidirectional(model.ipTextProperty());

        wireFill();
        wireSwitch();
        model.permissionGroups().addListener((ListChangeListener<PermissionGroup>) c -> buildPermissionRows());
        buildPermissionRows();
        customPermissionsField.textProperty().bindBidirectional(model.customPermissionsProperty());
        bindShown(customPermissionsBox, model.customProperty().get());
        model.customProperty().addListener((o, was, now) -> bindShown(customPermissionsBox, now));
        model.customRisks().addListener((ListChangeListener<EditorModel.WordRisk>) c -> buildCustomTags());
        buildCustomTags();
        withdrawText.textProperty().bind(model.highRiskWarningProperty());
        bindVisibleWhenText(withdrawBanner, model.highRiskWarningProperty());
        permissionsNote.textProperty().bind(model.permissionsNoteProperty());
        bindVisibleWhenText(permissionsNoteBox, model.permissionsNoteProperty());

        // ISO dates, the same form as the computed expiry and the rest of the app.
        createdPicker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        expiresPicker.setConverter(createdPicker.getConverter());
        createdPicker.setPromptText("yyyy-mm-dd");
        expiresPicker.setPromptText("yyyy-mm-dd");
        createdPicker.valueProperty().bindBidirectional(model.createdAtProperty());
        expiresPicker.valueProperty().bindBidirectional(model.expiresAtProperty());
        expiryLabel.textProperty().bind(model.expiryTextProperty());
        model.expiryKindProperty().addListener((o, was, now) -> styleExpiry(now));
        styleExpiry(model.expiryKindProperty().get());
        rotationField.textProperty().bindBidirectional(model.rotationDaysProperty());

        bindError(labelError, labelField, EditorModel.LABEL);
        bindError(keyTypeError, keyTypeBox, EditorModel.KEY_TYPE);
        bindError(apiKeyError, apiKeyField, EditorModel.API_KEY);
        bindError(secretError, secretArea, EditorModel.SECRET);
        bindError(passphraseError, passphraseField, EditorModel.PASSPHRASE);
        bindError(ipError, ipArea, EditorModel.IPS);
        bindError(permissionsError, customPermissionsField, EditorModel.PERMISSIONS);
        bindError(createdError, createdPicker, EditorModel.CREATED);
        bindError(expiresError, expiresPicker, EditorModel.EXPIRES);
        bindError(rotationError, rotationField, EditorModel.ROTATION);
    }

    /** "Fill from exchange": shown for a new key when the window can ask; on once the credentials are typed. */
    private void wireFill() {
        ExchangeFillState fill = model.fill();
        fillBox.visibleProperty().bind(fill.offeredProperty());
        fillBox.managedProperty().bind(fill.offeredProperty());
        fillButton.disableProperty().bind(fill.readyProperty().not());
        fillButton.setTooltip(new Tooltip(dev.apikeep.app.Messages.get("editor.fill.tooltip")));
        fillStatus.textProperty().bind(Bindings.createStringBinding(() -> fill.statusProperty().get().isEmpty()
                ? dev.apikeep.app.Messages.get(model.passphraseRequiredProperty().get() ? "editor.fill.waitingPassphrase" : "editor.fill.waiting")
                : fill.statusProperty().get(), fill.statusProperty(), model.passphraseRequiredProperty()));
        fill.failedProperty().addListener((o, was, now) -> {
            fillStatus.getStyleClass().remove("field-error");
            if (now) fillStatus.getStyleClass().add("field-error");
        });
    }

    @FXML
    private void fillFromExchange() {
        model.fill().fill();
    }

    /** Bybit's Read-Only / Read-Write choice; neither is selected for an older entry that never stated it. */
    private void wireSwitch() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        readOnlyRadio.setToggleGroup(group);
        readWriteRadio.setToggleGroup(group);
        showWhen(switchBox, model.switchAvailableProperty().get());
        model.switchAvailableProperty().addListener((o, was, now) -> showWhen(switchBox, now));
        Runnable fromModel = () -> {
            Boolean on = model.readOnlySwitchProperty().get();
            group.selectToggle(on == null ? null : on ? readOnlyRadio : readWriteRadio);
            switchHint.setText(dev.apikeep.app.Messages.get(on == null ? "editor.switch.unstated"
                    : on ? "editor.switch.readOnlyHint" : "editor.switch.readWriteHint"));
        };
        fromModel.run();
        model.readOnlySwitchProperty().addListener((o, was, now) -> fromModel.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) model.readOnlySwitchProperty().set(now == readOnlyRadio);
        });
    }

    /** One row per permission group: the exchange's heading, then its checkboxes with a risk tag each. */
    private void buildPermissionRows() {
        permissionGrid.getChildren().clear();
        int row = 0;
        for (PermissionGroup group : model.permissionGroups()) {
            Label title = new Label(group.name());
            title.getStyleClass().add("permission-group-title");
            title.setMinWidth(Label.USE_PREF_SIZE);
            FlowPane boxes = new FlowPane(12, 4);
            for (PermissionChoice choice : group.choices()) {
                CheckBox box = new CheckBox(choice.permission().name());
                box.setId("perm-" + choice.permission().id());
                box.selectedProperty().bindBidirectional(choice.selectedProperty());
                Label tag = riskTag(choice.permission().risk());
                box.setTooltip(new Tooltip(Messages.format("editor.permissionRisk", choice.permission().name(), choice.permission().risk().label())));
                HBox cell = new HBox(6, box, tag);
                cell.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                boxes.getChildren().add(cell);
            }
            GridPane.setHgrow(boxes, Priority.ALWAYS);
            GridPane.setValignment(title, javafx.geometry.VPos.TOP);
            permissionGrid.addRow(row++, title, boxes);
        }
        bindShown(permissionGrid, !model.permissionGroups().isEmpty());
    }

    private void buildCustomTags() {
        customRiskTags.getChildren().setAll(model.customRisks().stream().map(w -> {
            Label word = new Label(w.word());
            HBox cell = new HBox(4, word, riskTag(w.risk()));
            cell.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            return (Node) cell;
        }).toList());
    }

    static Label riskTag(Risk risk) {
        Label tag = new Label(risk.label());
        tag.getStyleClass().addAll("risk-tag", "risk-" + risk.label());
        return tag;
    }

    private void styleExpiry(EditorModel.ExpiryKind kind) {
        expiryBox.getStyleClass().removeAll("expiry-rule", "expiry-user", "expiry-none", "expiry-unknown");
        expiryBox.getStyleClass().add(switch (kind) {
            case EXCHANGE_RULE -> "expiry-rule";
            case USER -> "expiry-user";
            case NONE -> "expiry-none";
            case UNKNOWN -> "expiry-unknown";
        });
        expiryIcon.setIconLiteral(kind == EditorModel.ExpiryKind.EXCHANGE_RULE ? "fth-alert-circle" : "fth-clock");
    }

    /** The red text under a field and the danger outline on the field itself. */
    private void bindError(Label errorLabel, Node field, String name) {
        ObservableStringValue shown = model.shownErrorProperty(name);
        errorLabel.textProperty().bind(shown);
        errorLabel.setId(name + "Error");
        bindVisibleWhenText(errorLabel, shown);
        field.pseudoClassStateChanged(DANGER, !shown.get().isEmpty());
        shown.addListener((o, was, now) -> field.pseudoClassStateChanged(DANGER, !now.isEmpty()));
    }

    private static void bindVisibleWhenText(Node node, ObservableStringValue text) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void bindShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static void showWhen(Node node, boolean shown) {
        bindShown(node, shown);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

}
