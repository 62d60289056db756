package dev.apikeep.cli;

import dev.apikeep.app.CredentialFields;
import dev.apikeep.app.InvalidInputException;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.app.AppException;
import dev.apikeep.domain.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "get", description = "Print one secret value (default: the secret) for a bot or script.")
final class GetCommand extends BaseCommand implements KitOptions.ReadsKits {
    enum Format { value, json, ccxt }

    @Parameters(paramLabel = "REF", description = "id, id prefix of 6+ characters, or exact label")
    String ref;

    @Option(names = "--field", paramLabel = "FIELD", description = "secret, key or passphrase (default ${DEFAULT-VALUE})")
    String field = "secret";

    @Option(names = "--format", paramLabel = "FORMAT", description = "value, json or ccxt (default ${DEFAULT-VALUE})")
    Format format = Format.value;

    @Override
    public Integer call() {
        CredentialFields.canonical(field); // an unknown --field fails before the password is asked for
        return withKeys(keys -> {
            ApiKeyEntry entry = keys.resolve(ref);
            if (entry.isRevoked()) {
                throw new CliException(Messages.format("cli.get.revoked", entry.label()));
            }
            switch (format) {
                case value -> printValue(entry);
                case json -> out().println(JsonText.of(CredentialFields.asJson(entry)));
                case ccxt -> out().println(JsonText.of(CredentialFields.asCcxt(entry)));
            }
            out().flush();
            try {
                keys.recordUse(entry, EventType.GET, format == Format.value ? CredentialFields.canonical(field) : format.name());
            } catch (AppException e) {
                // The value is already out: never print a secret and then fail. A full disk, a busy vault
                // (another program writing for longer than the busy timeout) only cost the log line.
                root.context().err().println(Messages.format("cli.get.notRecorded", e.getMessage()));
            }
            return ExitCode.OK;
        });
    }

    /**
     * The value's exact UTF-8 bytes and a newline, unless the value already ends with one (a PEM
     * file): so {@code get > key.pem} reproduces the file that went in byte for byte, whatever the
     * platform's default encoding or line separator.
     */
    private void printValue(ApiKeyEntry entry) {
        String canonical = CredentialFields.canonical(field);
        byte[] bytes = switch (canonical) {
            case "key" -> entry.apiKey().copyBytes();
            case "secret" -> entry.secret().copyBytes();
            case "passphrase" -> {
                if (!entry.hasPassphrase()) throw new InvalidInputException(Messages.format("cli.get.noPassphrase", entry.label()));
                yield entry.passphrase().copyBytes();
            }
            default -> CredentialFields.value(entry, canonical).getBytes(StandardCharsets.UTF_8);
        };
        try {
            out().write(bytes, 0, bytes.length);
            if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') out().write('\n');
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
