package dev.apikeep.ui.settings;

import dev.apikeep.app.Settings;
import dev.apikeep.app.KdfSettings;
import dev.apikeep.domain.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.StringBinding;

/**
 * The settings screen's state. {@link #settings()} is what the controls say now (clamped by
 * {@link Settings}); the KDF fields are separate because they only change with the current password.
 */
public final class SettingsModel {
    private final IntegerProperty clipboardSeconds = new SimpleIntegerProperty();
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty();
    private final BooleanProperty lockOnMinimise = new SimpleBooleanProperty();
    private final IntegerProperty reminderLeadDays = new SimpleIntegerProperty();
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty backupEveryDays = new SimpleIntegerProperty();
    private final IntegerProperty backupsToKeep = new SimpleIntegerProperty();
    private final BooleanProperty contactExchanges = new SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty proxy = new javafx.beans.property.SimpleStringProperty("");

    private final ObjectProperty<KdfSettings> currentKdf = new SimpleObjectProperty<>();
    private final IntegerProperty kdfMemoryMiB = new SimpleIntegerProperty();
    private final IntegerProperty kdfIterations = new SimpleIntegerProperty();
    private final IntegerProperty kdfParallelism = new SimpleIntegerProperty();
    private final StringBinding kdfProblem;
    private final BooleanBinding kdfChanged;
    private final StringProperty measureText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final long maxHeapBytes;

    /**
     * @param maxHeapBytes how much memory this JVM may use: a KDF that needs more could not be
     *                     derived here, and the vault would not open again on this machine
     */
    public SettingsModel(Settings initial, KdfSettings kdf, long maxHeapBytes) {
        this.maxHeapBytes = maxHeapBytes;
        load(initial);
        currentKdf.set(kdf);
        kdfMemoryMiB.set(kdf.memoryMiB());
        kdfIterations.set(kdf.iterations());
        kdfParallelism.set(kdf.parallelism());
        kdfProblem = Bindings.createStringBinding(() -> kdfProblem(kdf(), this.maxHeapBytes),
                kdfMemoryMiB, kdfIterations, kdfParallelism);
        ObjectBinding<KdfSettings> typed = Bindings.createObjectBinding(this::kdf, kdfMemoryMiB, kdfIterations, kdfParallelism);
        kdfChanged = Bindings.createBooleanBinding(() -> !typed.get().equals(currentKdf.get()), typed, currentKdf);
        // a measurement is of the parameters it was taken with
        kdfMemoryMiB.addListener((o, a, b) -> measureText.set(""));
        kdfIterations.addListener((o, a, b) -> measureText.set(""));
        kdfParallelism.addListener((o, a, b) -> measureText.set(""));
    }

    /** Sets every control from {@code s}. */
    public void load(Settings s) {
        clipboardSeconds.set(s.clipboardClearSeconds());
        autoLockMinutes.set(s.autoLockMinutes());
        lockOnMinimise.set(s.lockOnMinimise());
        reminderLeadDays.set(s.reminderLeadDays());
        theme.set(s.theme());
        backupEveryDays.set(s.backupEveryDays());
        backupsToKeep.set(s.backupsToKeep());
        contactExchanges.set(s.contactExchanges());
        proxy.set(s.proxy());
    }

    public BooleanProperty contactExchangesProperty() { return contactExchanges; }
    public javafx.beans.property.StringProperty proxyProperty() { return proxy; }

