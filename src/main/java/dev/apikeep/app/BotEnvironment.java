package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The environment variables a bot is started with by {@code apikeep exec}: {@code NAME=REF[:field]}
 * pairs, and the Freqtrade shortcut that fills {@code FREQTRADE__EXCHANGE__KEY/SECRET/PASSWORD/UID}.
 */
public final class BotEnvironment {
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Map<String, ApiKeyEntry> used = new LinkedHashMap<>();

    /** Adds {@code NAME=REF[:field]} (default field: secret). */
    public BotEnvironment add(String assignment, Function<String, ApiKeyEntry> resolve) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new InvalidInputException(Messages.format("bot.env.notAssignment", assignment));
        }
        String name = assignment.substring(0, equals);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new InvalidInputException(Messages.format("bot.env.badName", name));
        }
        String target = assignment.substring(equals + 1);
        String field = "secret";
        int colon = target.lastIndexOf(':');
        if (colon > 0 && isField(target.substring(colon + 1))) {
            field = target.substring(colon + 1);
            target = target.substring(0, colon);
        }
        ApiKeyEntry entry = resolve.apply(target);
        variables.put(name, CredentialFields.value(entry, field));
        used.putIfAbsent(entry.id().toString(), entry);
        return this;
    }

    /** Freqtrade reads its exchange credentials from these variables. */
    public BotEnvironment addFreqtrade(String ref, Function<String, ApiKeyEntry> resolve) {
        ApiKeyEntry entry = resolve.apply(ref);
        variables.put("FREQTRADE__EXCHANGE__KEY", entry.apiKey().reveal());
        variables.put("FREQTRADE__EXCHANGE__SECRET", entry.secret().reveal());
        if (entry.hasPassphrase()) variables.put("FREQTRADE__EXCHANGE__PASSWORD", entry.passphrase().reveal());
        if (!entry.account().isEmpty()) variables.put("FREQTRADE__EXCHANGE__UID", entry.account());
        used.putIfAbsent(entry.id().toString(), entry);
        return this;
    }

    public Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    public List<ApiKeyEntry> usedEntries() {
        return List.copyOf(used.values());
    }

    private static boolean isField(String text) {
        try {
            CredentialFields.canonical(text);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "BotEnvironment" + variables.keySet();
    }
}
