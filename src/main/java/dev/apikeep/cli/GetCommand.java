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
            String json = switch (format) {   // made before the use is recorded: an error here records nothing
                case value -> null;
                case json -> JsonText.of(CredentialFields.asJson(entry));
                case ccxt -> JsonText.of(CredentialFields.asCcxt(entry));
            };
            byte[] value = json == null ? valueLine(entry) : null;
            try {
                recordUse(keys, entry);
                if (json != null) out().println(json);
                else out().write(value, 0, value.length);
                out().flush();
            } finally {
                if (value != null) Arrays.fill(value, (byte) 0);
            }
            return ExitCode.OK;
        });
    }

    /**
     * Before the value goes out, once it is known to go out: a vault command writes its unlock event
     * in this same transaction (one durable commit for a get), so the activity log never lacks a
     * value that left. A full disk or a busy vault (another program writing for longer than the busy
     * timeout) only costs the log line: the value is still printed, with a warning.
     */
    private void recordUse(KeySource keys, ApiKeyEntry entry) {
        try {
            keys.recordUse(entry, EventType.GET, format == Format.value ? CredentialFields.canonical(field) : format.name());
        } catch (AppException e) {
            root.context().err().println(Messages.format("cli.get.notRecorded", e.getMessage()));
        }
    }

    /**
     * The value's exact UTF-8 bytes and a newline, unless the value already ends with one (a PEM
     * file): so {@code get > key.pem} reproduces the file that went in byte for byte, whatever the
     * platform's default encoding or line separator.
     */
    private byte[] valueLine(ApiKeyEntry entry) {
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
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\n') return bytes;
        byte[] line = Arrays.copyOf(bytes, bytes.length + 1);
        line[bytes.length] = '\n';
        Arrays.fill(bytes, (byte) 0);
        return line;
    }
}
