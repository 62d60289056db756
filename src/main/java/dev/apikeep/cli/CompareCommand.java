package dev.apikeep.cli;

import dev.apikeep.app.ExchangeChecks;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.domain.KeyCheck.Difference;
import dev.apikeep.domain.KeyCheck.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apikeep compare}: asks each key's exchange what it knows about the key (signed with the
 * stored credentials; the secret itself is never sent) and reports where the vault differs. Running
 * the command is the consent: nothing else in the CLI contacts an exchange.
 */
@Command(name = "compare", description = {
        "Ask each key's exchange what the key can do and compare it with the vault (exit 10 when a key differs or is"
                + " rejected, else 1 when an exchange is unreachable).",
        "Sends the API key and a signature (never the secret); OKX and Bitget also take the passphrase as a header."})
final class CompareCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "REF", description = "id, id prefix (6+) or exact label")
    String ref;

    @Option(names = "--all", description = "every active key")
    boolean all;

    @Option(names = "--json", description = "print a JSON array, one object per key in vault order")
    boolean json;

    @Option(names = "--apply", description = "write what the exchange says into the entries that differ (one write per key, logged)")
    boolean apply;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15", description = "per request (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Override
    public Integer call() {
        if ((ref == null) == !all) throw new CliException(Messages.get("cli.compare.refOrAll"), ExitCode.USAGE);
        if (timeoutSeconds < 1 || timeoutSeconds > 300) throw new CliException(Messages.get("cli.compare.timeout"), ExitCode.USAGE);
        return withVault(service -> {
            ExchangeChecks checks = ExchangeChecks.create(service.catalog(), Duration.ofSeconds(timeoutSeconds),
                    service.settings().proxy(), context().env(), context().clock());
            checks.overrideWarning().ifPresent(w -> context().err().println(Messages.format("cli.warning", w)));
            List<ApiKeyEntry> entries = all ? service.list(false) : List.of(service.resolve(ref));
            List<Map<String, Object>> results = new ArrayList<>();
            boolean attention = false;
            boolean unreachable = false;
            for (ApiKeyEntry entry : entries) {
                KeyCheck check = checks.checkAndRecord(service, entry); // the vault keeps it: audit, the desktop's detail pane
                attention |= check.status() == Status.DIFFERS || check.status() == Status.REJECTED;
                unreachable |= check.status() == Status.UNREACHABLE;
                String applied = apply && check.status() == Status.DIFFERS ? applyOne(service, entry, check) : null;
                if (json) results.add(toJson(entry, check));
                else printText(entry, check, applied);
            }
            if (json) printJson(results);
            return attention ? ExitCode.ATTENTION : unreachable ? ExitCode.ERROR : ExitCode.OK;
        });
    }

    /** One write for this key; says which fields were written, or why none could be. */
    private static String applyOne(KeyService service, ApiKeyEntry entry, KeyCheck check) {
        if (check.applicable().isEmpty()) return Messages.get("cli.compare.nothingWritten");
        ExchangeChecks.apply(service, entry, check);
        return Messages.format("cli.compare.wrote", String.join(", ", check.applicable().stream().map(d -> d.field().id()).toList()));
    }

    private void printText(ApiKeyEntry entry, KeyCheck check, String applied) {
        String error = check.error() == null ? "" : ": " + check.error();
        out().println(entry.label() + " (" + entry.exchangeId() + ", " + entry.id().toString().substring(0, 8) + "): "
                + check.status().id() + error);
        for (Difference d : check.differences()) {
            out().println(Messages.format("cli.compare.difference", d.field().id(), text(d.vault()), text(d.exchange())));
        }
        if (applied != null) out().println("    → " + applied);
    }

    private static String text(Object value) {
        if (value == null) return Messages.get("cli.compare.none");
        if (value instanceof List<?> list) return list.isEmpty() ? Messages.get("cli.compare.none") : String.join(",", list.stream().map(String::valueOf).toList());
        if (value instanceof Boolean bound) return Messages.get(bound ? "cli.compare.ipBound" : "cli.compare.anyIp");
        return value.toString();
    }

    /** The fixed shape of issue 13: every key present, null for what the exchange does not report. */
    private static Map<String, Object> toJson(ApiKeyEntry entry, KeyCheck check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id().toString());
        json.put("label", entry.label());
        json.put("exchange", entry.exchangeId());
        json.put("status", check.status().id());
        json.put("checkedAt", check.checkedAt().toString());
        ExchangeSays says = check.says();
        Map<String, Object> exchangeSays = new LinkedHashMap<>();
        exchangeSays.put("permissions", says.permissions());
        exchangeSays.put("ipWhitelist", says.ipWhitelist());
        exchangeSays.put("ipBound", says.ipBound());
        exchangeSays.put("readOnly", says.readOnly());
        exchangeSays.put("expiresAt", jsonValue(says.expiresAt()));
        exchangeSays.put("createdAt", jsonValue(says.createdAt()));
        json.put("exchangeSays", exchangeSays);
        List<Map<String, Object>> differences = new ArrayList<>();
        for (Difference d : check.differences()) {
            Map<String, Object> difference = new LinkedHashMap<>();
            difference.put("field", d.field().id());
            difference.put("vault", jsonValue(d.vault()));
            difference.put("exchange", jsonValue(d.exchange()));
            differences.add(difference);
        }
        json.put("differences", differences);
        json.put("error", check.error());
        return json;
    }

    private static Object jsonValue(Object value) {
        return value instanceof LocalDate date ? date.toString() : value;
    }
}
