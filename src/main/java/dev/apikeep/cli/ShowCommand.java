package dev.apikeep.cli;

import dev.apikeep.app.KeySummary;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.Expiry;
import dev.apikeep.domain.KeyLifecycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one key with its secrets masked.")
final class ShowCommand extends BaseCommand {
    @Parameters(paramLabel = "REF", description = "id, id prefix of 6+ characters, or exact label")
    String ref;

    @Option(names = "--json", description = "print a JSON object (the fields of `list --json`)")
    boolean json;

    @Override
    public Integer call() {
        return withVault(service -> {
            ApiKeyEntry entry = service.resolve(ref);
            KeySummary summary = KeySummary.of(entry, service.catalog(), service.today());
            if (json) {
                printJson(summary);
            } else {
                Exchange exchange = service.catalog().forEntry(entry);
                out().print(text(entry, summary, exchange, service.today()));
            }
            return ExitCode.OK;
        });
    }

    /** Aligned "Field  value" lines; continuation lines of a multi-line value are indented. */
    static String text(ApiKeyEntry e, KeySummary k, Exchange exchange, LocalDate today) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Label", k.label()));
        rows.add(row("Id", k.id()));
        rows.add(row("Exchange", exchange.name() + " (" + k.exchange() + ")"));
        rows.add(row("Environment", k.environment()));
        if (!k.account().isEmpty()) rows.add(row("Account", k.account()));
        rows.add(row("Status", k.status()));
        rows.add(row("API key", k.apiKeyMasked()));
        rows.add(row("Secret", "******** (apikeep get REF prints it)"));
        if (e.hasPassphrase()) rows.add(row("Passphrase", "********"));
        rows.add(row("Key type", k.keyType()));
        rows.add(row("Permissions", permissions(e, exchange)));
        rows.add(row("IP binding", e.isIpBound() ? String.join(", ", k.ipWhitelist())
                : "none: the key works from any IP address"));
        rows.add(row("Created", k.createdAt()));
        rows.add(row("Expires", expiry(e, exchange, today)));
        rows.add(row("Rotation", rotation(e, today)));
        if (!k.usedBy().isEmpty()) rows.add(row("Used by", String.join(", ", k.usedBy())));
        if (!k.tags().isEmpty()) rows.add(row("Tags", String.join(", ", k.tags())));
        if (!k.notes().isEmpty()) rows.add(row("Notes", k.notes()));
        rows.add(row("Last used", k.lastUsedAt() == null ? "never" : k.lastUsedAt()));
        if (e.revokedAt() != null) rows.add(row("Revoked", e.revokedAt().toString()));
        if (k.rotatedFrom() != null) rows.add(row("Rotated from", k.rotatedFrom()));
        if (k.rotatedTo() != null) rows.add(row("Rotated to", k.rotatedTo()));

        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        for (String[] r : rows) {
            String[] lines = r[1].split("\r?\n", -1);   // only real line breaks: a lone CR or NEL is shown escaped
            text.append(String.format("%-" + width + "s%s%n", r[0], lines[0]));
            for (int i = 1; i < lines.length; i++) text.append(" ".repeat(width)).append(lines[i]).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String[] row(String field, String value) {
        return new String[] {field, value == null ? "" : value};
    }

    /** One line per permission: the exchange's own name, the id to type, and the risk in words. */
    private static String permissions(ApiKeyEntry e, Exchange exchange) {
        if (e.permissions().isEmpty()) return "none recorded";
        List<String> lines = new ArrayList<>();
        for (String id : e.permissions()) {
            boolean lowered = exchange.riskOn(id, e) != exchange.riskOf(id);
            boolean unconfirmed = id.equals(exchange.readOnlyPermission()) && exchange.readOnlyUnconfirmed(e);
            lines.add(exchange.nameOf(id) + " (" + id + "): " + (unconfirmed
                    ? "not confirmed: listed beside scopes that can trade, which keep their risk (edit --read-only or --read-write)"
                    : exchange.riskOn(id, e).label() + " risk"
                    + (lowered ? " (the key is " + exchange.nameOf(exchange.readOnlyPermission()) + ")" : "")));
        }
        return String.join("\n", lines);
    }

    private static String expiry(ApiKeyEntry e, Exchange exchange, LocalDate today) {
        Optional<Expiry> expiry = KeyLifecycle.expiryOf(e, exchange);
        if (expiry.isEmpty()) return "no expiry known";
        Expiry x = expiry.get();
        return x.date() + " (" + days(today, x.date(), "expired today", "expired %d %s ago") + "; " + x.explanation() + ")";
    }

    private static String rotation(ApiKeyEntry e, LocalDate today) {
        Optional<LocalDate> due = KeyLifecycle.rotationDue(e);
        if (due.isEmpty()) return "no reminder set";
        return "every " + e.rotateEveryDays() + " days; due " + due.get() + " (" + days(today, due.get(), "due today", "overdue by %d %s") + ")";
    }

    /** "in 5 days", "due today", or {@code past} filled with the days and "day(s)", e.g. "expired 3 days ago". */
    private static String days(LocalDate today, LocalDate date, String todayWords, String past) {
        long days = date.toEpochDay() - today.toEpochDay();
        if (days > 0) return "in " + days + (days == 1 ? " day" : " days");
        if (days == 0) return todayWords;
        return String.format(past, -days, days == -1 ? "day" : "days");
    }
}
