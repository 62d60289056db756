package dev.apikeep.cli;

import dev.apikeep.app.KeySummary;
import dev.apikeep.domain.Messages;
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
        rows.add(row(Messages.get("cli.show.label"), k.label()));
        rows.add(row(Messages.get("cli.show.id"), k.id()));
        rows.add(row(Messages.get("cli.show.exchange"), Messages.format("cli.show.exchangeId", exchange.name(), k.exchange())));
        rows.add(row(Messages.get("cli.show.environment"), k.environment()));
        if (!k.account().isEmpty()) rows.add(row(Messages.get("cli.show.account"), k.account()));
        rows.add(row(Messages.get("cli.show.status"), k.status()));
        rows.add(row(Messages.get("cli.show.apiKey"), k.apiKeyMasked()));
        rows.add(row(Messages.get("cli.show.secret"), Messages.get("cli.show.secretMasked")));
        if (e.hasPassphrase()) rows.add(row(Messages.get("cli.show.passphrase"), "********"));
        rows.add(row(Messages.get("cli.show.keyType"), k.keyType()));
        if (e.apiHost() != null) rows.add(row(Messages.get("cli.show.apiHost"), Messages.format("cli.show.apiHostValue", e.apiHost())));
        rows.add(row(Messages.get("cli.show.permissions"), permissions(e, exchange)));
        rows.add(row(Messages.get("cli.show.ipBinding"), e.isIpBound() ? String.join(", ", k.ipWhitelist())
                : Messages.get("cli.show.anyIp")));
        rows.add(row(Messages.get("cli.show.created"), k.createdAt()));
        rows.add(row(Messages.get("cli.show.expires"), expiry(e, exchange, today)));
        rows.add(row(Messages.get("cli.show.rotation"), rotation(e, today)));
        if (!k.usedBy().isEmpty()) rows.add(row(Messages.get("cli.show.usedBy"), String.join(", ", k.usedBy())));
        if (!k.tags().isEmpty()) rows.add(row(Messages.get("cli.show.tags"), String.join(", ", k.tags())));
        if (!k.notes().isEmpty()) rows.add(row(Messages.get("cli.show.notes"), k.notes()));
        rows.add(row(Messages.get("cli.show.lastUsed"), k.lastUsedAt() == null ? Messages.get("cli.show.never") : k.lastUsedAt()));
        if (e.revokedAt() != null) rows.add(row(Messages.get("cli.show.revoked"), e.revokedAt().toString()));
        if (k.rotatedFrom() != null) rows.add(row(Messages.get("cli.show.rotatedFrom"), k.rotatedFrom()));
        if (k.rotatedTo() != null) rows.add(row(Messages.get("cli.show.rotatedTo"), k.rotatedTo()));

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
        if (e.permissions().isEmpty()) return Messages.get("cli.show.noneRecorded");
        List<String> lines = new ArrayList<>();
        for (String id : e.permissions()) {
            boolean lowered = exchange.riskOn(id, e) != exchange.riskOf(id);
            boolean unconfirmed = id.equals(exchange.readOnlyPermission()) && exchange.readOnlyUnconfirmed(e);
            String risk = unconfirmed ? Messages.get("cli.show.unconfirmed") : lowered
                    ? Messages.format("cli.show.riskLowered", exchange.riskOn(id, e).label(), exchange.nameOf(exchange.readOnlyPermission()))
                    : Messages.format("cli.show.risk", exchange.riskOn(id, e).label());
            lines.add(Messages.format("cli.show.permission", exchange.nameOf(id), id, risk));
        }
        return String.join("\n", lines);
    }

    private static String expiry(ApiKeyEntry e, Exchange exchange, LocalDate today) {
        Optional<Expiry> expiry = KeyLifecycle.expiryOf(e, exchange);
        if (expiry.isEmpty()) return Messages.get("cli.show.noExpiry");
        Expiry x = expiry.get();
        return Messages.format("cli.show.expiry", x.date().toString(), days(today, x.date(), "cli.show.expiredToday", "cli.show.expiredAgo"), x.explanation());
    }

    private static String rotation(ApiKeyEntry e, LocalDate today) {
        Optional<LocalDate> due = KeyLifecycle.rotationDue(e);
        if (due.isEmpty()) return Messages.get("cli.show.noReminder");
        return Messages.format("cli.show.rotationEvery", String.valueOf(e.rotateEveryDays()), due.get().toString(),
                days(today, due.get(), "cli.show.dueToday", "cli.show.overdueBy"));
    }

    /** "in 5 days", the message {@code todayKey} ("due today"), or {@code pastKey} with the days gone, e.g. "expired 3 days ago". */
    private static String days(LocalDate today, LocalDate date, String todayKey, String pastKey) {
        long days = date.toEpochDay() - today.toEpochDay();
        if (days > 0) return Messages.format("cli.show.inDays", days);
        if (days == 0) return Messages.get(todayKey);
        return Messages.format(pastKey, -days);
    }
}
