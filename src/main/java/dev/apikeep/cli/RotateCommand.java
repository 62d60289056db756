package dev.apikeep.cli;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rotate", description = "Replace a key by a new one from the exchange: stdin after the password"
        + " gives the new API key, then the new secret (then passphrase if the exchange needs one).")
final class RotateCommand extends BaseCommand {
    @Parameters(paramLabel = "REF", description = "id, id prefix of 6+ characters, or exact label")
    String ref;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "read the new secret (e.g. a PEM private key) from FILE")
    Path secretFile;

    @Option(names = "--passphrase", description = "also read a new passphrase")
    boolean newPassphrase;

    @Option(names = "--permissions", split = ",", paramLabel = "a,b", description = "the new key's permissions, if you tightened them")
    List<String> permissions;

    @Override
    public Integer call() {
        return withVault(service -> {
            ApiKeyEntry old = service.resolve(ref);
            if (old.isRevoked()) throw new CliException(Messages.format("cli.rotate.alreadyRevoked", old.label()));
            Exchange exchange = service.catalog().forEntry(old);
            SecretBytes key = readSecret(Messages.get("cli.prompt.newApiKey"));
            SecretBytes secret = secretFile != null ? SecretBytes.adopt(SecretInput.wholeFile(secretFile)) : readSecret(Messages.get("cli.prompt.newSecret"));
            SecretBytes passphrase = exchange.passphraseRequired() || newPassphrase ? readSecret(Messages.get("cli.prompt.newPassphrase")) : null;
            KeyService.Rotation rotation = service.rotate(old, key, secret, passphrase, permissions);
            out().println(rotation.replacement().id());
            printChecklist(exchange, rotation, new BotKits(service).holding(old.id()));
            return ExitCode.OK;
        });
    }

    private void printChecklist(Exchange exchange, KeyService.Rotation rotation, List<IssuedKit> kits) {
        var err = root.context().err();
        err.println(Messages.format("cli.rotate.done", rotation.retired().label()));
        err.println(exchange.apiManagementUrl().isEmpty() ? Messages.format("cli.rotate.deleteOld", exchange.name())
                : Messages.format("cli.rotate.deleteOldAt", exchange.name(), exchange.apiManagementUrl()));
        rotation.retired().usedBy().forEach(tool -> err.println(Messages.format("cli.rotate.update", tool)));
        kits.forEach(kit -> err.println(Messages.format("cli.rotate.reissueKit", kit.name())));
    }
}
