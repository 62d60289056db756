package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", description = {
        "Change the given fields of a key and keep all others.",
        "Standard input after the master password: the new secret (with --new-secret), then the new"
                + " passphrase (with --passphrase)."})
final class EditCommand extends BaseCommand {
    @Parameters(paramLabel = "REF", description = "id, id prefix of 6+ characters, or exact label")
    String ref;

    @Option(names = "--exchange", paramLabel = "ID", description = "exchange id from `apikeep exchanges`")
    String exchangeId;

    @Option(names = "--label", paramLabel = "TEXT", description = "a new label")
    String label;

    @Mixin
    EntryOptions options;

    @Option(names = "--new-secret", description = "read a new secret from standard input (or the terminal)")
    boolean newSecret;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "take the new secret from FILE byte for byte (PEM private keys)")
    Path secretFile;

    @Option(names = "--passphrase", description = "read a new passphrase after the secret")
    boolean newPassphrase;

    @Option(names = "--clear-expires", description = "remove the expiry date you set (an exchange rule may still apply)")
    boolean clearExpires;

    @Option(names = "--clear-ip", description = "remove the IP whitelist (the key then works from any IP)")
    boolean clearIp;

    @Override
    public Integer call() {
        if (!options.any() && exchangeId == null && label == null && !newSecret && secretFile == null
                && !newPassphrase && !clearExpires && !clearIp) {
            throw new CliException(Messages.get("cli.edit.nothingToChange"), ExitCode.USAGE);
        }
        if (clearExpires && options.expires != null) throw new CliException(Messages.get("cli.edit.expiresOrClear"), ExitCode.USAGE);
        if (clearIp && options.ips != null) throw new CliException(Messages.get("cli.edit.ipOrClear"), ExitCode.USAGE);
        if (exchangeId != null) {
            context().catalog().find(exchangeId.strip()).orElseThrow(() -> new dev.apikeep.app.InvalidInputException(
                    Messages.format("cli.unknownExchange", exchangeId)));
        }
        // Parse and check the options before the password is asked for; applied again on the stored entry below.
        options.applyTo(ApiKeyEntry.builder());
        SecretBytes fileSecret = secretFile == null ? null : readSecretFile(secretFile);

        return withVault(service -> {
            ApiKeyEntry current = service.resolve(ref);
            ApiKeyEntry.Builder edited = current.toBuilder();
            if (exchangeId != null) edited.exchangeId(exchangeId.strip());
            if (label != null) edited.label(label.strip());
            if (clearExpires) edited.expiresAt(null);
            if (clearIp) edited.ipWhitelist(List.of());
            options.applyTo(edited);
            options.applySwitch(edited, service.catalog().forEntry(edited.build()));
            if (fileSecret != null) edited.secret(fileSecret);
            else if (newSecret) edited.secret(readSecret(Messages.get("cli.prompt.newSecretCapital")));
            if (newPassphrase) {
                Exchange exchange = service.catalog().forEntry(edited.build());
                edited.passphrase(readSecret(Messages.format("cli.prompt.newPassphraseOf", exchange.name())));
            }
            // current.revision() travels in the builder: KeyService.edit refuses if the key changed meanwhile.
            ApiKeyEntry stored = service.edit(edited.build());
            out().println(Messages.format("cli.edit.updated", stored.label(), String.valueOf(stored.id())));
            return ExitCode.OK;
        });
    }
}
