package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.vault.VaultException.Kind;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The master password and the data key of an open vault: proving the password, rewrapping the same
 * data key under a new password or KDF, and moving everything to a fresh data key (rekey). Argon2
 * always runs before {@code BEGIN IMMEDIATE}: with strong parameters it takes seconds, and holding
 * the write lock that long would make the CLI's writes fail with BUSY.
 */
final class KeyChange {
    private final OpenVault vault;
    private final Transactions transactions;

    KeyChange(OpenVault vault, Transactions transactions) {
        this.vault = vault;
        this.transactions = transactions;
    }

    /** Rewraps the same data key: one small transaction, whatever the vault's size. */
    void changePassword(char[] newPassword, KdfParams newKdf) {
        refuseUnsafe(newKdf);
        transactions.refuseIfReadOnly(); // before spending the KDF's time
        VaultHeader newHeader = vault.header.withKdf(newKdf, Aead.randomBytes(16));
        byte[] wrapped = KeyHeader.wrap(newPassword, newHeader, vault.keys.dataKey, vault.kdf);
        transactions.write(tx -> {
            KeyHeader.put(vault.sqlite, newHeader, wrapped, vault.keys);
            return null;
        });
        vault.header = newHeader;
    }

    static void refuseUnsafe(KdfParams kdf) {
        String problem = kdf.problem();
        if (problem != null) throw new VaultException(Kind.IO, "refused: " + problem);
    }

    /** Derives from the header as stored now and compares the unwrapped key with the one held; wipes both copies' traces. */
    boolean verifyPassword(char[] password) {
        byte[] unwrapped;
        try {
            unwrapped = KeyHeader.unwrap(vault.sqlite, KeyHeader.read(vault.sqlite), password, vault.kdf).value();
        } catch (VaultException e) {
            if (e.kind() == Kind.WRONG_PASSWORD) return false;
            throw e;
        }
        try {
            return MessageDigest.isEqual(unwrapped, vault.keys.dataKey);
        } finally {
            Arrays.fill(unwrapped, (byte) 0);
        }
    }

    /** See {@link Vault#rekey}: one transaction, and the open vault switches keys only once it committed. */
    void rekey(char[] password) {
        transactions.refuseIfReadOnly();
        if (!verifyPassword(password)) {
            throw new VaultException(Kind.WRONG_PASSWORD, "wrong master password; nothing was changed");
        }
        byte[] newKey = Aead.randomBytes(32);
        VaultKeys newKeys = new VaultKeys(newKey, vault.header.vaultId());
        VaultHeader newHeader = vault.header.withKdf(vault.header.kdf(), Aead.randomBytes(16));
        boolean committed = false;
        try {
            byte[] wrapped = KeyHeader.wrap(password, newHeader, newKey, vault.kdf);
            transactions.immediate("re-encrypt the vault", () -> {
                long generation = transactions.setMacRecord().generation();
                Reencryption reencryption = Reencryption.run(vault.sqlite, vault.keys, newKeys);
                KeyHeader.put(vault.sqlite, newHeader, wrapped, newKeys);
                reencryption.finish(generation);
                return null;
            });
            committed = true;
        } finally {
            if (!committed) newKeys.wipe();
        }
        vault.switchTo(newKeys, newHeader);
    }
}
