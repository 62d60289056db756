package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads keys from a spreadsheet export: a header row naming the columns, {@code ;} or {@code ,}
 * as the delimiter (detected from the header), RFC 4180 quoting (a quoted secret may span lines,
 * as PEM keys do). Produces a preview with every row's errors before anything is written.
 */
public final class CsvImport {
    public static final List<String> COLUMNS = List.of("exchange", "label", "account", "api_key", "secret",
            "passphrase", "permissions", "ip_whitelist", "created", "expires", "notes", "key_type");
    private static final Set<String> REQUIRED = Set.of("exchange", "label", "api_key", "secret");

    private CsvImport() {
    }

    /**
     * One data row: the entry it makes, or why it cannot be imported. {@code exchange} and
     * {@code label} are the row's text as written (also for invalid rows), for a preview to show.
     */
    public record Row(int line, Optional<ApiKeyEntry> entry, List<String> errors, String exchange, String label) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** All rows, in file order. */
    public record Preview(List<Row> rows) {
        public List<ApiKeyEntry> validEntries() {
            return rows.stream().filter(Row::valid).map(r -> r.entry().orElseThrow()).toList();
        }

        public List<Row> invalidRows() {
            return rows.stream().filter(r -> !r.valid()).toList();
        }

        public boolean hasErrors() {
            return rows.stream().anyMatch(r -> !r.valid());
        }
    }

    public static Preview parse(String text, ExchangeCatalog catalog, LocalDate today) {
        EntryValidator validator = new EntryValidator(catalog);
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = detectDelimiter(content);
        List<Record> records = new Tokenizer(content, delimiter).records();
        if (records.isEmpty()) throw new InvalidInputException(Messages.format("csv.empty", String.join(",", COLUMNS)));
        Map<String, Integer> columns = header(records.get(0));
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.isBlank()) continue;
            rows.add(row(record, columns, validator, catalog, today));
        }
        return new Preview(rows);
    }

    private static char detectDelimiter(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Map<String, Integer> header(Record record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.fields().size(); i++) {
            String name = record.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new InvalidInputException(Messages.format("csv.unknownColumn", name, String.join(", ", COLUMNS)));
            }
            if (columns.put(name, i) != null) throw new InvalidInputException(Messages.format("csv.columnTwice", name));
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new InvalidInputException(Messages.format("csv.missingColumn", required));
            }
        }
        return columns;
    }

    /**
     * One data row checked in full. Errors name the line, the column (number and name) and what was
     * expected, never the value: in a misaligned row any column may hold a secret.
     */
    private static Row row(Record record, Map<String, Integer> columns, EntryValidator validator,
                           ExchangeCatalog catalog, LocalDate today) {
        List<String> errors = new ArrayList<>();
        Fields f = new Fields(record, columns);
        String at = Messages.format("csv.line", String.valueOf(record.line()));
        if (record.fields().size() > columns.size()) errors.add(Messages.format("csv.tooManyFields", at, String.valueOf(record.fields().size()), String.valueOf(columns.size())));
        ApiKeyEntry.Builder b = ApiKeyEntry.builder()
                .exchangeId(f.get("exchange").trim().toLowerCase(Locale.ROOT))
                .label(f.get("label").trim())
                .account(f.get("account").trim())
                .apiKey(SecretBytes.of(f.get("api_key").trim()))
                .secret(SecretBytes.of(f.get("secret")))
                .passphrase(SecretBytes.of(f.get("passphrase")))
                .permissions(words(f.get("permissions")))
                .notes(f.get("notes").replace("\r\n", "\n"));
        try {
            b.ipWhitelist(IpRule.parseList(f.get("ip_whitelist").replace('|', ',')));
        } catch (IllegalArgumentException e) {
            errors.add(Messages.format("csv.badIps", f.where("ip_whitelist")));
        }
        b.createdAt(date(f, "created", errors).orElse(today));
        b.expiresAt(date(f, "expires", errors).orElse(null));
        b.keyType(keyType(f, catalog, b.build(), errors));
        ApiKeyEntry entry = b.build();
        validator.validateImported(entry).forEach(error -> errors.add(f.where(csvName(error.field())) + ": " + error.message()));
        if (!errors.isEmpty()) entry.wipeSecrets(); // an invalid row is never imported: do not keep its secret
        return new Row(record.line(), errors.isEmpty() ? Optional.of(entry) : Optional.empty(), List.copyOf(errors),
                f.get("exchange").trim(), f.get("label").trim());
    }

    private static KeyType keyType(Fields f, ExchangeCatalog catalog, ApiKeyEntry draft, List<String> errors) {
        String text = f.get("key_type");
        if (!text.isBlank()) {
            try {
                return KeyType.parse(text);
            } catch (IllegalArgumentException e) {
                errors.add(Messages.format("csv.badKeyType", f.where("key_type")));
            }
        }
        return catalog.find(draft.exchangeId()).map(ex -> KeyTypeGuess.forSecret(ex, draft.secret())).orElse(KeyType.HMAC);
    }

    private static Optional<LocalDate> date(Fields f, String column, List<String> errors) {
        String text = f.get(column);
        if (text.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            errors.add(Messages.format("csv.badDate", f.where(column)));
            return Optional.empty();
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[|,;\\s]+")).map(String::trim).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static String csvName(String field) {
        return switch (field) {
            case "apiKey" -> "api_key";
            case "expiresAt" -> "expires";
            case "keyType" -> "key_type";
            default -> field;
        };
    }

    /** A record's fields by column name; missing columns read as empty. */
    private record Fields(Record record, Map<String, Integer> columns) {
        String get(String name) {
            Integer index = columns.get(name);
            return index == null || index >= record.fields().size() ? "" : record.fields().get(index);
        }

        /** "line 4, column 9 (created)"; a field the file has no column for (a required passphrase) by name only. */
        String where(String name) {
            Integer index = columns.get(name);
            return index == null ? Messages.format("csv.whereLine", String.valueOf(record.line()), name)
                : Messages.format("csv.whereColumn", String.valueOf(record.line()), String.valueOf(index + 1), name);
        }
    }

    /** One CSV record and the line it starts on. */
    record Record(int line, List<String> fields) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks. */
    static final class Tokenizer {
        private final String text;
        private final char delimiter;
        private int pos;
        private int line = 1;

        Tokenizer(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        List<Record> records() {
            List<Record> records = new ArrayList<>();
            while (pos < text.length()) {
                int startLine = line;
                records.add(new Record(startLine, record()));
            }
            return records;
        }

        private List<String> record() {
            List<String> fields = new ArrayList<>();
            while (true) {
                fields.add(field());
                if (pos >= text.length()) return fields;
                char c = text.charAt(pos++);
                if (c == delimiter) continue;
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') pos++;
                line++;
                return fields;
            }
        }

        private String field() {
            if (pos < text.length() && text.charAt(pos) == '"') return quoted();
            int start = pos;
            while (pos < text.length() && !isEnd(text.charAt(pos))) pos++;
            return text.substring(start, pos);
        }

        private String quoted() {
            int openedOn = line;
            StringBuilder value = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) throw new InvalidInputException(Messages.format("csv.unclosedQuote", String.valueOf(openedOn)));
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        value.append('"');
                        pos++;
                        continue;
                    }
                    if (pos < text.length() && !isEnd(text.charAt(pos))) {
                        throw new InvalidInputException(Messages.format("csv.textAfterQuote", String.valueOf(line)));
                    }
                    return value.toString();
                }
                if (c == '\n') line++;
                value.append(c);
            }
        }

        private boolean isEnd(char c) {
            return c == delimiter || c == '\n' || c == '\r';
        }
    }
}