    public IntegerProperty clipboardSecondsProperty() { return clipboardSeconds; }
    public IntegerProperty autoLockMinutesProperty() { return autoLockMinutes; }
    public BooleanProperty lockOnMinimiseProperty() { return lockOnMinimise; }
    public IntegerProperty reminderLeadDaysProperty() { return reminderLeadDays; }
    public ObjectProperty<Settings.Theme> themeProperty() { return theme; }
    public IntegerProperty backupEveryDaysProperty() { return backupEveryDays; }
    public IntegerProperty backupsToKeepProperty() { return backupsToKeep; }
    public ObjectProperty<KdfSettings> currentKdfProperty() { return currentKdf; }
    public IntegerProperty kdfMemoryMiBProperty() { return kdfMemoryMiB; }
    public IntegerProperty kdfIterationsProperty() { return kdfIterations; }
    public IntegerProperty kdfParallelismProperty() { return kdfParallelism; }
    /** Why the typed KDF parameters cannot be used, or null. */
    public StringBinding kdfProblemProperty() { return kdfProblem; }
    /** The typed KDF parameters differ from the vault's. */
    public BooleanBinding kdfChangedProperty() { return kdfChanged; }
    public StringProperty measureTextProperty() { return measureText; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty statusProperty() { return status; }

    /** The settings as the controls show them, clamped. */
    public Settings settings() {
        return new Settings(clipboardSeconds.get(), autoLockMinutes.get(), lockOnMinimise.get(), reminderLeadDays.get(),
                theme.get(), backupEveryDays.get(), backupsToKeep.get(), contactExchanges.get(), proxy.get());
    }

    public KdfSettings kdf() {
        return KdfSettings.ofMebibytes(kdfMemoryMiB.get(), kdfIterations.get(), kdfParallelism.get());
    }

    /** The vault's KDF is now {@code kdf} (after a successful change). */
    public void kdfApplied(KdfSettings kdf) {
        currentKdf.set(kdf);
    }

    /** The names of the settings that differ (JSON field names: the activity log's detail, never a value). */
    public static List<String> changed(Settings before, Settings after) {
        List<String> names = new ArrayList<>();
        if (before.clipboardClearSeconds() != after.clipboardClearSeconds()) names.add("clipboardClearSeconds");
        if (before.autoLockMinutes() != after.autoLockMinutes()) names.add("autoLockMinutes");
        if (before.lockOnMinimise() != after.lockOnMinimise()) names.add("lockOnMinimise");
        if (before.reminderLeadDays() != after.reminderLeadDays()) names.add("reminderLeadDays");
        if (before.theme() != after.theme()) names.add("theme");
        if (before.backupEveryDays() != after.backupEveryDays()) names.add("backupEveryDays");
        if (before.backupsToKeep() != after.backupsToKeep()) names.add("backupsToKeep");
        if (before.contactExchanges() != after.contactExchanges()) names.add("contactExchanges");
        if (!before.proxy().equals(after.proxy())) names.add("proxy");
        return names;
    }

    /** The vault's floors and ceilings, and whether this machine has the memory for it. */
    static String kdfProblem(KdfSettings kdf, long maxHeapBytes) {
        String bounds = kdf.problem();
        if (bounds != null) return capitalise(bounds) + ".";
        long needed = (long) kdf.memoryKiB() * 1024;
        // Argon2 needs the memory plus what the app already uses; keep a margin of a quarter of the heap.
        if (needed > maxHeapBytes * 3 / 4) {
            return Messages.format("settings.kdf.tooMuchMemory", String.valueOf(maxHeapBytes / (1024 * 1024)), String.valueOf(kdf.memoryMiB()));
        }
        return null;
    }

    /** "Unlock will take about 0.6 s" (tenths below 10 s, whole seconds above). */
    public static String measureText(Duration took) {
        double seconds = took.toNanos() / 1e9;
        String amount;
        if (seconds < 0.1) amount = Messages.get("settings.measure.tenthOrLess");
        else if (seconds < 10) amount = Messages.format("settings.measure.about", String.format(Locale.ROOT, "%.1f", seconds));
        else amount = Messages.format("settings.measure.about", String.valueOf(Math.round(seconds)));
        if (seconds < 0.25) return Messages.format("settings.measure.fast", amount);
        if (seconds > 5) return Messages.format("settings.measure.slow", amount);
        return Messages.format("settings.measure.took", amount);
    }

    /** Derives once with {@code kdf} and returns how long it took. Blocks: call it off the FX thread. */
    public static Duration measure(KdfSettings kdf) {
        return kdf.measure();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
