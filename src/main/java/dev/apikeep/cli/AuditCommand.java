package dev.apikeep.cli;

import dev.apikeep.app.ExchangeChecks;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.KitChecks;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.AuditFinding;
import dev.apikeep.domain.AuditRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", description = "Check every key against the exchange-aware security rules (exit 10 on any high finding).")
final class AuditCommand extends BaseCommand {
    @Option(names = "--json", description = "print a JSON array")
    boolean json;

    @Override
    public Integer call() {
        return withVault(service -> {
            int lead = service.settings().reminderLeadDays();
            List<ApiKeyEntry> entries = service.list(true);
            List<AuditFinding> findings = new ArrayList<>(AuditRules.audit(entries, service.catalog(), service.today(), lead));
            findings.addAll(ExchangeChecks.findings(service, entries)); // from each key's last compare, no network
            findings.addAll(new KitChecks(service).findings(lead));
            findings.sort(Comparator.comparing(AuditFinding::severity)); // stable: the rules' order within a severity
            if (json) {
                printJson(findings.stream().map(AuditCommand::toJson).toList());
            } else if (findings.isEmpty()) {
                out().println(Messages.get("cli.audit.none"));
            } else {
                findings.forEach(f -> out().printf("%-6s  %-28s  %s: %s → %s%n", f.severity().id(), f.rule(),
                        f.label(), f.message(), f.action()));
            }
            boolean high = findings.stream().anyMatch(f -> f.severity() == AuditFinding.Severity.HIGH);
            return high ? ExitCode.ATTENTION : ExitCode.OK;
        });
    }

    private static Map<String, Object> toJson(AuditFinding f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", f.severity().id());
        json.put("rule", f.rule());
        json.put("entryId", f.entryId().toString());
        json.put("label", f.label());
        json.put("message", f.message());
        json.put("action", f.action());
        return json;
    }
}
