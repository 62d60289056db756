package dev.apikeep.ui.backups;

import dev.apikeep.app.BackupService;
import dev.apikeep.domain.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The backups list: rows with date, size and why each was made; what can be done with the selection. */
public final class BackupsModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One line of the list, already in the user's words. */
    public record Row(BackupService.Backup backup, String when, String size, String kind) {
    }

    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty vaultOpen = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canRestore;
    private final BooleanBinding canBackUp;

    public BackupsModel(ZoneId zone) {
        this.zone = zone;
        canRestore = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
        canBackUp = vaultOpen.and(busy.not());
    }

    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public BooleanProperty busyProperty() { return busy; }
    /** "Back up now" needs the vault open; the list and restore do not. */
    public BooleanProperty vaultOpenProperty() { return vaultOpen; }
    public StringProperty messageProperty() { return message; }
    public BooleanBinding canRestore() { return canRestore; }
    public BooleanBinding canBackUp() { return canBackUp; }

    public void setBackups(List<BackupService.Backup> backups) {
        busy.set(false);
        rows.setAll(backups.stream().map(this::row).toList());
        if (selected.get() != null && !rows.contains(selected.get())) selected.set(null);
    }

    public Row row(BackupService.Backup backup) {
        return new Row(backup, WHEN.format(backup.createdAt().atZone(zone)), size(backup.size()), kind(backup.reason()));
    }

    /** The line under the list: how many, and the rule that keeps them. */
    public String countText(int keep, int everyDays) {
        String schedule = everyDays <= 0 ? Messages.get("backups.scheduleOff") : Messages.format("backups.schedule", everyDays);
        return Messages.format("backups.count", rows.size(), keep, schedule);
    }

    public static String size(long bytes) {
        if (bytes < 1024) return Messages.format("backups.size.bytes", String.valueOf(bytes));
        if (bytes < 1024 * 1024) return Messages.format("backups.size.kb", String.format(Locale.ROOT, "%.1f", bytes / 1024.0));
        return Messages.format("backups.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }

    public static String kind(String reason) {
        return switch (reason) {
            case "" -> Messages.get("backups.kind.scheduled");
            case "before-restore" -> Messages.get("backups.kind.beforeRestore");
            case "before-migration" -> Messages.get("backups.kind.beforeMigration");
            default -> reason.replace('-', ' ');
        };
    }

    /** The confirmation's text for restoring {@code row}. */
    public static String restoreConsequence(Row row) {
        return Messages.format("backups.restoreConsequence", row.when());
    }

    /** What the user reads after a restore. */
    public static String restoredText(BackupService.Restored restored, ZoneId zone) {
        String when = WHEN.format(restored.restored().createdAt().atZone(zone));
        if (restored.previousVaultSavedAs() == null) return Messages.format("backups.restoredFrom", when);
        return Messages.format("backups.restoredFromKept", when, restored.previousVaultSavedAs().getFileName().toString());
    }
}
