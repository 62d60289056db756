package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.Messages;
import java.nio.file.Path;

/**
 * Export, the one use case behind the desktop app's Export dialog and {@code apikeep export}: every
 * key (revoked ones too) and the activity log, sealed under a bundle password with the vault's own
 * key-derivation cost, written to a private file, and logged as EXPORT.
 */
public final class Export {
    /** The activity-log detail of an export, between the count and the file (data in the vault). */
    private static final String EXPORT_DETAIL = " keys to ";
    private Export() {
    }

    /**
     * Seals and writes the bundle; returns how many keys went in. The decrypted entries are wiped as
     * soon as they are sealed. Neither password is wiped here: the caller owns it.
     */
    public static int toFile(KeyService keys, char[] bundlePassword, Path target) {
        var content = new ExportBundle.Content(keys.list(true), keys.events(0));
        byte[] bundle;
        try {
            bundle = ExportBundle.seal(content, bundlePassword, keys.kdf().params());
        } finally {
            content.entries().forEach(ApiKeyEntry::wipeSecrets);
        }
        PrivateOutput.write(target, bundle);
        int count = content.entries().size();
        keys.recordEvent(EventType.EXPORT, count + EXPORT_DETAIL + target.getFileName());
        return count;
    }

    /**
     * As {@link #toFile}, after proving the master password again (the desktop app: an unlocked,
     * unattended window must not be enough to take every key away).
     */
    public static int toFileAfterCheck(KeyService keys, char[] masterPassword, char[] bundlePassword, Path target) {
        if (!keys.verifyPassword(masterPassword)) {
            throw new AppException(AppException.Kind.WRONG_PASSWORD, Messages.get("export.masterPasswordWrong"));
        }
        return toFile(keys, bundlePassword, target);
    }
}
