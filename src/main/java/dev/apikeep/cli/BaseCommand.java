package dev.apikeep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** What every subcommand shares: the root's context, opening the vault, and JSON output. */
@Command(mixinStandardHelpOptions = true)
abstract class BaseCommand implements Callable<Integer> {
    /** Made at the first JSON output, not when picocli creates every command: data binding is slow to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    ApiKeepCli root;

    PrintStream out() {
        return root.context().out();
    }

    SecretInput input() {
        return root.secretInput();
    }

    /** Opens the vault with the master password, runs {@code work}, and always closes (and wipes) it. */
    int withVault(Function<KeyService, Integer> work) {
        return withVault(Vault.Access.NORMAL, work);
    }

    /** As {@link #withVault(Function)}; {@link Vault.Access#RESCUE} opens a damaged vault read-only. */
    int withVault(Vault.Access access, Function<KeyService, Integer> work) {
        return withVaultReturning(access, work);
    }

    <T> T withVaultReturning(Function<KeyService, T> work) {
        return withVaultReturning(Vault.Access.NORMAL, work);
    }

    <T> T withVaultReturning(Vault.Access access, Function<KeyService, T> work) {
        char[] password = input().masterPassword("Master password");
        KeyService service;
        try {
            service = KeyService.open(root.vaultPath(), password, access,
                    root.context().catalog(), root.context().clock());
        } finally {
            Arrays.fill(password, '\0');
        }
        try (service) {
            return work.apply(service);
        }
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
        java.util.List<java.util.UUID> damaged = service.vault().damagedEntries();
        if (damaged.isEmpty()) return;
        throw new CliException(damaged.size() + (damaged.size() == 1 ? " entry is" : " entries are")
                + " damaged or were tampered with and are not shown (" + String.join(", ",
                damaged.stream().map(java.util.UUID::toString).toList()) + "); run `apikeep check`, then restore a backup",
                ExitCode.DAMAGED);
    }

    void printJson(Object value) {
        try {
            out().println(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new CliException("cannot write JSON: " + e.getOriginalMessage());
        }
    }
}
