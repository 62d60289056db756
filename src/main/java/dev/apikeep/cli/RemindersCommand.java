package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.KitChecks;
import dev.apikeep.app.kit.KitReminder;
import dev.apikeep.domain.Reminder;
import dev.apikeep.domain.Reminders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reminders", description = "Upcoming expiries and rotations, and bot kits to renew, for scripts and cron (exit 10 when a key or kit has expired).")
final class RemindersCommand extends BaseCommand {
    @Option(names = "--days", paramLabel = "N", description = "look N days ahead (default: the vault's reminder lead time, 14)")
    Integer days;

    @Option(names = "--json", description = "print a JSON array")
    boolean json;

    @Override
    public Integer call() {
        if (days != null && days < 0) throw new CliException(Messages.get("cli.reminders.days"), ExitCode.USAGE);
        return withVault(service -> {
            int lead = days != null ? days : service.settings().reminderLeadDays();
            List<Reminder> due = Reminders.due(service.list(false), service.catalog(), service.today(), lead);
            List<KitReminder> kits = new KitChecks(service).reminders(lead);
            if (json) {
                List<Map<String, Object>> all = new java.util.ArrayList<>(due.stream().map(RemindersCommand::toJson).toList());
                kits.forEach(k -> all.add(toJson(k)));
                printJson(all);
            } else if (due.isEmpty() && kits.isEmpty()) {
                out().println(Messages.format("cli.reminders.none", String.valueOf(lead)));
            } else {
                due.forEach(r -> out().printf("%-8s  %-8s  %s  %s (%s)%n", r.level().id(), r.kind().id(),
                        r.dueDate(), r.label(), describe(r.daysLeft())));
                kits.forEach(k -> out().printf("%-8s  %-11s  %s  %s%n", k.level().id(), k.kind().id(), k.dueDate(), k.describe()));
            }
            boolean expired = due.stream().anyMatch(r -> r.level() == Reminder.Level.EXPIRED)
                    || kits.stream().anyMatch(k -> k.level() == Reminder.Level.EXPIRED);
            return expired ? ExitCode.ATTENTION : ExitCode.OK;
        });
    }

    private static String describe(long daysLeft) {
        if (daysLeft < 0) return Messages.format("cli.reminders.ago", String.valueOf(-daysLeft));
        return daysLeft == 0 ? Messages.get("cli.reminders.today") : Messages.format("cli.reminders.in", String.valueOf(daysLeft));
    }

    private static Map<String, Object> toJson(Reminder r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entryId", r.entryId().toString());
        json.put("label", r.label());
        json.put("kind", r.kind().id());
        json.put("dueDate", r.dueDate().toString());
        json.put("daysLeft", r.daysLeft());
        json.put("level", r.level().id());
        return json;
    }

    /** A kit's reminder: the key reminders' fields (entryId null, label the kit's name) plus the kit's own. */
    private static Map<String, Object> toJson(KitReminder r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entryId", null);
        json.put("label", r.kit().name());
        json.put("kind", r.kind().id());
        json.put("dueDate", r.dueDate().toString());
        json.put("daysLeft", r.daysLeft());
        json.put("level", r.level().id());
        json.put("kit", r.kit().name());
        json.put("kitId", r.kit().id().toString());
        json.put("staleKeys", r.stale());
        return json;
    }
}
