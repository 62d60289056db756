package dev.apikeep.cli;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
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
                    throw new CliException(Messages.format("cli.check.strict", service.rollbackWarning().get()), ExitCode.DAMAGED);
                }
                out().println(Messages.format("cli.check.ok", String.valueOf(result.readableEntries())));
                return ExitCode.OK;
            }
            result.wrongLabelIndex().forEach(id -> out().println(Messages.format("cli.check.labelIndexWrong", String.valueOf(id))));
            List<UUID> named = result.damagedEntries();
            named.forEach(id -> out().println(Messages.format("cli.check.damagedEntry", String.valueOf(id))));
            StringBuilder problem = new StringBuilder();
            if (!result.setIntact()) problem.append(result.setProblem());
            else if (!named.isEmpty()) problem.append(Messages.get("cli.check.damaged"));
            else if (!result.wrongLabelIndex().isEmpty()) problem.append(Messages.get("cli.check.labelIndex"));
            else problem.append(Messages.get("cli.check.logDamaged"));
            if (!named.isEmpty()) {
                problem.append(Messages.format("cli.check.untrusted", named.size(), String.join(", ", named.stream().map(UUID::toString).toList())));
            }
            problem.append(Messages.format("cli.check.readable", String.valueOf(result.readableEntries())));
            throw new CliException(problem.toString(), ExitCode.DAMAGED);
        });
    }
}
