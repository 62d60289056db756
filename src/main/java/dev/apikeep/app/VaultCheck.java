package dev.apikeep.app;

import dev.apikeep.vault.IntegrityReport;
import java.util.List;
import java.util.UUID;

/**
 * What {@code check} found after decrypting everything and verifying the set-MAC.
 *
 * @param setIntact       the signed set matches its record (nothing missing, rolled back or put back;
 *                        the activity log's chain and the label index included)
 * @param setProblem      what is wrong with the set, in words, when it is not intact
 * @param wrongLabelIndex entries the blind label index does not point to rightly
 */
public record VaultCheck(boolean setIntact, String setProblem, int readableEntries, List<UUID> damagedEntries,
                         List<UUID> wrongLabelIndex) {
    public boolean ok() {
        return setIntact && damagedEntries.isEmpty() && wrongLabelIndex.isEmpty();
    }

    static VaultCheck run(GuardedVault vault) {
        IntegrityReport report = vault.verify();
        int readable = vault.entries().size();
        vault.events(0);
        return new VaultCheck(report.intact(), report.describe(), readable, vault.damagedEntries(),
                vault.labelIndexMismatches());
    }
}
