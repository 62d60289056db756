package dev.apikeep.cli;

import dev.apikeep.app.KeySummary;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.Kit;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List keys without their secrets.")
final class ListCommand extends BaseCommand implements KitOptions.ReadsKits {
    @Option(names = "--json", description = "print a JSON array")
    boolean json;

    @Option(names = "--all", description = "include revoked keys")
    boolean all;

    @Override
    public Integer call() {
        if (readsKit()) return listKit();
        return withVault(service -> {
            List<ApiKeyEntry> keys = service.list(all);
            if (json) {
                printJson(KeySummary.of(keys, service.catalog(), service.today()));
            } else if (keys.isEmpty() && service.damagedEntries().isEmpty()) {
                out().println(Messages.get("cli.list.none"));
            } else {
                printInChunks(keys, new TextTable.KeyRows(service.catalog(), service.today()));
            }
            failIfDamaged(service);
            return ExitCode.OK;
        });
    }

    /** A kit's keys: no IPs, notes or dates of their own travel in a kit, so the row shows the kit's expiry. */
    private int listKit() {
        try (Kit kit = openKit()) {
            LocalDate today = LocalDate.now(context().clock());
            long daysLeft = kit.expires().toEpochDay() - today.toEpochDay();
            if (json) {
                out().println(JsonText.of(kit.entries().stream().map(e -> KitListing.json(e, kit, daysLeft)).toList()));
            } else {
                kit.entries().forEach(e -> out().println(KitListing.row(e, kit, daysLeft)));
            }
            return ExitCode.OK;
        }
    }

    /** One write per 64 KiB of rows, not one per line: System.out flushes at every newline. */
    private void printInChunks(List<ApiKeyEntry> keys, TextTable.KeyRows rows) {
        StringBuilder chunk = new StringBuilder(1 << 16);
        String newline = System.lineSeparator();
        for (ApiKeyEntry k : keys) {
            rows.append(chunk, k);
            chunk.append(newline);
            if (chunk.length() >= 1 << 16) {
                out().print(chunk);
                chunk.setLength(0);
            }
        }
        out().print(chunk);
        out().flush();
    }
}
