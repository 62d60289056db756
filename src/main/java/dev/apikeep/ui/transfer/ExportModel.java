package dev.apikeep.ui.transfer;

import dev.apikeep.app.Export;
import dev.apikeep.app.KeyService;
import dev.apikeep.app.AppException;
import dev.apikeep.domain.Messages;
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
 * bundle password twice (the shared new-password piece measures it), and a target file. {@link #export} does the work on
 * the background thread. No stage needed: unit-tested directly.
 */
public final class ExportModel {
    private final BooleanProperty masterEntered = new SimpleBooleanProperty(false);
    private final BooleanProperty passwordReady = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canExport;
    private final StringBinding targetText;

    public ExportModel() {
        canExport = masterEntered.and(passwordReady).and(target.isNotNull()).and(busy.not()).and(done.not());
        targetText = Bindings.createStringBinding(() -> target.get() == null ? Messages.get("export.noFileChosen") : target.get().toString(), target);
    }

    public BooleanProperty masterEnteredProperty() { return masterEntered; }
    /** Set from the new-password piece: the bundle password typed twice, long enough and equal. */
    public BooleanProperty passwordReadyProperty() { return passwordReady; }
    public ObjectProperty<Path> targetProperty() { return target; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty doneProperty() { return done; }
    public StringProperty messageProperty() { return message; }
    public BooleanBinding canExport() { return canExport; }
    public StringBinding targetText() { return targetText; }

    public void started() {
        busy.set(true);
        message.set("");
    }

    public void exported(int keys, Path file) {
        busy.set(false);
        done.set(true);
        message.set("");
        doneText.set(Messages.format("export.done", keys, String.valueOf(file)));
    }

    private final StringProperty doneText = new SimpleStringProperty("");

    public StringProperty doneTextProperty() { return doneText; }

    public void failed(Throwable error) {
        busy.set(false);
        if (error instanceof AppException v && v.kind() == AppException.Kind.WRONG_PASSWORD) {
            message.set(Messages.get("export.wrongPassword"));
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
