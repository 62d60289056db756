package dev.apikeep.ui.editor;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.common.DialogHost;
import dev.apikeep.ui.common.FxmlView;
import dev.apikeep.ui.common.Styles;
import dev.apikeep.ui.common.Views;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * The add/edit key dialog.
 *
 * <p>Styling uses only AtlantaFX's theme stylesheets and their looked-up colours (-color-*), never
 * its Java classes: atlantafx-base 2.1.0 is compiled for Java 21 and this project builds for 17. It only returns the entry; the caller saves it.
 *
 * <p>{@link #show} blocks; {@link #create} and {@link #createPane} build the same thing without
 * showing it, for tests and for callers that want to place it themselves.
 */
public final class EditorDialog {
    public static final ButtonType SAVE = new ButtonType(Messages.get("editor.save"), ButtonBar.ButtonData.OK_DONE);
    private static final KeyCombination SAVE_SHORTCUT = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final String MODEL_KEY = EditorModel.class.getName();

    private EditorDialog() {
    }

    /**
     * Shows the editor and waits.
     *
     * @param owner          the window it is modal to; may be null
     * @param existingOrNull the entry to edit (id, revision, status, links and last use are kept), or null for a new key
     * @param today          the default created date and the day expiry countdowns count from
     * @return the new or edited entry (not saved), empty when the user cancelled
     */
    public static Optional<ApiKeyEntry> show(Window owner, ExchangeCatalog catalog, ApiKeyEntry existingOrNull, LocalDate today) {
        return show(owner, catalog, existingOrNull, today, null);
    }

    /** The same, with "Fill from exchange" for a new key when {@code fill} is given. */
    public static Optional<ApiKeyEntry> show(Window owner, ExchangeCatalog catalog, ApiKeyEntry existingOrNull, LocalDate today,
                                             dev.apikeep.ui.common.ExchangeFill fill) {
        Dialog<ApiKeyEntry> dialog = create(owner, catalog, existingOrNull, today);
        if (fill != null) modelOf(dialog).offerFill((draft, said, failed) -> fill.ask(dialog.getDialogPane().getScene().getWindow(),
                draft, said, failed));
        return dialog.showAndWait();
    }

    /** The dialog, not yet shown; {@link #modelOf} gives its model. */
    public static Dialog<ApiKeyEntry> create(Window owner, ExchangeCatalog catalog, ApiKeyEntry existingOrNull, LocalDate today) {
        EditorModel model = new EditorModel(catalog, existingOrNull, today);
        Dialog<ApiKeyEntry> dialog = DialogHost.host(new Dialog<>(), owner, Messages.get(model.isEditing() ? "editor.title.edit" : "editor.title.add"));
        dialog.setDialogPane(createPane(model));
        dialog.setResultConverter(button -> button == SAVE ? model.build() : null);
        dialog.setOnShown(event -> fitToScreen(dialog));
        // The result holds its own SecretBytes; the host wipes the fields, this the model's copies.
        dialog.setOnHidden(event -> model.clearSecrets());
        return dialog;
    }

    /** A dialog taller than the screen scrolls its content instead of hiding the Save button off-screen. */
    private static void fitToScreen(Dialog<?> dialog) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(
                dialog.getX(), dialog.getY(), Math.max(1, dialog.getWidth()), Math.max(1, dialog.getHeight()))
                .stream().findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        if (dialog.getHeight() > screen.getHeight()) {
            dialog.setHeight(screen.getHeight());
            dialog.setY(screen.getMinY());
        } else if (dialog.getY() + dialog.getHeight() > screen.getMaxY() || dialog.getY() < screen.getMinY()) {
            dialog.setY(screen.getMinY() + (screen.getHeight() - dialog.getHeight()) / 2);
        }
        if (dialog.getWidth() > screen.getWidth()) {
            dialog.setWidth(screen.getWidth());
            dialog.setX(screen.getMinX());
        }
    }

    /** The model behind a dialog or pane made here. */
    public static EditorModel modelOf(Dialog<?> dialog) {
        return modelOf(dialog.getDialogPane());
    }

    public static EditorModel modelOf(DialogPane pane) {
        return (EditorModel) pane.getProperties().get(MODEL_KEY);
    }

    /**
     * The dialog's content and its Save/Cancel buttons, Save disabled while anything is invalid.
     * A pane can be put in any scene (tests do); only inside a {@link Dialog} do the buttons close it.
     */
    public static DialogPane createPane(EditorModel model) {
        DialogPane pane = new DialogPane();
        pane.getProperties().put(MODEL_KEY, model);
        pane.getStyleClass().add(Styles.EDITOR_DIALOG);
        pane.getStylesheets().add(EditorDialog.class.getResource("editor.css").toExternalForm());
        Label summary = new Label();
        summary.setId("saveSummary");
        summary.getStyleClass().add(Styles.SAVE_SUMMARY);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        BorderPane content = new BorderPane(loadView(model));
        content.setBottom(summary);
        BorderPane.setMargin(summary, new javafx.geometry.Insets(10, 14, 0, 14));
        pane.setContent(content);
        pane.getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        Button save = (Button) pane.lookupButton(SAVE);
        save.setId("saveButton");
        save.getStyleClass().add(Styles.ACCENT); // AtlantaFX: the primary action
        save.disableProperty().bind(model.validProperty().not());
        // Ctrl+S (Cmd+S on macOS) saves from any field, as in every editor; an invalid form stays open
        pane.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (SAVE_SHORTCUT.match(key) && !save.isDisabled()) {
                save.fire();
                key.consume();
            }
        });
        Node cancel = pane.lookupButton(ButtonType.CANCEL);
        cancel.setId("cancelButton");
        return pane;
    }

    /** EditorView.fxml bound to {@code model}. */
    public static Parent loadView(EditorModel model) {
        return Views.loadWith(FxmlView.EDITOR, new EditorController(model)).root();
    }
}
