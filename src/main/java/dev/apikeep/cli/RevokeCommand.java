package dev.apikeep.cli;

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
                out().println("'" + entry.label() + "' was already revoked on " + entry.revokedAt());
                return ExitCode.OK;
            }
            ApiKeyEntry revoked = service.revoke(entry);
            Exchange exchange = service.catalog().forEntry(revoked);
            String where = exchange.apiManagementUrl().isEmpty() ? "on the exchange" : "at " + exchange.apiManagementUrl();
            out().println("Revoked '" + revoked.label() + "' (" + revoked.id() + "). Delete the key " + where
                    + " too: marking it here does not disable it.");
            return ExitCode.OK;
        });
    }
}
