package dev.apikeep.cli;

import dev.apikeep.app.KeySummary;
import dev.apikeep.domain.Messages;

/** Human-readable one-line forms of keys for terminal output. */
final class TextTable {
    private TextTable() {
    }

    static String row(KeySummary k) {
String expiry = k.daysToExpiry() == null ? Messages.get("cli.list.noExpiry")
                : k.daysToExpiry() <= 0 ? Messages.get("cli.list.expired") : Messages.format("cli.list.expiresIn", String.valueOf(k.daysToExpiry()));
        return String.format("%-8s  %-24s  %-9s  %-28s  %-8s  %s",
                k.id().substring(0, 8), truncate(k.label(), 24), k.exchange(),
                truncate(String.join(",", k.permissions()), 28),
                Messages.get(k.ipWhitelist().isEmpty() ? "cli.compare.anyIp" : "cli.compare.ipBound"), k.status().equals("active") ? expiry : k.status());
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
