package dev.apikeep.cli;

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
            throw new CliException("refusing to delete without confirmation: pass --yes when standard input is not a terminal",
                    ExitCode.USAGE);
        }
        return withVault(service -> {
            ApiKeyEntry entry = service.resolve(ref);
            if (!yes) {
                String answer = input().askVisible("Delete '" + entry.label() + "'? [y/N] ");
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
                    throw new CliException("nothing deleted");
                }
            }
            service.delete(entry);
            out().println("Deleted '" + entry.label() + "' (" + entry.id() + ")");
            return ExitCode.OK;
        });
    }
}
