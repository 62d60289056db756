package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "revoke", description = "Mark a key revoked: it leaves `list` (see `list --all`) and `get` refuses it.")
final class RevokeCommand extends BaseCommand {
    @Parameters(paramLabel = "REF", description = "id, id prefix of 6+ characters, or exact label")
    String ref;

    @Override
    public Integer call() {
        return withVault(service -> {
            ApiKeyEntry entry = service.resolve(ref);
            if (entry.isRevoked()) {
                out().println(Messages.format("cli.revoke.already", entry.label(), String.valueOf(entry.revokedAt())));
                return ExitCode.OK;
            }
            ApiKeyEntry revoked = service.revoke(entry);
            Exchange exchange = service.catalog().forEntry(revoked);
            String where = exchange.apiManagementUrl().isEmpty() ? Messages.get("cli.revoke.onTheExchange")
                    : Messages.format("cli.revoke.at", exchange.apiManagementUrl());
            out().println(Messages.format("cli.revoke.done", revoked.label(), String.valueOf(revoked.id()), where));
            return ExitCode.OK;
        });
    }
}
