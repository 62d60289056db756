package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "log", description = "The encrypted activity log, oldest first (it never holds a secret).")
final class LogCommand extends BaseCommand {
    @Option(names = "--json", description = "print a JSON array of {seq, time, type, entryId, detail}")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "the newest N events (default ${DEFAULT-VALUE}; 0: all)")
    int limit = 50;

    @Override
    public Integer call() {
        if (limit < 0) throw new CliException(Messages.get("cli.log.limit"), ExitCode.USAGE);
        return withVault(service -> {
            List<ActivityEvent> events = service.events(limit);
            if (json) {
                printJson(events.stream().map(LogCommand::asJson).toList());
                return ExitCode.OK;
            }
            Map<UUID, String> labels = service.list(true).stream()
                    .collect(Collectors.toMap(ApiKeyEntry::id, ApiKeyEntry::label, (a, b) -> a));
            for (ActivityEvent e : events) {
                String key = e.entryId() == null ? "-"
                        : e.entryId().toString().substring(0, 8) + labelOf(labels, service.damagedEntries(), e.entryId());
                out().println(String.format("%5d  %s  %-16s  %s%s", e.seq(), e.time(), e.type().id(), key,
                        e.detail().isEmpty() ? "" : "  " + e.detail()));
            }
            return ExitCode.OK;
        });
    }

    private static String labelOf(Map<UUID, String> labels, List<UUID> damaged, UUID id) {
        String label = labels.get(id);
        if (label != null) return " '" + label + "'";
        return damaged.contains(id) ? " (damaged)" : " (deleted)";
    }

    static Map<String, Object> asJson(ActivityEvent e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", e.seq());
        json.put("time", e.time().toString());
        json.put("type", e.type().id());
        json.put("entryId", e.entryId() == null ? null : e.entryId().toString());
        json.put("detail", e.detail());
        return json;
    }
}
