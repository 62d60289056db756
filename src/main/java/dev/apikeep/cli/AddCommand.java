package dev.apikeep.cli;

import dev.apikeep.app.InvalidInputException;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "add", description = {
        "Store a new key. Standard input after the master password: the API key, then the secret"
                + " (unless --secret-file), then the passphrase if the exchange needs one or --passphrase is given.",
        "Prints the new key's id."})
final class AddCommand extends BaseCommand {
    @Option(names = "--exchange", paramLabel = "ID", required = true, description = "exchange id from `apikeep exchanges` (custom: any other)")
    String exchangeId;

    @Option(names = "--label", paramLabel = "TEXT", required = true, description = "what the key is for, e.g. \"Grid bot\"")
    String label;

    @Mixin
    EntryOptions options;

    @Option(names = "--passphrase", description = "also read a passphrase (always read when the exchange requires one)")
    boolean passphrase;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "read the secret from FILE byte for byte (PEM private keys)")
    Path secretFile;

    @Override
    public Integer call() {
        // Everything that can be checked without the vault is checked before any secret is asked for.
        Exchange exchange = context().catalog().find(exchangeId.strip()).orElseThrow(() -> new InvalidInputException(
                Messages.format("cli.unknownExchange", exchangeId)));
        ApiKeyEntry.Builder draft = ApiKeyEntry.builder()
                .exchangeId(exchange.id())
                .label(label.strip())
                .keyType(defaultKeyType(exchange))
                .createdAt(java.time.LocalDate.now(context().clock()));
        options.applyTo(draft);
        options.applySwitch(draft, exchange);
        boolean readPassphrase = passphrase || exchange.passphraseRequired();
        SecretBytes fileSecret = secretFile == null ? null : readSecretFile(secretFile);

        try {
            return withVault(service -> store(service, draft, exchange, fileSecret, readPassphrase));
        } finally {
            if (fileSecret != null) fileSecret.wipe();
        }
    }

    /** Reads the secrets in the documented order, stores the key, and wipes every secret whatever happens. */
    private int store(KeyService service, ApiKeyEntry.Builder draft, Exchange exchange, SecretBytes fileSecret,
                      boolean readPassphrase) {
        List<SecretBytes> read = new ArrayList<>();
        try {
            SecretBytes apiKey = remember(read, readSecret(Messages.get("cli.prompt.apiKey")));
            SecretBytes secret = fileSecret != null ? fileSecret : remember(read, readSecret(Messages.get("cli.prompt.secret")));
            SecretBytes pass = readPassphrase ? remember(read, readPassphrase(exchange)) : SecretBytes.empty();
            ApiKeyEntry stored = service.add(draft.apiKey(apiKey).secret(secret).passphrase(pass).build());
            out().println(stored.id());
            return ExitCode.OK;
        } finally {
            read.forEach(SecretBytes::wipe);
        }
    }

    private static SecretBytes remember(List<SecretBytes> read, SecretBytes secret) {
        read.add(secret);
        return secret;
    }

    private SecretBytes readPassphrase(Exchange exchange) {
        String prompt = exchange.name() + " passphrase";
        try {
            return readSecret(prompt);
        } catch (CliException endOfInput) {
            if (!exchange.passphraseRequired()) throw endOfInput;
            throw new CliException(Messages.format("cli.add.passphraseMissing", exchange.name()));
        }
    }

    /** HMAC where the exchange offers it (the common case), else the exchange's first key type. */
    private static KeyType defaultKeyType(Exchange exchange) {
        return exchange.keyTypes().contains(KeyType.HMAC) ? KeyType.HMAC : exchange.keyTypes().get(0);
    }
}
