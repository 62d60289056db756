package dev.apikeep.cli;

import dev.apikeep.app.kit.Kit;
import dev.apikeep.domain.ApiKeyEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/** How {@code apikeep --kit FILE list} shows a kit's keys: the vault list's names, plus the kit's own. */
final class KitListing {
    private KitListing() {
    }

    static String row(ApiKeyEntry e, Kit kit, long daysLeft) {
        return String.format("%-8s  %-24s  %-9s  %-28s  %-8s  %s", e.id().toString().substring(0, 8),
                TextTable.truncate(e.label(), 24), e.exchangeId(), TextTable.truncate(String.join(",", e.permissions()), 28),
                e.environment().id(), "kit " + kit.name() + " expires " + (daysLeft == 0 ? "today" : "in " + daysLeft + " d"));
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
