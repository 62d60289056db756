package dev.apikeep.ui.transfer;

import dev.apikeep.app.PasswordPolicy;
import dev.apikeep.app.Export;
import dev.apikeep.app.PasswordStrength;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.AppException;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export dialog's logic: the master password again (checked by deriving, as unlocking does), a
 * bundle password twice with a strength hint, and a target file. {@link #export} does the work on
 * the background thread. No stage needed: unit-tested directly.
 */
public final class ExportModel {
    private final BooleanProperty masterEntered = new SimpleBooleanProperty(false);
    private final StringProperty bundlePassword = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty strengthText = new SimpleStringProperty("");
    private final ObjectProperty<PasswordStrength.Level> strengthLevel = new SimpleObjectProperty<>(PasswordStrength.Level.NONE);
    private final BooleanBinding mismatch;
    private final BooleanBinding canExport;
    private final StringBinding targetText;

    public ExportModel() {
        mismatch = Bindings.createBooleanBinding(() -> !repeat.get().isEmpty() && !repeat.get().equals(bundlePassword.get()),
                repeat, bundlePassword);
        canExport = Bindings.createBooleanBinding(() -> masterEntered.get()
                        && PasswordPolicy.problem(bundlePassword.get().length()) == null
                        && bundlePassword.get().equals(repeat.get()) && target.get() != null && !busy.get() && !done.get(),
                masterEntered, bundlePassword, repeat, target, busy, done);
        targetText = Bindings.createStringBinding(() -> target.get() == null ? "no file chosen" : target.get().toString(), target);
        bundlePassword.addListener((o, a, b) -> measure(b));
    }

    public BooleanProperty masterEnteredProperty() { return masterEntered; }
    public StringProperty bundlePasswordProperty() { return bundlePassword; }
    public StringProperty repeatProperty() { return repeat; }
    public ObjectProperty<Path> targetProperty() { return target; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty doneProperty() { return done; }
    public StringProperty messageProperty() { return message; }
    public StringProperty strengthTextProperty() { return strengthText; }
    /** How the hint is coloured. */
    public ObjectProperty<PasswordStrength.Level> strengthLevelProperty() { return strengthLevel; }
    public BooleanBinding mismatch() { return mismatch; }
    public BooleanBinding canExport() { return canExport; }
    public StringBinding targetText() { return targetText; }

    private void measure(String password) {
        if (password == null || password.isEmpty()) {
            strengthText.set("");
            strengthLevel.set(PasswordStrength.Level.NONE);
            return;
        }
        String tooShort = PasswordPolicy.problem(password.length());
        if (tooShort != null) {
            strengthText.set("Too weak to use: " + tooShort + ".");
            strengthLevel.set(PasswordStrength.Level.WEAK);
            return;
        }
        PasswordStrength measured = PasswordStrength.of(password);
        strengthText.set(switch (measured.score()) {
            case 0, 1 -> "Weak: anyone who gets the file could guess it. Use four or more random words.";
            case 2 -> "Fair: longer is better for a file that may leave this computer.";
            case 3 -> "Good.";
            default -> "Strong.";
        });
        strengthLevel.set(measured.level());
    }

    public void started() {
        busy.set(true);
        message.set("");
    }

    public void exported(int keys, Path file) {
        busy.set(false);
        done.set(true);
        message.set("");
        doneText.set("Exported " + keys + (keys == 1 ? " key" : " keys") + " to " + file
                + ". Keep the bundle password somewhere other than the file.");
    }

    private final StringProperty doneText = new SimpleStringProperty("");

    public StringProperty doneTextProperty() { return doneText; }

    public void failed(Throwable error) {
        busy.set(false);
        if (error instanceof AppException v && v.kind() == AppException.Kind.WRONG_PASSWORD) {
            message.set("Wrong master password: the export needs the one you unlock the vault with.");
        } else {
            message.set(dev.apikeep.ui.common.ErrorText.of(error).what() + " " + dev.apikeep.ui.common.ErrorText.of(error).whatToDo());
        }
    }

    /**
     * Background thread: checks the master password by deriving its key and unwrapping the stored
     * data key (nothing is written), then seals every entry and the
     * activity log under the bundle password, writes {@code target} with mode 0600 (through a
     * private temporary file, so it is never readable by others), and logs EXPORT. Wipes both
     * passwords. Returns the number of keys exported.
     */
    public static int export(KeyService service, char[] masterPassword, char[] bundlePassword, Path target) {
        try {
            return Export.toFileAfterCheck(service, masterPassword, bundlePassword, target);
        } finally {
            Arrays.fill(masterPassword, '\0');
            Arrays.fill(bundlePassword, '\0');
        }
    }
}
