package dev.apikeep.ui.transfer;

import dev.apikeep.app.CsvImport;
import dev.apikeep.app.ExportBundle;
import dev.apikeep.app.ImportResult;
import dev.apikeep.app.Importing;
import dev.apikeep.app.InvalidInputException;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.ui.common.ErrorText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import screen's logic: reads a file as a bundle or a CSV, shows every row with its status
 * before anything is written, decides what an import would write under the chosen mode, and
 * describes what the import did. No stage needed: unit-tested directly.
 */
public final class ImportModel {
    /** What the chosen file is. */
    public enum Kind { NONE, CSV, BUNDLE }

    /** How invalid CSV rows are treated. */
    public enum Mode {
        /** Import the valid rows, skip the invalid ones. */
        VALID_ROWS,
        /** Import nothing unless every row is valid (the safe default, as on the command line). */
        ALL_OR_NOTHING
    }

    /** One line of the preview table. */
    public record PreviewRow(int line, String exchange, String label, String status, boolean ok) {
    }

    private final ExchangeCatalog catalog;
    private final LocalDate today;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.NONE);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.ALL_OR_NOTHING);
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final BooleanProperty bundleLocked = new SimpleBooleanProperty(false);
    private final List<ApiKeyEntry> validEntries = new ArrayList<>();
    private final IntegerBinding validCount;
    private final IntegerBinding errorCount;
    private final BooleanBinding canImport;
    private final StringBinding countsText;
    private final StringBinding importButtonText;
    private byte[] bundleBytes;

    private List<dev.apikeep.domain.ActivityEvent> bundleEvents = List.of();

    public ImportModel(ExchangeCatalog catalog, LocalDate today) {
        this.catalog = catalog;
        this.today = today;
        validCount = Bindings.createIntegerBinding(() -> (int) rows.stream().filter(PreviewRow::ok).count(), rows);
        errorCount = Bindings.createIntegerBinding(() -> rows.size() - validCount.get(), rows, validCount);
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && !done.get() && validCount.get() > 0
                        && !(mode.get() == Mode.ALL_OR_NOTHING && errorCount.get() > 0),
                busy, done, validCount, errorCount, mode);
        countsText = Bindings.createStringBinding(() -> {
            if (rows.isEmpty()) return "";
            return errorCount.get() == 0 ? Messages.format("import.counts", rows.size(), validCount.get())
                    : Messages.format("import.countsWithErrors", rows.size(), validCount.get(), errorCount.get());
        }, rows, validCount, errorCount);
        importButtonText = Bindings.createStringBinding(() -> {
            int n = toImportCount();
            return n == 0 ? Messages.get("import.button") : Messages.format("import.buttonCount", n);
        }, validCount, errorCount, mode);
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public ObjectProperty<Kind> kindProperty() { return kind; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    public ObservableList<PreviewRow> rows() { return rows; }
    public StringProperty messageProperty() { return message; }
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty doneProperty() { return done; }
    /** A bundle was chosen and waits for its password. */
    public BooleanProperty bundleLockedProperty() { return bundleLocked; }
    public IntegerBinding validCount() { return validCount; }
    public IntegerBinding errorCount() { return errorCount; }
    public BooleanBinding canImport() { return canImport; }
    public StringBinding countsText() { return countsText; }
    public StringBinding importButtonText() { return importButtonText; }

    /** Reads a chosen file: a bundle waits for its password, a CSV is previewed at once. */
    public void load(Path chosen, byte[] content) {
        reset();
        file.set(chosen);
        if (Importing.detect(content) == Importing.Kind.BUNDLE) {
            kind.set(Kind.BUNDLE);
            bundleBytes = content;
            bundleLocked.set(true);
            message.set("");
            return;
        }
        kind.set(Kind.CSV);
        try {
            CsvImport.Preview preview = Importing.readCsv(content, catalog, today);
            for (CsvImport.Row row : preview.rows()) {
                rows.add(new PreviewRow(row.line(), exchangeName(row.exchange()), row.label(),
                        row.valid() ? Messages.get("import.row.ok") : String.join("; ", row.errors()), row.valid()));
                row.entry().ifPresent(validEntries::add);
            }
            if (preview.rows().isEmpty()) message.set(Messages.get("import.noRows"));
        } catch (InvalidInputException e) {
            message.set(e.getMessage());
        }
    }

    /** The bundle bytes for the background thread to open with the password the user typed. */
    public byte[] bundleBytes() {
        return bundleBytes;
    }

    /**
     * The bundle opened: every entry is valid (the bundle was sealed by ApiKeep); each row says what
     * the import will do with it ({@code preview}: added, updated, unchanged, or a conflict that
     * keeps this vault's copy, and why).
     */
    public void bundleOpened(ExportBundle.Content content, ImportResult preview) {
        bundleLocked.set(false);
        message.set("");
        bundleEvents = content.events();
        int n = 0;
        for (ApiKeyEntry entry : content.entries()) {
            n++;
            ImportResult.Outcome outcome = preview == null ? null : preview.outcomes().get(entry.id());
            String status = outcome == null || outcome.kind() == ImportResult.Outcome.Kind.ADDED ? Messages.get("import.row.ok")
                    : outcome.kind() == ImportResult.Outcome.Kind.CONFLICT ? outcome.shown()
                    : Messages.format("import.row.okOutcome", outcome.shown());
            rows.add(new PreviewRow(n, exchangeName(entry.exchangeId()), entry.label(),
                    entry.isRevoked() ? Messages.format("import.row.revoked", status) : status, true));
            validEntries.add(entry);
        }
        if (content.entries().isEmpty()) message.set(Messages.get("import.emptyBundle"));
        else if (preview != null && !preview.conflicts().isEmpty()) {
            message.set(Messages.format("import.conflicts", preview.conflicts().size(), String.join(", ", preview.conflicts())));
        }
    }

    /** The bundle's activity log: it dates the bundle's changes for the merge. Empty for CSV. */
    public List<dev.apikeep.domain.ActivityEvent> bundleEvents() {
        return bundleEvents;
    }

    /** What Import writes under the current mode: the valid rows, or nothing if strict and any row is invalid. */
    public List<ApiKeyEntry> toImport() {
        if (mode.get() == Mode.ALL_OR_NOTHING && errorCount.get() > 0) return List.of();
        return List.copyOf(validEntries);
    }

    private int toImportCount() {
        return mode.get() == Mode.ALL_OR_NOTHING && errorCount.get() > 0 ? 0 : validCount.get();
    }

    /** Names the import in the activity log: "csv keys.csv" or "bundle backup.apikeep-bundle". */
    public String source() {
        Path chosen = file.get();
        return (kind.get() == Kind.BUNDLE ? Importing.Kind.BUNDLE : Importing.Kind.CSV).source(chosen);
    }

    public void started() {
        busy.set(true);
        message.set("");
    }

    public void imported(ImportResult result) {
        busy.set(false);
        done.set(true);
        summary.set(describe(result));
        wipe();
    }

    public void failed(Throwable error) {
        busy.set(false);
        ErrorText.Message text = ErrorText.of(error);
        message.set(error instanceof InvalidInputException ? error.getMessage() : text.what() + " " + text.whatToDo());
    }

    /** The summary after an import: counts, then each conflict the vault's version was kept for. */
    public static String describe(ImportResult result) {
        String counts = Messages.format("import.imported", result.added().size(), result.updated().size(),
                result.unchanged().size(), result.conflicts().size());
        if (result.conflicts().isEmpty()) return counts;
        return counts + "\n" + Messages.format("import.importedConflicts", String.join(", ", result.conflicts()));
    }

    /** Wipes the secrets read from the file; called after importing and when the dialog closes. */
    public void wipe() {
        validEntries.forEach(ApiKeyEntry::wipeSecrets);
        validEntries.clear();
        if (bundleBytes != null) java.util.Arrays.fill(bundleBytes, (byte) 0);
        bundleBytes = null;
    }

    private void reset() {
        wipe();
        rows.clear();
        kind.set(Kind.NONE);
        bundleLocked.set(false);
        done.set(false);
        summary.set("");
        message.set("");
    }

    private String exchangeName(String id) {
        if (id == null || id.isBlank()) return "";
        return catalog.find(id.trim().toLowerCase(java.util.Locale.ROOT)).map(e -> e.name()).orElse(id);
    }
}
