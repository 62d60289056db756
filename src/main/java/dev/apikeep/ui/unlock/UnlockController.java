package dev.apikeep.ui.unlock;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.Session;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.ui.backups.BackupsDialog;
import dev.apikeep.ui.common.AppContext;
import dev.apikeep.ui.common.SecretFields;
import dev.apikeep.ui.common.Tasks;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Wires the unlock view to {@link UnlockModel}; the KDF runs on the background thread. */
public final class UnlockController {
    private final AppContext context;
    private final UnlockModel model = new UnlockModel();
    private UnlockWarmUp warmUp;
    /** See {@link #holdText}. */
    private boolean textHeld;

    @FXML private Label vaultLabel;
    @FXML private PasswordField password;
    @FXML private Label capsLockHint;
    @FXML private Label unlockMessage;
    @FXML private Button rescueButton;
    @FXML private ProgressIndicator busy;
    @FXML private Button unlockButton;
    @FXML private Hyperlink openAnother;
    @FXML private Hyperlink createNew;
    @FXML private Hyperlink restoreBackup;

    public UnlockController(AppContext context) {
        this.context = context;
    }

    public UnlockModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        model.vaultPathProperty().bind(context.vaultPathProperty());
        vaultLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("vault.path", model.vaultPathProperty().get()), model.vaultPathProperty()));
        model.passwordEnteredProperty().bind(password.textProperty().isNotEmpty());
        unlockButton.disableProperty().bind(model.canUnlockProperty().not());
        password.disableProperty().bind(model.busyProperty());
        busy.visibleProperty().bind(model.busyProperty());
        capsLockHint.visibleProperty().bind(model.capsLockProperty());
        capsLockHint.managedProperty().bind(model.capsLockProperty());
        unlockMessage.textProperty().bind(model.messageProperty());
        unlockMessage.visibleProperty().bind(model.messageVisible());
        unlockMessage.managedProperty().bind(model.showMessage());
        rescueButton.visibleProperty().bind(model.rescueVisible());
        rescueButton.managedProperty().bind(model.rescueOfferedProperty());
        rescueButton.disableProperty().bind(model.busyProperty());
        // while a vault opens, another vault, a new one or a backup would change what the opening one is
        // (About and Backups named the other vault's path): back once the unlock fails. Disabled only
        // fades them (opacity): nothing is measured again beside the window's build
        for (Hyperlink link : List.of(openAnother, createNew, restoreBackup)) link.disableProperty().bind(model.busyProperty());
        password.setOnKeyPressed(e -> updateCapsLock());
        // a menu is a window of its own whose text is laid out at once: none beside the window's work
        password.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> { if (textHeld) e.consume(); });
        password.focusedProperty().addListener((obs, was, is) -> updateCapsLock());
        Platform.runLater(password::requestFocus);
        warmUp = UnlockWarmUp.startOnceShown(password, context.keyDerivation());
        // the main window is built while the password is typed, not after the click (it needs no vault)
        UnlockWarmUp.afterShown(password, () -> {
            if (context.serviceProperty().get() != null) return;
            holdText(true);
            context.navigator().prepareKeys();
            whenNotBuilding(() -> holdText(model.busyProperty().get()));
        });
    }

    @FXML
    private void unlock() {
        start(Session.Access.NORMAL);
    }

    /** Opens the damaged vault read-only: the password has to be typed again (it was cleared). */
    @FXML
    private void rescue() {
        if (password.getText().isEmpty()) {
            whenNotBuilding(() -> model.messageProperty().set(Messages.get("unlock.rescueAgain")));
            password.requestFocus();
            model.rescueOfferedProperty().set(true);
            password.setOnAction(e -> start(Session.Access.RESCUE));
            return;
        }
        start(Session.Access.RESCUE);
    }

    private void start(Session.Access access) {
        if (password.getText().isEmpty() || model.busyProperty().get()) return;
        warmUp.stop();
        char[] typed = SecretFields.take(password);
        password.setOnAction(null);
        holdText(true);
        model.started();
        context.navigator().prepareKeys(); // built beside the KDF and the vault's checks, if not yet
        Path file = context.vaultPath();
        Tasks.run(context.background(),
                () -> withFirstList(Session.unlock(file, typed, access, Session.Claim.WINDOW, context.catalog(),
                        context.clock(), context.keyDerivation())),
                opened -> {
                    // the spinner stays until the main window replaces this screen (its rows may still be laid out)
                    context.vaultOpened(opened.session(), opened.firstList());
                    context.navigator().showKeys();
                },
                error -> whenNotBuilding(() -> { // its text: not beside the build
                    holdText(false);
                    model.failed(error);
                    password.requestFocus();
                }));
    }


    /** An unlocked vault and its entries, read on the vault's thread while the FX thread builds the main window. */
    private record Opened(Session session, List<ApiKeyEntry> firstList) {
    }

    /**
     * Reads every entry right after the unlock, in the same background task (it was checked whole
     * at open): the read overlaps the main window's build instead of waiting for it. Should the read
     * fail, the main window reads again and reports it there.
     */
    private static Opened withFirstList(Session session) {
        try {
            return new Opened(session, session.keys().list(true));
        } catch (RuntimeException e) {
            return new Opened(session, null);
        }
    }

    @FXML
    private void chooseAnother() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("unlock.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("unlock.chooser.vaults"), "*.apikeep"),
                new FileChooser.ExtensionFilter(Messages.get("chooser.allFiles"), "*"));
        Path current = context.vaultPath();
        if (current != null && current.toAbsolutePath().getParent() != null
                && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(password.getScene().getWindow());
        if (chosen == null) return;
        unlessUnlocking(() -> { // the vault's name and the cleared message are laid out: not beside the build
            context.vaultPathProperty().set(chosen.toPath());
            model.succeeded();
            password.requestFocus();
        });
    }

    @FXML
    private void showCreate() {
        unlessUnlocking(context.navigator()::showCreate);
    }

    /** A vault that no longer unlocks (damaged, or a bad edit) can be put back from here. */
    @FXML
    private void showBackups() {
        Window owner = password.getScene().getWindow(); // now: a Create chosen meanwhile replaces this screen
        unlessUnlocking(() -> BackupsDialog.show(owner, context)); // a dialog's text is laid out too
    }

    /**
     * While the main window is built, or its rows laid out, beside this screen: the screen's wrapping
     * labels keep the size they have, so a layout of the screen on the FX thread meanwhile (the
     * window resized or maximised, the password typed, the spinner shown) measures no text (JavaFX's
     * one shared text layout: see {@link #whenNotBuilding}); the card is as wide at any window size.
     * Held from before the work starts (after the next layout) until it is done, or the unlock failed.
     */
    private void holdText(boolean hold) {
        textHeld = hold;
        for (Label label : List.of(vaultLabel, unlockMessage)) { // each size asked of a label returns the held one
            double width = hold ? label.getWidth() : Region.USE_COMPUTED_SIZE;
            double height = hold ? label.getHeight() : Region.USE_COMPUTED_SIZE;
            label.setMinSize(width, height);
            label.setPrefSize(width, height);
            label.setMaxSize(width, height);
        }
    }

    /** The hint waits for the main window's build, and is left alone once the vault is open (its rows are being laid out). */
    private void updateCapsLock() {
        if (context.serviceProperty().get() == null) whenNotBuilding(() -> {
            if (context.serviceProperty().get() == null) showCapsLock();
        });
    }

    /**
     * Runs {@code change} to this screen's text (or a dialog from it) now, or once the main window's
     * build or unshown layout beside it is done: a message laid out meanwhile would measure its text through JavaFX's one shared text
     * layout (the controls' {@code Utils}) while the helper thread measures the window's, and that
     * layout is not thread-safe (a pulse failed with a NullPointerException in PrismTextLayout).
     */
    private void whenNotBuilding(Runnable change) {
        context.navigator().afterWindowWork(change);
    }

    /**
     * A link's action, after the main window's build (see {@link #whenNotBuilding}); dropped if Unlock
     * was pressed meanwhile: the screen still named this vault then, and another vault, a new one or
     * a backup would change what the opening one is.
     */
    private void unlessUnlocking(Runnable action) {
        whenNotBuilding(() -> {
            if (!model.busyProperty().get() && context.serviceProperty().get() == null) action.run();
        });
    }

    private void showCapsLock() {
        try {
            Platform.isKeyLocked(KeyCode.CAPS).ifPresentOrElse(
                    on -> model.capsLockProperty().set(on),
                    () -> model.capsLockProperty().set(false));
        } catch (UnsupportedOperationException e) {
            model.capsLockProperty().set(false);
        }
    }
}
