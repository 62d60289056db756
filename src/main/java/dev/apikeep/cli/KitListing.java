package dev.apikeep.cli;

import dev.apikeep.app.kit.Kit;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

/** How {@code apikeep --kit FILE list} shows a kit's keys: the vault list's names, plus the kit's own. */
final class KitListing {
    private KitListing() {
    }

    /** The vault list's first four columns (see {@link TextTable.KeyRows}), the environment, then the kit's expiry. */
    static String row(ApiKeyEntry e, Kit kit, long daysLeft) {
        StringBuilder line = new StringBuilder();
        TextTable.firstColumns(line, e);
        TextTable.padded(line, e.environment().id(), 8);
        return line.append(Messages.format("cli.kit.listExpires", kit.name(), daysLeft)).toString();
    }

    static Map<String, Object> json(ApiKeyEntry e, Kit kit, long daysLeft) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id().toString());
        json.put("exchange", e.exchangeId());
        json.put("environment", e.environment().id());
        json.put("label", e.label());
        json.put("account", e.account());
        json.put("apiKeyMasked", e.apiKey().masked());
        json.put("permissions", e.permissions());
        json.put("revision", e.revision());
        json.put("kit", kit.name());
        json.put("kitExpiresAt", kit.expires().toString());
        json.put("daysToExpiry", daysLeft);
        return json;
    }
}
