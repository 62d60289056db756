package dev.apikeep.ui.exposed;

import dev.apikeep.domain.Messages;
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
        String url = exchange.apiManagementUrl().isBlank() ? Messages.get("exposed.apiPage") : exchange.apiManagementUrl();
        String permissions = e.permissions().isEmpty() ? Messages.get("keys.detail.noneRecorded")
                : String.join(", ", e.permissions().stream().map(exchange::nameOf).toList());
        String ips = e.isIpBound() ? String.join(", ", e.ipWhitelist().stream().map(IpRule::toString).toList())
                : Messages.get("exposed.anyIp");
        String tools = e.usedBy().isEmpty() ? Messages.get("exposed.noTools")
                : Messages.format("exposed.tools", String.join(", ", e.usedBy()));
        if (!kits.isEmpty()) tools += "\n" + Messages.format("exposed.reissueKits", String.join(", ", kits));
        return List.of(
                new Step(Messages.format("exposed.step1.title", exchange.name()), Messages.format("exposed.step1.text", url, e.label())),
                new Step(Messages.get("exposed.step2.title"), Messages.format("exposed.step2.text", permissions, ips)),
                new Step(Messages.get("exposed.step3.title"), Messages.get("exposed.step3.text")),
                new Step(Messages.get("exposed.step4.title"), tools));
    }
}
