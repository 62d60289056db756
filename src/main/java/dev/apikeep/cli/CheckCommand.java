package dev.apikeep.cli;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.VaultCheck;
import dev.apikeep.app.Session;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;

@Command(name = "check", description = {
        "Decrypt every entry and event and verify the set-MAC over all entries, tombstones, the label index"
                + " and the activity log's chain.",
        "Exit 4 when anything is damaged or was tampered with; the damaged entries are named.",
        "A vault older than the one last opened on this machine is a warning, exit 4 with --strict."})
final class CheckCommand extends BaseCommand {
    @picocli.CommandLine.Option(names = "--strict", description = "exit 4 when the vault is older than the one last opened here")
    boolean strict;

    @Override
    public Integer call() {
        // RESCUE: a damaged vault opens read-only instead of failing, so the report can name what is bad.
        return withVault(Session.Access.RESCUE, service -> {
            boolean damagedOnOpen = service.isReadOnly();
            VaultCheck result = service.check();
            boolean logDamaged = !damagedOnOpen && result.ok() && service.isReadOnly();
            if (result.ok() && !logDamaged) {
                if (strict && service.rollbackWarning().isPresent()) {
                    throw new CliException(service.rollbackWarning().get() + " (--strict)", ExitCode.DAMAGED);
                }
                out().println("ok: " + result.readableEntries() + " entries intact");
                return ExitCode.OK;
            }
            result.wrongLabelIndex().forEach(id -> out().println("label index wrong: " + id));
            List<UUID> named = result.damagedEntries();
            named.forEach(id -> out().println("damaged: " + id));
            StringBuilder problem = new StringBuilder();
            if (!result.setIntact()) problem.append(result.setProblem());
            else if (!named.isEmpty()) problem.append("the vault is damaged or was tampered with");
            else if (!result.wrongLabelIndex().isEmpty()) problem.append("the label index does not match the labels");
            else problem.append("the vault's activity log is damaged or was tampered with");
            if (!named.isEmpty()) {
                problem.append("; ").append(named.size()).append(named.size() == 1 ? " entry" : " entries")
                        .append(" cannot be trusted: ").append(String.join(", ", named.stream().map(UUID::toString).toList()));
            }
            problem.append("; ").append(result.readableEntries()).append(" readable; restore a backup,"
                    + " or copy the readable keys out (the vault stays read-only until then)");
            throw new CliException(problem.toString(), ExitCode.DAMAGED);
        });
    }
}
