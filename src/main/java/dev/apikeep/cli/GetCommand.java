package dev.apikeep.cli;

import dev.apikeep.app.CredentialFields;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "get", description = "Print one secret value (default: the secret) for a bot or script.")
final class GetCommand extends BaseCommand {
    enum Format { value, json, ccxt }

    @Parameters(paramLabel = "REF", description = "id, id prefix of 6+ characters, or exact label")
    String ref;

    @Option(names = "--field", paramLabel = "FIELD", description = "secret, key or passphrase (default ${DEFAULT-VALUE})")
    String field = "secret";

    @Option(names = "--format", paramLabel = "FORMAT", description = "value, json or ccxt (default ${DEFAULT-VALUE})")
    Format format = Format.value;

    @Override
    public Integer call() {
        return withVault(service -> {
            ApiKeyEntry entry = service.resolve(ref);
            if (entry.isRevoked()) {
                throw new CliException("'" + entry.label() + "' is revoked; it no longer works on the exchange");
            }
            switch (format) {
                case value -> out().println(CredentialFields.value(entry, field));
                case json -> printJson(CredentialFields.asJson(entry));
                case ccxt -> printJson(CredentialFields.asCcxt(entry));
            }
            service.recordUse(entry, EventType.GET, format == Format.value ? CredentialFields.canonical(field) : format.name());
            return ExitCode.OK;
        });
    }
}
