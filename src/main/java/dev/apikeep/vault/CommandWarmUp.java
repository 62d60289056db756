package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.SetMac;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A command's first-time set-up, done on a spare core while the command's own thread reads the
 * password, opens SQLite and runs the KDF: the SQLite driver's per-connection settings (its date
 * formatter loads the locale data and the time-zone database), then the first AES-GCM, HMAC,
 * HKDF and entry-codec calls (the JCE's provider set-up and a few hundred classes). A cold
 * {@code get} needs each of them once, one after another; here they are ready by the time it
 * gets there (issue 15 goal 2, bench/RESULTS.md). No KDF runs here: that only added work.
 *
 * <p>As {@link WarmUp}: no file is read or written, the data is made up and sealed under a random
 * throwaway key, and the keys are wiped at the end.
 */
public final class CommandWarmUp {
    private CommandWarmUp() {
    }

    public static void run() {
        SqliteFile.prepareSettings();
        VaultKeys keys = new VaultKeys(Aead.randomBytes(32), Aead.randomBytes(16));
        ApiKeyEntry sample = WarmUp.sample();
        try {
            Cipherer.SealedRow sealed = keys.cipherer.sealEntry(sample, 1);
            Cipherer.EntryRow row = new Cipherer.EntryRow(sample.id().toString(), 1, sealed.nonce(), sealed.ciphertext());
            keys.cipherer.openEntry(keys.cipherer.decryptor(), row).wipeSecrets();
            keys.cipherer.sealEvent(1, new ActivityEvent(1, Instant.now(), EventType.GET, sample.id(), 1, "secret"));
            keys.setMac.toggle(SetMac.emptyTag(), row.id().getBytes(StandardCharsets.UTF_8), 1);
            keys.chain(SetMacRecord.NO_EVENTS, 1, sealed.nonce(), sealed.ciphertext());
            keys.labelTag(sample.label());
        } finally {
            sample.wipeSecrets();
            keys.wipe();
        }
    }
}
