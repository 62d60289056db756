package dev.apikeep.cli;

import dev.apikeep.app.InvalidInputException;
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
        throw new CliException("name what to do: apikeep kit create|list|show|reissue|forget (see apikeep kit --help)", ExitCode.USAGE);
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
            if (expires != null && days != null) throw new CliException("give --expires or --days, not both", ExitCode.USAGE);
            if (expires != null) {
                try {
                    return LocalDate.parse(expires.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("'" + expires + "' is not a date; use YYYY-MM-DD, e.g. 2026-12-31");
                }
            }
            if (days != null) return today.plusDays(days);
            return defaultToNinetyDays ? today.plusDays(BotKits.DEFAULT_DAYS) : null;
        }

        void refuseExistingTokenFile() {
            if (tokenFile != null && !force && PrivateOutput.exists(tokenFile)) {
                throw new CliException(tokenFile + " exists; pass --force to replace it");
            }
        }

        /** Shows the token once: on stdout alone, or into --token-file (0600, checked before the vault opened); then wipes it. */
        void handOver(BotKits.Issued issued, String verb) {
            try (issued) {
                IssuedKit kit = issued.kit();
                PrintStream err = root.context().err();
                err.println(verb + " kit '" + kit.name() + "' at " + kit.file() + ": " + kit.keys().size()
                        + " key(s), expires " + kit.expires() + ".");
                if (tokenFile != null) {
                    issued.saveToken(tokenFile, true);
                    err.println("Its token is in " + tokenFile + " (mode 0600). Copy both to the bot's machine, then delete the token file here.");
                    return;
                }
                char[] token = issued.tokenText();
                try {
                    out().println(token);
                    out().flush();
                } finally {
                    Arrays.fill(token, '\0');
                }
                err.println("The token above is shown once. Copy the kit file and the token to the bot's machine.");
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
                handOver(kits.create(name, keyRefs, expiry(service.today(), true), out, force), "Created");
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
                handOver(new BotKits(service).reissue(name, out, expiry(service.today(), false)), "Re-issued");
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
                    out().println("No kits yet. Create one with: apikeep kit create freqtrade-vps --key \"Grid bot\" --out freqtrade-vps.akkit");
                } else {
                    for (IssuedKit k : all) {
                        out().println(String.format("%-20s  %-15s  expires %s  %s", TextTable.truncate(k.name(), 20),
                                kits.state(k).status().text(), k.expires(), String.join(", ", k.keys().stream().map(IssuedKit.HeldKey::label).toList())));
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
                out.println("Kit          " + kit.name());
                out.println("Id           " + kit.id());
                out.println("State        " + state.status().text()
                        + (state.stale().isEmpty() ? "" : " (changed since issued: " + String.join(", ", state.stale()) + ")"));
                out.println("Created      " + kit.created());
                out.println("Expires      " + kit.expires() + " (in " + (kit.expires().toEpochDay() - service.today().toEpochDay()) + " days)");
                out.println("File         " + kit.file());
                for (IssuedKit.HeldKey key : kit.keys()) {
                    out.println((key == kit.keys().get(0) ? "Keys         " : "             ") + key.label()
                            + " (" + key.id().toString().substring(0, 8) + ", revision " + key.revision() + ")");
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
                err.println("Forgot kit '" + kit.name() + "'. A copy of its file keeps working with its token until "
                        + kit.expires() + ", unless you rotate its keys. To cut it off now:");
                for (IssuedKit.HeldKey key : kit.keys()) {
                    err.println("  [ ] apikeep rotate \"" + key.label() + "\"   (then delete the old key on the exchange)");
                }
                return ExitCode.OK;
            });
        }
    }

    static Map<String, Object> asJson(IssuedKit kit, KitState state, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", kit.name());
        json.put("id", kit.id().toString());
        json.put("state", state.status().text());
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
