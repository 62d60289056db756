package dev.apikeep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.Session;
import dev.apikeep.app.kit.Kit;
import dev.apikeep.app.kit.KitReader;
import dev.apikeep.domain.SecretBytes;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** What every subcommand shares: the root's context, opening the vault, and JSON output. */
@Command(mixinStandardHelpOptions = true)
abstract class BaseCommand implements Callable<Integer> {

    ApiKeepCli root;

    PrintStream out() {
        return root.context().out();
    }

    SecretInput input() {
        return root.secretInput();
    }

    /** Opens the vault with the master password, runs {@code work}, and always closes (and wipes) it. */
    int withVault(Function<KeyService, Integer> work) {
        return withVault(Session.Access.NORMAL, work);
    }

    /** As {@link #withVault(Function)}; {@link Session.Access#RESCUE} opens a damaged vault read-only. */
    int withVault(Session.Access access, Function<KeyService, Integer> work) {
        return withVaultReturning(access, work);
    }

    <T> T withVaultReturning(Function<KeyService, T> work) {
        return withVaultReturning(Session.Access.NORMAL, work);
    }

    <T> T withVaultReturning(Session.Access access, Function<KeyService, T> work) {
        Session.warmUpInBackground();
        char[] password = input().masterPassword(() -> Messages.get("cli.prompt.masterPassword"));
        try (Session session = Session.unlock(root.vaultPath(), password, access, Session.Claim.SHARED,
                root.context().catalog(), root.context().clock(), root.context().keyDerivation())) {
            session.keys().unlockWarnings().forEach(warning -> root.context().err().println(Messages.format("cli.warning", warning)));
            return work.apply(session.keys());
        }
    }

    /** Runs {@code work} on the keys of the vault, or of the kit given with {@code --kit}. */
    int withKeys(Function<KeySource, Integer> work) {
        return withKeysReturning(work);
    }

    /**
     * As {@link #withKeys}, returning what {@code work} returns. The vault or kit is closed, and its
     * secrets wiped, before this returns: {@code exec} starts the bot only afterwards.
     */
    <T> T withKeysReturning(Function<KeySource, T> work) {
        if (root.kit == null) return withVaultReturning(service -> work.apply(new KeySource.Vault(service)));
        try (Kit kit = openKit()) {
            return work.apply(new KeySource.OfKit(kit));
        }
    }

    /** Opens the {@code --kit} file with its token (see {@link KitTokenInput}); the caller closes it. */
    Kit openKit() {
        char[] token = KitTokenInput.read(root.kitTokenFile, context().env(), input());
        try {
            return KitReader.open(root.kit, token, SystemClock.today(context().clock()));
        } finally {
            Arrays.fill(token, '\0');
        }
    }

    boolean readsKit() {
        return root.kit != null;
    }

    /** The next secret line (terminal without echo, or stdin) as wipeable bytes; the char array is wiped at once. */
    SecretBytes readSecret(String prompt) {
        char[] line = input().secretLine(prompt);
        try {
            return SecretBytes.of(line);
        } finally {
            Arrays.fill(line, '\0');
        }
    }

    /** A secret from a file, byte for byte (PEM newlines kept). */
    static SecretBytes readSecretFile(Path file) {
        return SecretBytes.adopt(SecretInput.wholeFile(file));
    }

    ApiKeepCli.Context context() {
        return root.context();
    }

    /**
     * After reading every entry: entries that failed to decrypt were skipped, so say so (exit 4)
     * rather than let a damaged key silently vanish from a listing.
     */
    static void failIfDamaged(KeyService service) {
        java.util.List<java.util.UUID> damaged = service.damagedEntries();
        if (damaged.isEmpty()) return;
        throw new CliException(Messages.format("cli.damagedHidden", damaged.size(), String.join(", ",
                damaged.stream().map(java.util.UUID::toString).toList())),
                ExitCode.DAMAGED);
    }

    /** Created on first use: Jackson databind costs start-up time that get, exec and --kit do not need. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    void printJson(Object value) {
        try {
            out().println(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new CliException(Messages.format("cli.cannotWriteJson", e.getOriginalMessage()));
        }
    }
}
