package dev.apikeep.ui.exposed;

import dev.apikeep.app.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.IpRule;
import java.util.List;

/**
 * The "Secret exposed?" walk-through (EXCHANGES.md, lifecycle step 6): delete the key on the
 * exchange now, create a replacement with the same or stricter settings, rotate here, update the
 * tools. Only the steps' words live here; {@link ExposedDialog} shows them.
 */
public final class ExposedGuide {
    private ExposedGuide() {
    }

    /** One step: a heading and what to do. */
    public record Step(String title, String text) {
    }

    public static List<Step> steps(ApiKeyEntry e, Exchange exchange) {
        return steps(e, exchange, List.of());
    }

    /** @param kits the bot kits holding the key: step 4 asks to re-issue them, since each holds the leaked secret */
    public static List<Step> steps(ApiKeyEntry e, Exchange exchange, List<String> kits) {
        String url = exchange.apiManagementUrl().isBlank() ? "the exchange's API management page" : exchange.apiManagementUrl();
        String permissions = e.permissions().isEmpty() ? "none recorded"
                : String.join(", ", e.permissions().stream().map(exchange::nameOf).toList());
        String ips = e.isIpBound() ? String.join(", ", e.ipWhitelist().stream().map(IpRule::toString).toList())
                : "none (any IP): bind the new key to your server's IP this time";
        String tools = e.usedBy().isEmpty() ? "No tools are recorded for this key: think of every bot, script or tracker you pasted it into."
                : "Paste the new key into: " + String.join(", ", e.usedBy()) + ".";
        if (!kits.isEmpty()) tools += "\n" + Messages.format("exposed.reissueKits", String.join(", ", kits));
        return List.of(
                new Step("1. Delete the key on " + exchange.name() + " now",
                        "Open " + url + " and delete \"" + e.label() + "\". Until it is deleted, whoever has the secret can use it."),
                new Step("2. Create a replacement with the same or stricter settings",
                        "Permissions: " + permissions + ". Untick anything the key does not need.\nIP whitelist: " + ips + "."),
                new Step("3. Rotate here",
                        "Paste the new API key and secret into ApiKeep: the old entry is kept as revoked history, linked to the new one."),
                new Step("4. Update the tools", tools));
    }
}
