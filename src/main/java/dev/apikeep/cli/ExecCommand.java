package dev.apikeep.cli;

import dev.apikeep.app.BotEnvironment;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "exec", description = "Run a bot with keys from the vault in its environment, e.g."
        + " apikeep exec --env BYBIT_SECRET=\"Grid bot\":secret -- python bot.py. Returns the bot's exit code.")
final class ExecCommand extends BaseCommand implements KitOptions.ReadsKits {
    @Option(names = "--env", paramLabel = "NAME=REF[:field]", description = "a variable to set (field: key, secret, passphrase, account; default secret)")
    List<String> assignments = List.of();

    @Option(names = "--freqtrade", paramLabel = "REF", description = "set FREQTRADE__EXCHANGE__KEY, __SECRET, __PASSWORD (and __UID) from this key")
    String freqtrade;

    @Parameters(paramLabel = "CMD", arity = "1..*", description = "the program and its arguments, after --")
    List<String> command;

    @Override
    public Integer call() {
        if (assignments.isEmpty() && freqtrade == null) {
            throw new CliException(Messages.get("cli.exec.nothingToSet"), ExitCode.USAGE);
        }
        Map<String, String> variables = withKeysReturning(keys -> {
            BotEnvironment env = new BotEnvironment();
            assignments.forEach(a -> env.add(a, keys::resolve));
            if (freqtrade != null) env.addFreqtrade(freqtrade, keys::resolve);
            refuseRevoked(env.usedEntries());
            for (ApiKeyEntry entry : env.usedEntries()) keys.recordUse(entry, EventType.EXEC, command.get(0));
            return env.variables();
        });
        // The vault or kit is closed (its keys wiped) before the bot runs, however long it runs.
        return runChild(variables);
    }

    private int runChild(Map<String, String> variables) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // The bot gets the keys it was given, not the way to the vault: no APIKEEP_PASSWORD_FILE,
        // APIKEEP_VAULT, APIKEEP_KIT_TOKEN or any other APIKEEP_* this run was started with.
        builder.environment().keySet().removeIf(name -> name.startsWith("APIKEEP_"));
        builder.environment().putAll(variables);
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new CliException(Messages.format("cli.exec.cannotRun", command.get(0), reason(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(Messages.format("cli.exec.interrupted", command.get(0)));
        }
    }

    private static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        int detail = message.lastIndexOf("error=");
        return detail >= 0 ? message.substring(detail) : message;
    }

    private static void refuseRevoked(List<ApiKeyEntry> entries) {
        entries.stream().filter(ApiKeyEntry::isRevoked).findFirst().ifPresent(e -> {
            throw new CliException(Messages.format("cli.exec.revoked", e.label()));
        });
    }
}
