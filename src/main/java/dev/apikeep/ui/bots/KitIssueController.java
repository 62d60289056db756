package dev.apikeep.ui.bots;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.IssuedKit;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/**
 * Wires the new-kit / re-issue view to {@link KitFormModel}; after the kit is written it swaps the
 * form for the token, shown once, with Copy and Save to file (done by the dialog's handlers).
 */
public final class KitIssueController {
    private final KitFormModel form;
    private final Runnable copy;
    private final BiConsumer<Path, Boolean> save;
    /** The file the user chose in a save dialog, which already asked before replacing it. */
    private Path confirmedTokenFile;

    @FXML private VBox formBox;
    @FXML private Label formTitle;
    @FXML private TextField kitName;
    @FXML private ListView<KitFormModel.KeyChoice> keyChoices;
    @FXML private DatePicker expires;
    @FXML private TextField kitFile;
    @FXML private Label formHint;
    @FXML private Label formProblem;
    @FXML private VBox tokenBox;
    @FXML private Label doneTitle;
    @FXML private Label doneText;
    @FXML private TextField tokenField;
    @FXML private Label copyStatus;
    @FXML private TextField tokenFile;
    @FXML private Label saveStatus;

    /**
     * @param copy puts the token on the clipboard (through the clipboard guard)
     * @param save writes the token to a file: the path, and whether replacing a file there is allowed
     */
    KitIssueController(KitFormModel form, Runnable copy, BiConsumer<Path, Boolean> save) {
        this.form = form;
        this.copy = copy;
        this.save = save;
    }

    @FXML
    private void initialize() {
        formTitle.setText(form.isReissue() ? Messages.format("kit.reissue.heading", form.nameProperty().get()) : Messages.get("kit.new.heading"));
        formHint.setText(Messages.get(form.isReissue() ? "kit.reissue.hint" : "kit.new.hint"));
        kitName.textProperty().bindBidirectional(form.nameProperty());
        kitName.setDisable(form.isReissue());
        keyChoices.getItems().setAll(form.keys());
        keyChoices.setCellFactory(CheckBoxListCell.forListView(KitFormModel.KeyChoice::chosenProperty, new StringConverter<>() {
            @Override public String toString(KitFormModel.KeyChoice k) {
                return k.detail().isEmpty() ? k.label() : k.label() + "  —  " + k.detail();
            }
            @Override public KitFormModel.KeyChoice fromString(String s) { return null; }
        }));
        keyChoices.setDisable(form.isReissue());
        keyChoices.setPlaceholder(new Label(Messages.get("kit.keys.none")));
        // the same yyyy-mm-dd as the kit list, the editor and the command line, whatever the locale
        expires.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        expires.valueProperty().bindBidirectional(form.expiresProperty());
        kitFile.textProperty().bindBidirectional(form.fileProperty());
        formProblem.textProperty().bind(form.problemProperty());
        formProblem.visibleProperty().bind(form.validProperty().not());
        javafx.application.Platform.runLater(form.isReissue() ? expires::requestFocus : kitName::requestFocus);
    }

    /** The kit is written: show the token (once) instead of the form. */
    void showToken(IssuedKit kit, char[] token) {
        formBox.setVisible(false);
        formBox.setManaged(false);
        tokenBox.setVisible(true);
        tokenBox.setManaged(true);
        doneTitle.setText(Messages.format(form.isReissue() ? "kit.reissued" : "kit.created", kit.name()));
        doneText.setText(Messages.format("kit.writtenTo", kit.file(), kit.keys().size(), kit.expires().toString()));
        tokenField.setText(new String(token));
        java.util.Arrays.fill(token, '\0');
        tokenFile.setText(kit.file() + ".token");
        javafx.application.Platform.runLater(tokenField::requestFocus);
    }

    /** Binds the countdown of the clipboard guard under the Copy button. */
    void showCopyCountdown(javafx.beans.property.ReadOnlyIntegerProperty secondsLeft) {
        copyStatus.textProperty().bind(Bindings.createStringBinding(() -> secondsLeft.get() > 0
                ? Messages.format("kit.copied", secondsLeft.get()) : "", secondsLeft));
    }

    void saved(Path file) {
        saveStatus.setText(Messages.format("kit.saved", file.toString()));
    }

    void saveFailed(String message) {
        saveStatus.setText(message);
    }

    @FXML
    private void copyToken() {
        copy.run();
    }

    @FXML
    private void saveToken() {
        if (tokenFile.getText().isBlank()) {
            saveFailed(Messages.get("kit.saveFirst"));
            return;
        }
        Path target = Path.of(tokenFile.getText().strip());
        save.accept(target, target.equals(confirmedTokenFile));
    }

    @FXML
    private void chooseKitFile() {
        File chosen = chooser(Messages.get("kit.chooseKitFile"), form.fileProperty().get()).showSaveDialog(window());
        if (chosen != null) form.fileProperty().set(chosen.getPath());
    }

    @FXML
    private void chooseTokenFile() {
        File chosen = chooser(Messages.get("kit.chooseTokenFile"), tokenFile.getText()).showSaveDialog(window());
        if (chosen != null) {
            confirmedTokenFile = chosen.toPath();
            tokenFile.setText(chosen.getPath());
        }
    }

    private static FileChooser chooser(String title, String current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (current != null && !current.isBlank()) {
            Path path = Path.of(current.strip()).toAbsolutePath();
            chooser.setInitialFileName(path.getFileName().toString());
            if (path.getParent() != null && Files.isDirectory(path.getParent())) chooser.setInitialDirectory(path.getParent().toFile());
        }
        return chooser;
    }

    private javafx.stage.Window window() {
        return formBox.getScene() == null ? null : formBox.getScene().getWindow();
    }
}
