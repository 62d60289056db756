package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ControlCharacters;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules a key must satisfy before it is stored; shared by the editor and the command line. */
public final class EntryValidator {
    public static final int MAX_LABEL = 200;
    private final ExchangeCatalog catalog;

    public EntryValidator(ExchangeCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every problem, naming the values the user typed (the editor and the CLI's own options). */
    public List<FieldError> validate(ApiKeyEntry entry) {
        return validate(entry, true);
    }

    /**
     * Every problem of an entry from a file (CSV, bundle), whose columns may be misaligned and so
     * hold a secret anywhere: the messages name the field and what was expected, never the value.
     */
    public List<FieldError> validateImported(ApiKeyEntry entry) {
        return validate(entry, false);
    }

    private List<FieldError> validate(ApiKeyEntry entry, boolean quoteValues) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Exchange> exchange = catalog.find(entry.exchangeId());
        if (exchange.isEmpty()) {
            errors.add(new FieldError("exchange", quoteValues ? Messages.format("entry.unknownExchange", entry.exchangeId())
                    : Messages.get("entry.notAnExchange")));
        }
        checkText(entry, errors);
        if (entry.label().isBlank()) errors.add(new FieldError("label", Messages.get("entry.labelRequired")));
        if (entry.label().length() > MAX_LABEL) errors.add(new FieldError("label", Messages.format("entry.labelTooLong", String.valueOf(MAX_LABEL))));
        if (entry.apiKey().isEmpty()) errors.add(new FieldError("apiKey", Messages.get("entry.apiKeyRequired")));
        if (entry.secret().isEmpty()) errors.add(new FieldError("secret", Messages.get("entry.secretRequired")));
        exchange.ifPresent(ex -> checkAgainstExchange(entry, ex, errors, quoteValues));
        exchange.ifPresent(ex -> checkApiHost(entry, ex, errors));
        if (entry.expiresAt() != null && entry.expiresAt().isBefore(entry.createdAt())) {
            errors.add(new FieldError("expiresAt", Messages.get("entry.expiresBeforeCreated")));
        }
        return errors;
    }

    /** A regional host must be one the catalog lists for the exchange: signed requests go nowhere else. */
    private static void checkApiHost(ApiKeyEntry entry, Exchange ex, List<FieldError> errors) {
        if (entry.apiHost() == null || ex.apiHosts().contains(entry.apiHost())) return;
        errors.add(new FieldError("apiHost", ex.apiHosts().isEmpty() ? Messages.format("entry.noApiHosts", ex.name())
                    : Messages.format("entry.apiHostOneOf", String.join(", ", ex.apiHosts()))));
    }

    public void requireValid(ApiKeyEntry entry) {
        List<FieldError> errors = validate(entry);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    /** As {@link #requireValid} for entry number {@code position} of an imported file; messages quote no value. */
    public void requireValidImported(ApiKeyEntry entry, int position) {
        List<FieldError> errors = validateImported(entry);
        if (errors.isEmpty()) return;
        throw new InvalidInputException(errors.stream()
                .map(e -> new FieldError(e.field(), "entry " + position + ", " + e.field() + ": " + e.message())).toList());
    }

    /**
     * Labels, account, tags and used-by are one line of printable text; notes may add newlines and
     * tabs. Anything else (an escape sequence, a carriage return, a bidi override) is refused here,
     * so it never reaches a terminal or a log.
     */
    private static void checkText(ApiKeyEntry entry, List<FieldError> errors) {
        singleLine("label", entry.label(), errors);
        singleLine("account", entry.account(), errors);
        singleLine("exchange", entry.exchangeId(), errors);
        entry.tags().forEach(tag -> singleLine("tags", tag, errors));
        entry.usedBy().forEach(user -> singleLine("usedBy", user, errors));
        entry.permissions().forEach(permission -> singleLine("permissions", permission, errors));
        int at = ControlCharacters.indexOfControl(entry.notes(), true);
        if (at >= 0) {
            errors.add(new FieldError("notes", Messages.format("entry.notesControl", ControlCharacters.codePoint(entry.notes().charAt(at)), String.valueOf(at + 1))));
        }
    }

    private static void singleLine(String field, String text, List<FieldError> errors) {
        int at = ControlCharacters.indexOfControl(text, false);
        if (at < 0) return;
        errors.add(new FieldError(field, Messages.format("entry.lineControl", ControlCharacters.codePoint(text.charAt(at)), String.valueOf(at + 1))));
    }

    private static void checkAgainstExchange(ApiKeyEntry entry, Exchange exchange, List<FieldError> errors, boolean quoteValues) {
        if (exchange.passphraseRequired() && !entry.hasPassphrase()) {
            errors.add(new FieldError("passphrase", Messages.format("entry.passphraseRequired", exchange.name())));
        }
        if (!exchange.keyTypes().isEmpty() && !exchange.keyTypes().contains(entry.keyType())) {
            errors.add(new FieldError("keyType", Messages.format("entry.keyTypeNotOffered", exchange.name(), entry.keyType().id())));
        }
        if (exchange.isCustom()) return;
        for (int i = 0; i < entry.permissions().size(); i++) {
            String permission = entry.permissions().get(i);
            if (exchange.permission(permission).isEmpty()) {
                String which = quoteValues ? "'" + permission + "'" : Messages.format("entry.permissionNumber", String.valueOf(i + 1));
                errors.add(new FieldError("permissions", Messages.format("entry.unknownPermission", which, exchange.name())));
            }
        }
    }
}
