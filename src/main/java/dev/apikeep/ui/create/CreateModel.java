package dev.apikeep.ui.create;

import dev.apikeep.app.KdfSettings;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The create-vault screen's state: where, whether the new password is ready (measured by the
 * shared new-password piece), the KDF settings. The password itself is never stored here.
 */
public final class CreateModel {
    private final ObjectProperty<Path> location = new SimpleObjectProperty<>();
    private final BooleanProperty passwordReady = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty kdfMemoryMiB = new SimpleIntegerProperty();
    private final IntegerProperty kdfIterations = new SimpleIntegerProperty();
    private final IntegerProperty kdfParallelism = new SimpleIntegerProperty();
    private final StringProperty kdfProblem = new SimpleStringProperty();
    private final BooleanBinding canCreate;

    public CreateModel(Path defaultLocation, KdfSettings defaultKdf) {
        location.set(defaultLocation);
        kdfMemoryMiB.set(defaultKdf.memoryMiB());
        kdfIterations.set(defaultKdf.iterations());
        kdfParallelism.set(defaultKdf.parallelism());
        kdfProblem.bind(Bindings.createStringBinding(() -> kdf().problem(), kdfMemoryMiB, kdfIterations, kdfParallelism));
        canCreate = passwordReady.and(busy.not()).and(location.isNotNull()).and(kdfProblem.isNull());
    }

    public ObjectProperty<Path> locationProperty() { return location; }
    /** Set from the new-password piece: both typed, long enough and equal. */
    public BooleanProperty passwordReadyProperty() { return passwordReady; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public IntegerProperty kdfMemoryMiBProperty() { return kdfMemoryMiB; }
    public IntegerProperty kdfIterationsProperty() { return kdfIterations; }
    public IntegerProperty kdfParallelismProperty() { return kdfParallelism; }
    public StringProperty kdfProblemProperty() { return kdfProblem; }
    public BooleanBinding canCreateProperty() { return canCreate; }

    public boolean canCreate() {
        return canCreate.get();
    }

    public KdfSettings kdf() {
        return KdfSettings.ofMebibytes(kdfMemoryMiB.get(), kdfIterations.get(), kdfParallelism.get());
    }

    /** Shown when creating failed; the passwords must be typed again (the fields were cleared). */
    public void failed(String text) {
        busy.set(false);
        message.set(text);
    }
}
