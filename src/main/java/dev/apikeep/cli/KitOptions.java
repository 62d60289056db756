package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Which commands read a kit ({@code --kit FILE}); every other command with --kit is a usage error. */
final class KitOptions {
    /** Marks the commands that can read their keys from a kit instead of the vault. */
    interface ReadsKits {
    }

    static final List<Class<?>> READING_COMMANDS = List.of(GetCommand.class, ExecCommand.class, InjectCommand.class, ListCommand.class);

    private KitOptions() {
    }

    /** Whether the arguments give {@code --kit} before the end of apikeep's own options. */
    static boolean requested(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) return false;
            if (arg.equals("--kit") || arg.startsWith("--kit=")) return true;
        }
        return false;
    }

    /**
     * With --kit only the reading commands exist, so another command name is an unmatched argument:
     * say why, rather than picocli's "unmatched argument".
     */
    static String explainUnmatched(CommandLine.UnmatchedArgumentException failure) {
        List<String> unmatched = failure.getUnmatched();
        return Messages.format("cli.kit.refusal", unmatched.isEmpty() ? Messages.get("cli.kit.thatCommand") : "'" + unmatched.get(0) + "'");
    }

    static void refuseWhereNotRead(ParseResult parsed) {
        ApiKeepCli root = (ApiKeepCli) parsed.commandSpec().userObject();
        if (root.kit == null && root.kitTokenFile == null) return;
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine last = commands.get(commands.size() - 1);
        if (commands.stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested())) return;
        if (root.kit == null) {
            throw new CommandLine.ParameterException(last, Messages.get("cli.kit.tokenFileNeedsKit"));
        }
        if (!(last.getCommand() instanceof ReadsKits)) {
            String name = commands.size() == 1 ? Messages.get("cli.kit.noCommand") : "'" + last.getCommandName() + "'";
            throw new CommandLine.ParameterException(last, Messages.format("cli.kit.refusal", name));
        }
    }
}
