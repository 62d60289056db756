package dev.apikeep.ui.editor;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.KeyType;
import dev.apikeep.ui.common.Styles;
import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Wires EditorView.fxml to {@link EditorModel}; no logic of its own beyond building checkbox rows. */
public final class EditorController {
    /** AtlantaFX themes outline an input in the danger colour under this pseudo-class. */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final EditorModel model;

    @FXML private ScrollPane scroll;
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
    @FXML private VBox apiHostBox;
    @FXML private ComboBox<String> apiHostChoice;
    @FXML private VBox fillBox;
    @FXML private Button fillButton;
    @FXML private Label fillStatus;
    @FXML private VBox switchBox;
    @FXML private RadioButton readOnlyRadio;
    @FXML private RadioButton readWriteRadio;
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
        apiHostChoice.setItems(model.apiHosts());
        apiHostChoice.valueProperty().bindBidirectional(model.apiHostProperty());
        showWhen(apiHostBox, !model.apiHosts().isEmpty());
        model.apiHosts().addListener((ListChangeListener<String>) c -> showWhen(apiHostBox, !model.apiHosts().isEmpty()));
        PermissionsView permissions = new PermissionsView(model.permissions());
        permissions.bindGrid(permissionGrid);
        permissions.bindCustom(customPermissionsField, customRiskTags);
        showWhen(customPermissionsBox, model.customProperty().get());
        model.customProperty().addListener((o, was, now) -> showWhen(customPermissionsBox, now));
        permissions.bindWarnings(withdrawText, withdrawBanner, permissionsNote, permissionsNoteBox);
        permissions.bindSwitch(switchBox, readOnlyRadio, readWriteRadio, switchHint);

        // ISO dates, the same form as the computed expiry and the rest of the app.
        createdPicker.setConverter(new LocalDateStringConverter(ISO_LOCAL_DATE, ISO_LOCAL_DATE));
        expiresPicker.setConverter(createdPicker.getConverter());
        createdPicker.setPromptText("yyyy-mm-dd");
        expiresPicker.setPromptText("yyyy-mm-dd");
        createdPicker.valueProperty().bindBidirectional(model.createdAtProperty());
        expiresPicker.valueProperty().bindBidirectional(model.expiresAtProperty());
        expiryLabel.textProperty().bind(model.expiry().textProperty());
        model.expiry().kindProperty().addListener((o, was, now) -> styleExpiry(now));
        styleExpiry(model.expiry().kindProperty().get());
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
        fillButton.setTooltip(new Tooltip(Messages.get("editor.fill.tooltip")));
        fillStatus.textProperty().bind(Bindings.createStringBinding(() -> fill.statusProperty().get().isEmpty()
                ? Messages.get(model.passphraseRequiredProperty().get() ? "editor.fill.waitingPassphrase" : "editor.fill.waiting")
                : fill.statusProperty().get(), fill.statusProperty(), model.passphraseRequiredProperty()));
        fill.failedProperty().addListener((o, was, now) -> {
            fillStatus.getStyleClass().remove(Styles.FIELD_ERROR);
            if (now) fillStatus.getStyleClass().add(Styles.FIELD_ERROR);
        });
    }

    @FXML
    private void fillFromExchange() {
        model.fill().fill();
    }

    private void styleExpiry(ExpiryKind kind) {
        expiryBox.getStyleClass().removeAll(Styles.EXPIRY_RULE, Styles.EXPIRY_USER, Styles.EXPIRY_NONE, Styles.EXPIRY_UNKNOWN);
        expiryBox.getStyleClass().add(switch (kind) {
            case EXCHANGE_RULE -> Styles.EXPIRY_RULE;
            case USER -> Styles.EXPIRY_USER;
            case NONE -> Styles.EXPIRY_NONE;
            case UNKNOWN -> Styles.EXPIRY_UNKNOWN;
        });
        expiryIcon.setIconLiteral(kind == ExpiryKind.EXCHANGE_RULE ? "fth-alert-circle" : "fth-clock");
    }

    /** The red text under a field and the danger outline on the field itself. */
    private void bindError(Label errorLabel, Node field, String name) {
        ObservableStringValue shown = model.shownErrorProperty(name);
        errorLabel.textProperty().bind(shown);
        errorLabel.setId(name + "Error");
        PermissionsView.showWhenText(errorLabel, shown);
        field.pseudoClassStateChanged(DANGER, !shown.get().isEmpty());
        shown.addListener((o, was, now) -> field.pseudoClassStateChanged(DANGER, !now.isEmpty()));
    }

    private static void showWhen(Node node, boolean shown) {
        PermissionsView.show(node, shown);
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
