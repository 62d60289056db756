package dev.apikeep.app;

import dev.apikeep.domain.EventType;
import dev.apikeep.domain.Messages;

/**
 * The master password of the open vault: changing it (and/or the KDF cost), and moving everything
 * to a fresh data key (rekey, see {@code Vault.rekey}). Neither password is wiped here: the caller
 * owns them. Callers hold {@link KeyService}'s monitor. The new header (new salt, maybe new KDF
 * settings) is remembered on this machine as soon as it is committed ({@link UnlockRecord#rememberSeen}),
 * not only at lock: the header remembered before no longer opens the newly wrapped key, so until
 * then a later edit of the header would read as a wrong password again.
 */
final class MasterPassword {
    private final GuardedVault vault;
    private final UnlockRecord remembered;

    MasterPassword(GuardedVault vault, UnlockRecord remembered) {
        this.vault = vault;
        this.remembered = remembered;
    }

    /** Refused with {@link AppException.Kind#WRONG_PASSWORD}, nothing changed, when {@code current} is wrong. */
    void change(char[] current, char[] newPassword, KdfSettings kdf) {
        if (!vault.verifyPassword(current)) {
            throw new AppException(AppException.Kind.WRONG_PASSWORD, Messages.get("password.currentWrong"));
        }
        change(newPassword, kdf);
    }

    void change(char[] newPassword, KdfSettings kdf) {
        vault.changePassword(newPassword, kdf.params());
        vault.write(tx -> tx.log(EventType.PASSWORD_CHANGED, null, 0, kdf.toString()));
        remembered.rememberSeen();
    }

    void rekey(char[] password) {
        vault.rekey(password);
        remembered.rememberSeen();
    }
}
