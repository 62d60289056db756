package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
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

    public List<FieldError> validate(ApiKeyEntry entry) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Exchange> exchange = catalog.find(entry.exchangeId());
        if (exchange.isEmpty()) {
            errors.add(new FieldError("exchange", "unknown exchange '" + entry.exchangeId() + "'"));
        }
        if (entry.label().isBlank()) errors.add(new FieldError("label", "a label is required, e.g. \"Grid bot\""));
        if (entry.label().length() > MAX_LABEL) errors.add(new FieldError("label", "the label is longer than " + MAX_LABEL + " characters"));
        if (entry.apiKey().isEmpty()) errors.add(new FieldError("apiKey", "the API key is required"));
        if (entry.secret().isEmpty()) errors.add(new FieldError("secret", "the secret is required"));
        exchange.ifPresent(ex -> checkAgainstExchange(entry, ex, errors));
        if (entry.expiresAt() != null && entry.expiresAt().isBefore(entry.createdAt())) {
            errors.add(new FieldError("expiresAt", "the expiry date is before the created date"));
        }
        return errors;
    }

    public void requireValid(ApiKeyEntry entry) {
        List<FieldError> errors = validate(entry);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static void checkAgainstExchange(ApiKeyEntry entry, Exchange exchange, List<FieldError> errors) {
        if (exchange.passphraseRequired() && !entry.hasPassphrase()) {
            errors.add(new FieldError("passphrase", exchange.name() + " keys need the passphrase chosen"
                    + " when the key was created"));
        }
        if (!exchange.keyTypes().isEmpty() && !exchange.keyTypes().contains(entry.keyType())) {
            errors.add(new FieldError("keyType", exchange.name() + " does not offer " + entry.keyType().id() + " keys"));
        }
        if (exchange.isCustom()) return;
        for (String permission : entry.permissions()) {
            if (exchange.permission(permission).isEmpty()) {
                errors.add(new FieldError("permissions", "'" + permission + "' is not a " + exchange.name()
                        + " permission; run `apikeep exchanges` to list them"));
            }
        }
    }
}
