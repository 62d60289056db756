package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.SecretBytes;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names of an entry's credential fields as users and trading tools say them, and the credential
 * objects bots read (CCXT: {@code apiKey}, {@code secret}, {@code password}, {@code uid}).
 */
public final class CredentialFields {
    private CredentialFields() {
    }

    /** "key", "apikey", "api-key" -> "key"; "secret"; "passphrase"/"password" -> "passphrase"; "account"/"uid". */
    public static String canonical(String field) {
        return switch (field.trim().toLowerCase(Locale.ROOT)) {
            case "key", "apikey", "api-key", "api_key" -> "key";
            case "secret", "privatekey", "private-key" -> "secret";
            case "passphrase", "password" -> "passphrase";
            case "account", "uid" -> "account";
            default -> throw new InvalidInputException(Messages.format("field.unknown", field));
        };
    }

    /** The field's value as text, revealed for the moment it leaves the vault. */
    public static String value(ApiKeyEntry entry, String field) {
        return switch (canonical(field)) {
            case "key" -> entry.apiKey().reveal();
            case "secret" -> entry.secret().reveal();
            case "passphrase" -> requirePassphrase(entry).reveal();
            default -> entry.account();
        };
    }

    public static Map<String, Object> asJson(ApiKeyEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id().toString());
        json.put("label", entry.label());
        json.put("exchange", entry.exchangeId());
        json.put("apiKey", entry.apiKey().reveal());
        json.put("secret", entry.secret().reveal());
        if (entry.hasPassphrase()) json.put("passphrase", entry.passphrase().reveal());
        if (!entry.account().isEmpty()) json.put("account", entry.account());
        return json;
    }

    public static Map<String, Object> asCcxt(ApiKeyEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("apiKey", entry.apiKey().reveal());
        json.put("secret", entry.secret().reveal());
        if (entry.hasPassphrase()) json.put("password", entry.passphrase().reveal());
        if (!entry.account().isEmpty()) json.put("uid", entry.account());
        return json;
    }

    private static SecretBytes requirePassphrase(ApiKeyEntry entry) {
        if (!entry.hasPassphrase()) throw new InvalidInputException(Messages.format("field.noPassphrase", entry.label()));
        return entry.passphrase();
    }
}
