package dev.apikeep.cli;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Expiry;
import dev.apikeep.domain.KeyLifecycle;
import dev.apikeep.domain.Messages;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Human-readable one-line forms of keys for terminal output. */
final class TextTable {
    private TextTable() {
    }

    /**
     * The rows of {@code list}: id, label, exchange, permissions, IP binding, then the status or the
     * expiry, in fixed-width columns. One per table: its words and each exchange are looked up once,
     * not once per row (a {@code String.format} and a message pattern per row were a fifth of listing
     * 10,000 keys), and a row is made from the entry itself: the full summary of a key ({@code --json})
     * works out fields the table does not show.
     */
    static final class KeyRows {
        private final String noExpiry = Messages.get("cli.list.noExpiry");
        private final String expired = Messages.get("cli.list.expired");
        private final String anyIp = Messages.get("cli.compare.anyIp");
        private final String ipBound = Messages.get("cli.compare.ipBound");
        private final Map<Long, String> expiresIn = new HashMap<>();
        private final Map<String, Exchange> exchanges = new HashMap<>();
        private final ExchangeCatalog catalog;
        private final LocalDate today;

        KeyRows(ExchangeCatalog catalog, LocalDate today) {
            this.catalog = catalog;
            this.today = today;
        }

        /** Appends the row of {@code e}, without a line end. */
        void append(StringBuilder line, ApiKeyEntry e) {
            firstColumns(line, e);
            padded(line, e.ipWhitelist().isEmpty() ? anyIp : ipBound, 8);
            Optional<Expiry> expiry = KeyLifecycle.expiryOf(e, exchanges.computeIfAbsent(e.exchangeId(), id -> catalog.forEntry(e)));
            String status = KeyLifecycle.status(e, expiry, today);
            line.append(status.equals("active") ? expiry(expiry) : status);
        }

        private String expiry(Optional<Expiry> expiry) {
            if (expiry.isEmpty()) return noExpiry;
            long days = expiry.get().date().toEpochDay() - today.toEpochDay();
            if (days <= 0) return expired;
            return expiresIn.computeIfAbsent(days, d -> Messages.format("cli.list.expiresIn", String.valueOf(d)));
        }
    }

    /** The first four columns of a key's row, in a vault's list and a kit's: short id, label, exchange, permissions. */
    static void firstColumns(StringBuilder line, ApiKeyEntry e) {
        padded(line, shortId(e), 8);
        padded(line, truncate(e.label(), 24), 24);
        padded(line, e.exchangeId(), 9);
        padded(line, truncate(String.join(",", e.permissions()), 28), 28);
    }

    /** The id's first 8 hex digits, as {@code UUID.toString} begins, without making the whole text. */
    private static String shortId(ApiKeyEntry e) {
        return Long.toHexString((e.id().getMostSignificantBits() >>> 32) | 0x1_0000_0000L).substring(1);
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
