package dev.apikeep.ui.unlock;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.Settings;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.vault.Vault;
import dev.apikeep.vault.VaultLock;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * The slow part of unlocking and creating (the KDF, ~0.5 s), run on the background thread. Takes the
 * window lock first so a second window on the same vault is refused before any password work, and
 * releases it again if opening fails. Wipes the password it was given.
 */
public final class VaultOpener {
    private VaultOpener() {
    }

    /** An opened vault with its window lock and settings. */
    public record Opened(KeyService service, VaultLock lock, Settings settings) {
    }

    public static Opened open(Path file, char[] password, Vault.Access access, ExchangeCatalog catalog, Clock clock) {
        VaultLock lock = null;
        try {
            lock = VaultLock.acquire(file);
            KeyService service = KeyService.open(file, password, access, catalog, clock);
            return new Opened(service, lock, service.settings());
        } catch (RuntimeException e) {
            if (lock != null) lock.close();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public static Opened create(Path file, char[] password, KdfParams kdf, ExchangeCatalog catalog, Clock clock) {
        KeyService service = null;
        try {
            service = KeyService.create(file, password, kdf, catalog, clock);
            VaultLock lock = VaultLock.acquire(file);
            return new Opened(service, lock, service.settings());
        } catch (RuntimeException e) {
            if (service != null) service.close();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
