package dev.apikeep.cli;

import dev.apikeep.app.KeySummary;
import dev.apikeep.domain.Messages;
import java.util.HashMap;
import java.util.Map;

/** Human-readable one-line forms of keys for terminal output. */
final class TextTable {
    private TextTable() {
    }

    /**
     * The rows of {@code list}: id, label, exchange, permissions, IP binding, then the status or the
     * expiry, in fixed-width columns. One per table: its words are looked up once, not once per row
     * (a {@code String.format} and a message pattern per row were a fifth of listing 10,000 keys).
     */
    static final class KeyRows {
        private final String noExpiry = Messages.get("cli.list.noExpiry");
        private final String expired = Messages.get("cli.list.expired");
        private final String anyIp = Messages.get("cli.compare.anyIp");
        private final String ipBound = Messages.get("cli.compare.ipBound");
        private final Map<Long, String> expiresIn = new HashMap<>();

        /** Appends the row of {@code k}, without a line end. */
        void append(StringBuilder line, KeySummary k) {
            padded(line, k.id().substring(0, 8), 8);
            padded(line, truncate(k.label(), 24), 24);
            padded(line, k.exchange(), 9);
            padded(line, truncate(String.join(",", k.permissions()), 28), 28);
            padded(line, k.ipWhitelist().isEmpty() ? anyIp : ipBound, 8);
            line.append(k.status().equals("active") ? expiry(k.daysToExpiry()) : k.status());
        }

        private String expiry(Long days) {
            if (days == null) return noExpiry;
            if (days <= 0) return expired;
            return expiresIn.computeIfAbsent(days, d -> Messages.format("cli.list.expiresIn", String.valueOf(d)));
        }

    }

    /** {@code text} left-aligned in a column {@code width} characters wide, and the two blanks between columns. */
    static void padded(StringBuilder line, String text, int width) {
        String shown = String.valueOf(text);
        line.append(shown);
        for (int n = shown.length(); n < width; n++) line.append(' ');
        line.append("  ");
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
