package dev.apikeep.app;

import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The import use case, for the desktop app and the command line alike: what a file is (an ApiKeep
 * bundle or a CSV spreadsheet, told here and nowhere else), its entries (the CSV's rows checked, or
 * the bundle opened with its password), what merging them would do, and the merge itself in one
 * transaction by {@link MergeRules}: added, updated, unchanged, or a conflict that keeps the vault's copy.
 */
public final class Importing {
    /** What a file to import is. */
    public enum Kind {
        BUNDLE, CSV;

        /** Names the import in the activity log: "csv keys.csv", "bundle backup.apikeep-bundle". */
        public String source(Path file) {
            return name().toLowerCase(java.util.Locale.ROOT) + " " + (file == null ? "" : file.getFileName());
        }
    }

    private final KeyService keys;

    public Importing(KeyService keys) {
        this.keys = keys;
    }

    /** A bundle when the content starts as one (whatever the file's name), else CSV. */
    public static Kind detect(byte[] content) {
        return ExportBundle.looksLikeBundle(content) ? Kind.BUNDLE : Kind.CSV;
    }

    /** The CSV's rows, each valid with its entry or invalid with what to fix; refuses text that is not UTF-8. */
    public static CsvImport.Preview readCsv(byte[] content, ExchangeCatalog catalog, LocalDate today) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Messages.get("import.notUtf8"));
        }
        return CsvImport.parse(text, catalog, today);
    }

    /**
     * A CSV file from its bytes to the vault: read, every row checked, then merged. With an invalid
     * row, each row's errors go to {@code rowErrors} and nothing is written unless {@code skipInvalid}
     * (then the valid rows are). Throws {@link InvalidInputException} when nothing was imported.
     */
    public ImportResult importCsv(byte[] content, boolean skipInvalid, String source, java.util.function.Consumer<String> rowErrors) {
        CsvImport.Preview preview = readCsv(content, keys.catalog(), keys.today());
        if (preview.hasErrors()) {
            preview.invalidRows().forEach(row -> row.errors().forEach(rowErrors));
            if (!skipInvalid) {
                throw new InvalidInputException(Messages.format("import.invalidRows",
                        String.valueOf(preview.invalidRows().size()), String.valueOf(preview.rows().size())));
            }
        }
        return merge(preview.validEntries(), source);
    }

    /** A bundle file from its bytes to the vault: opened with its password, then merged with its log. */
    public ImportResult importBundle(byte[] content, char[] bundlePassword, String source) {
        ExportBundle.Content bundle = ExportBundle.open(content, bundlePassword);
        return merge(bundle.entries(), bundle.events(), source);
    }

    /** Merges a CSV file's entries: no activity log comes with them, so an existing id is never overwritten. */
    public ImportResult merge(List<ApiKeyEntry> incoming, String source) {
        return merge(incoming, List.of(), source);
    }

    /**
     * Merges entries (with a bundle's activity log, which dates its changes) in one transaction.
     * Invalid entries fail the whole import before anything is written.
     */
    public ImportResult merge(List<ApiKeyEntry> incoming, List<ActivityEvent> incomingLog, String source) {
        synchronized (keys) { // KeyService's monitor: no other write of the GUI or a timer in between
            for (int i = 0; i < incoming.size(); i++) keys.validator().requireValidImported(incoming.get(i), i + 1);
            Plan plan = plan(incoming, incomingLog);
            return keys.vault().write(tx -> {
                for (ApiKeyEntry entry : incoming) {
                    ApiKeyEntry current = plan.stored.get(entry.id());
                    // Each written entry gets its own event: the integrity check names entries from the log.
                    switch (plan.decisions.get(entry.id()).outcome()) {
                        case ADD -> tx.log(EventType.IMPORT, tx.insert(entry), source);
                        case UPDATE -> tx.log(EventType.IMPORT, tx.update(entry.withRevision(current.revision())), source);
                        default -> { } // unchanged, or a conflict: the vault keeps its copy
                    }
                }
                tx.log(EventType.IMPORT, null, 0, source + ": " + plan.result.summary());
                return plan.result;
            });
        }
    }

    /** What {@link #merge} would do, without writing anything: for the import preview. */
    public ImportResult preview(List<ApiKeyEntry> incoming, List<ActivityEvent> incomingLog) {
        synchronized (keys) {
            return plan(incoming, incomingLog).result;
        }
    }

    private record Plan(Map<UUID, ApiKeyEntry> stored, Map<UUID, MergeRules.Decision> decisions, ImportResult result) {
    }

    private Plan plan(List<ApiKeyEntry> incoming, List<ActivityEvent> incomingLog) {
        GuardedVault vault = keys.vault();
        Map<UUID, ApiKeyEntry> stored = new HashMap<>();
        vault.entries().forEach(e -> stored.put(e.id(), e));
        MergeRules rules = new MergeRules(incomingLog, incomingLog.isEmpty() ? List.of() : vault.events(0));
        Map<UUID, MergeRules.Decision> decisions = new HashMap<>();
        ImportResult.Builder result = new ImportResult.Builder();
        for (ApiKeyEntry entry : incoming) {
            ApiKeyEntry current = stored.get(entry.id());
            MergeRules.Decision decision = rules.decide(entry, current, current == null && vault.wasDeleted(entry.id()));
            decisions.put(entry.id(), decision);
            switch (decision.outcome()) {
                case ADD -> result.added(entry);
                case UPDATE -> result.updated(entry);
                case UNCHANGED -> result.unchanged(entry);
                case CONFLICT -> result.conflict(entry, decision.reason());
            }
        }
        return new Plan(stored, decisions, result.build());
    }
}
