package dev.apikeep.app;

import dev.apikeep.domain.EventType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The vault's sealed records beside the keys: the settings, the issued bot kits and each key's last
 * check with its exchange. Each save is one transaction, logged where a user would want to know.
 * Callers hold {@link KeyService}'s monitor.
 */
final class SealedRecords {
    private final GuardedVault vault;

    SealedRecords(GuardedVault vault) {
        this.vault = vault;
    }

    Map<UUID, byte[]> checkRecords() {
        return vault.checks();
    }

    void saveCheckRecord(UUID id, byte[] record) {
        if (vault.wasDeleted(id)) return; // deleted while the exchange was asked
        vault.write(tx -> {
            tx.saveCheck(id, record);
            return null;
        });
    }

    Optional<byte[]> issuedKits() {
        return vault.kits();
    }

    void saveIssuedKits(byte[] json, EventType type, String detail) {
        vault.write(tx -> {
            tx.saveKits(json);
            tx.log(type, null, 0, detail);
            return null;
        });
    }

    Settings settings() {
        return vault.settings().map(Settings::fromJson).orElse(Settings.DEFAULTS);
    }

    /** {@code changed} names the changed settings for the log (never a value that could be secret); null logs nothing. */
    void saveSettings(Settings settings, Collection<String> changed) {
        byte[] json = settings.toJson();
        vault.write(tx -> {
            tx.saveSettings(json);
            if (changed != null) tx.log(EventType.SETTINGS_CHANGED, null, 0, String.join(", ", changed));
            return null;
        });
    }
}
