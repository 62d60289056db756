package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rm", description = "Delete a key from the vault for good (consider `revoke` to keep its history).")
final class RmCommand extends BaseCommand {
    @Parameters(paramLabel = "REF", description = "id, id prefix of 6+ characters, or exact label")
    String ref;

    @Option(names = {"--yes", "-y"}, description = "do not ask for confirmation (needed when not on a terminal)")
    boolean yes;

    @Override
    public Integer call() {
        if (!yes && !input().interactive()) {
            throw new CliException(Messages.get("cli.rm.needsYes"),
                    ExitCode.USAGE);
        }
        return withVault(service -> {
            ApiKeyEntry entry = service.resolve(ref);
            if (!yes) {
                String answer = input().askVisible(Messages.format("cli.rm.ask", entry.label()));
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
                    throw new CliException(Messages.get("cli.rm.nothingDeleted"));
                }
            }
            service.delete(entry);
            out().println(Messages.format("cli.rm.done", entry.label(), String.valueOf(entry.id())));
            return ExitCode.OK;
        });
    }
}
