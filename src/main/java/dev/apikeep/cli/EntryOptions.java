package dev.apikeep.cli;

import dev.apikeep.app.FieldError;
import dev.apikeep.app.InvalidInputException;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Option;

/**
 * The metadata options {@code add} and {@code edit} share. Every field stays null when its option is
 * not given, so {@code edit} changes only what the user named. Values are taken as text and parsed
 * here, so a bad date, IP or environment is "invalid input" (exit 1) with the domain's own message,
 * not a picocli conversion error.
 */
final class EntryOptions {
    @Option(names = "--account", paramLabel = "TEXT", description = "sub-account or UID (\"\" clears it)")
    String account;

    @Option(names = "--env", paramLabel = "ENV", description = "mainnet or testnet (alias: demo)")
    String environment;

    @Option(names = "--key-type", paramLabel = "TYPE", description = "hmac, rsa, ed25519 or ecdsa (default: hmac where the exchange offers it)")
    String keyType;

    @Option(names = "--permissions", paramLabel = "ID", split = ",",
            description = "permission ids from `apikeep exchanges`, comma-separated (\"\" clears them)")
    List<String> permissions;

    @Option(names = "--read-only", description = "Bybit: the key is Read-Only (its scopes can only view: low risk)")
    boolean readOnly;

    @Option(names = "--read-write", description = "Bybit: the key is Read-Write (its scopes keep their risk)")
    boolean readWrite;

    @Option(names = "--api-host", paramLabel = "HOST",
            description = "a regional API host the exchange lists, used by compare (Bybit: api.bytick.com, api.bybit.eu; \"\" for the default)")
    String apiHost;

    @Option(names = "--ip", paramLabel = "IPS",
            description = "IP whitelist: addresses or CIDRs, comma-separated; repeatable")
    List<String> ips;

    @Option(names = "--created", paramLabel = "YYYY-MM-DD", description = "the day the key was created (default: today)")
    String created;

    @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "the day the key stops working, if you set one on the exchange")
    String expires;

    @Option(names = "--rotate-days", paramLabel = "N", description = "remind to rotate N days after creation (0: no reminder)")
    Integer rotateDays;

    @Option(names = "--tag", paramLabel = "TAG", description = "a tag; repeatable (edit: replaces the tags; \"\" clears them)")
    List<String> tags;

    @Option(names = "--used-by", paramLabel = "TOOL", description = "a bot or tool that holds this key; repeatable (edit: replaces the list)")
    List<String> usedBy;

    @Option(names = "--notes", paramLabel = "TEXT", description = "free text (\"\" clears it)")
    String notes;

    boolean any() {
        return account != null || environment != null || keyType != null || permissions != null || ips != null
                || created != null || expires != null || rotateDays != null || tags != null || usedBy != null
                || notes != null || readOnly || readWrite || apiHost != null;
    }

    /**
     * Applies {@code --read-only}/{@code --read-write} for {@code exchange} (after the other options, so
     * {@code --permissions} names the scopes and the switch is added or removed on top).
     *
     * @throws InvalidInputException when both are given, or the exchange has no such switch
     */
    void applySwitch(ApiKeyEntry.Builder builder, dev.apikeep.domain.Exchange exchange) {
        if (!readOnly && !readWrite) return;
        if (readOnly && readWrite) throw new InvalidInputException(Messages.get("cli.entry.readOnlyOrWrite"));
        if (exchange.readOnlyPermission() == null) {
            throw new InvalidInputException(Messages.format("cli.entry.noSwitch", exchange.name()));
        }
        builder.readOnlySwitch(exchange.readOnlyPermission(), readOnly);
    }

    /**
     * Sets every given field on {@code builder}. All problems are collected first, so the user sees
     * them together, and nothing is applied when any is found.
     */
    ApiKeyEntry.Builder applyTo(ApiKeyEntry.Builder builder) {
        List<FieldError> errors = new ArrayList<>();
        Environment env = parse(errors, "--env", environment, Environment::parse);
        KeyType type = parse(errors, "--key-type", keyType, KeyType::parse);
        List<IpRule> whitelist = parse(errors, "--ip", ips == null ? null : String.join(",", ips), IpRule::parseList);
        LocalDate createdAt = parse(errors, "--created", created, EntryOptions::date);
        LocalDate expiresAt = parse(errors, "--expires", expires, EntryOptions::date);
        if (rotateDays != null && rotateDays < 0) {
            errors.add(new FieldError("rotateEveryDays", Messages.format("cli.entry.rotateDays", String.valueOf(rotateDays))));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);

        if (account != null) builder.account(account.strip());
        if (env != null) builder.environment(env);
        if (type != null) builder.keyType(type);
        if (permissions != null) builder.permissions(words(permissions));
        if (whitelist != null) builder.ipWhitelist(whitelist);
        if (createdAt != null) builder.createdAt(createdAt);
        if (expiresAt != null) builder.expiresAt(expiresAt);
        if (rotateDays != null) builder.rotateEveryDays(rotateDays == 0 ? null : rotateDays);
        if (tags != null) builder.tags(words(tags));
        if (usedBy != null) builder.usedBy(words(usedBy));
        if (notes != null) builder.notes(notes);
        if (apiHost != null) builder.apiHost(apiHost);
        return builder;
    }

    /** Trimmed, without blanks and duplicates: {@code --tag ""} or {@code --permissions ""} clears. */
    private static List<String> words(List<String> values) {
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2026-12-31");
        }
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(List<FieldError> errors, String option, String text, Parser<T> parser) {
        if (text == null) return null;
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(option, option + ": " + e.getMessage()));
            return null;
        }
    }
}
