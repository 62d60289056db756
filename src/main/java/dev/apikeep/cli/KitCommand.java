package dev.apikeep.cli;

import dev.apikeep.app.InvalidInputException;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.PrivateOutput;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.app.kit.KitState;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code apikeep kit create|list|show|reissue|forget}: bot kits, issued from the vault. */
@Command(name = "kit", description = "Bot kits: a file holding copies of chosen keys, opened by its own token"
        + " (apikeep --kit FILE get|exec|inject|list), so a bot's server needs neither the vault nor the master password.",
        subcommands = {KitCommand.Create.class, KitCommand.ListKits.class, KitCommand.Show.class,
                KitCommand.Reissue.class, KitCommand.Forget.class})
final class KitCommand extends BaseCommand {
    @Override
    public Integer call() {
        throw new CliException(Messages.get("cli.kit.whatToDo"), ExitCode.USAGE);
    }

    /** Where the token goes: stdout (alone on its line, for scripts) or a 0600 file. */
    abstract static class Issuing extends BaseCommand {
        @Option(names = "--token-file", paramLabel = "FILE", description = "write the token to FILE (mode 0600) instead of printing it")
        Path tokenFile;

        @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "the kit's last day")
        String expires;

        @Option(names = "--days", paramLabel = "N", description = "the kit lasts N days from today (default 90)")
        Integer days;

        @Option(names = "--force", description = "replace existing files")
        boolean force;

        LocalDate expiry(LocalDate today, boolean defaultToNinetyDays) {
            if (expires != null && days != null) throw new CliException(Messages.get("cli.kit.expiresOrDays"), ExitCode.USAGE);
            if (expires != null) {
                try {
                    return LocalDate.parse(expires.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(Messages.format("cli.kit.notADate", expires));
                }
            }
            if (days != null) return today.plusDays(days);
            return defaultToNinetyDays ? today.plusDays(BotKits.DEFAULT_DAYS) : null;
        }

        void refuseExistingTokenFile() {
            if (tokenFile != null && !force && PrivateOutput.exists(tokenFile)) {
                throw new CliException(Messages.format("cli.kit.tokenFileExists", String.valueOf(tokenFile)));
            }
        }

        /** Shows the token once: on stdout alone, or into --token-file (0600, checked before the vault opened); then wipes it. */
        void handOver(BotKits.Issued issued, String verbKey) {
            try (issued) {
                IssuedKit kit = issued.kit();
                PrintStream err = root.context().err();
                err.println(Messages.format(verbKey, kit.name(), String.valueOf(kit.file()), String.valueOf(kit.keys().size()), String.valueOf(kit.expires())));
                if (tokenFile != null) {
                    issued.saveToken(tokenFile, true);
                    err.println(Messages.format("cli.kit.tokenInFile", String.valueOf(tokenFile)));
                    return;
                }
                char[] token = issued.tokenText();
                try {
                    out().println(token);
                    out().flush();
                } finally {
                    Arrays.fill(token, '\0');
                }
                err.println(Messages.get("cli.kit.tokenShownOnce"));
            }
        }
    }

    @Command(name = "create", description = "Write a kit holding copies of the named keys, and print its token once.")
    static final class Create extends Issuing {
        @Parameters(paramLabel = "NAME", description = "the kit's name, e.g. freqtrade-vps")
        String name;

        @Option(names = "--key", required = true, paramLabel = "REF", description = "a key for the kit (repeat for more)")
        List<String> keyRefs;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the kit (mode 0600)")
        Path out;

        @Override
        public Integer call() {
            refuseExistingTokenFile();
            return withVault(service -> {
                BotKits kits = new BotKits(service);
                handOver(kits.create(name, keyRefs, expiry(service.today(), true), out, force), "cli.kit.created");
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "reissue", description = "Write the kit again with its keys' current secrets and a new token;"
            + " the old token does not open the new file.")
    static final class Reissue extends Issuing {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--out", paramLabel = "FILE", description = "where to write it (default: where it was written before)")
        Path out;

        @Override
        public Integer call() {
            refuseExistingTokenFile();
            return withVault(service -> {
                handOver(new BotKits(service).reissue(name, out, expiry(service.today(), false)), "cli.kit.reissued");
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "list", description = "The kits this vault issued, with their keys, expiry and state.")
    static final class ListKits extends BaseCommand {
        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        @Override
        public Integer call() {
            return withVault(service -> {
                BotKits kits = new BotKits(service);
                List<IssuedKit> all = kits.list();
                if (json) {
                    out().println(JsonText.of(all.stream().map(k -> asJson(k, kits.state(k), service.today())).toList()));
                } else if (all.isEmpty()) {
                    out().println(Messages.get("cli.kit.none"));
                } else {
                    for (IssuedKit k : all) {
                        out().println(Messages.format("cli.kit.listRow", String.format("%-20s", TextTable.truncate(k.name(), 20)), String.format("%-15s",
                                kits.state(k).status().shown()), String.valueOf(k.expires()), String.join(", ", k.keys().stream().map(IssuedKit.HeldKey::label).toList())));
                    }
                }
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "show", description = "One kit: its id, keys and the revisions it holds, dates, file and state.")
    static final class Show extends BaseCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return withVault(service -> {
                BotKits kits = new BotKits(service);
                IssuedKit kit = kits.require(name);
                KitState state = kits.state(kit);
                PrintStream out = out();
                out.println(Messages.format("cli.kit.show.kit", kit.name()));
                out.println(Messages.format("cli.kit.show.id", String.valueOf(kit.id())));
                out.println(state.stale().isEmpty() ? Messages.format("cli.kit.show.state", state.status().shown())
                        : Messages.format("cli.kit.show.stateStale", state.status().shown(), String.join(", ", state.stale())));
                out.println(Messages.format("cli.kit.show.created", String.valueOf(kit.created())));
                out.println(Messages.format("cli.kit.show.expires", String.valueOf(kit.expires()),
                        String.valueOf(kit.expires().toEpochDay() - service.today().toEpochDay())));
                out.println(Messages.format("cli.kit.show.file", String.valueOf(kit.file())));
                for (IssuedKit.HeldKey key : kit.keys()) {
                    out.println(Messages.format(key == kit.keys().get(0) ? "cli.kit.show.firstKey" : "cli.kit.show.key", key.label(),
                            key.id().toString().substring(0, 8), String.valueOf(key.revision())));
                }
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "forget", description = "Remove the kit from the vault's record. A copy already on a server keeps"
            + " working until it expires or its keys are rotated.")
    static final class Forget extends BaseCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return withVault(service -> {
                IssuedKit kit = new BotKits(service).forget(name);
                PrintStream err = root.context().err();
                err.println(Messages.format("cli.kit.forgot", kit.name(), String.valueOf(kit.expires())));
                for (IssuedKit.HeldKey key : kit.keys()) {
                    err.println(Messages.format("cli.kit.forgot.rotate", key.label()));
                }
                return ExitCode.OK;
            });
        }
    }

    static Map<String, Object> asJson(IssuedKit kit, KitState state, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", kit.name());
        json.put("id", kit.id().toString());
        json.put("state", state.status().id());
        json.put("created", kit.created().toString());
        json.put("expires", kit.expires().toString());
        json.put("daysToExpiry", kit.expires().toEpochDay() - today.toEpochDay());
        json.put("file", kit.file());
        json.put("keys", kit.keys().stream().map(k -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("id", k.id().toString());
            key.put("label", k.label());
            key.put("revision", k.revision());
            key.put("stale", state.stale().contains(k.label()));
            return key;
        }).toList());
        return json;
    }
}
