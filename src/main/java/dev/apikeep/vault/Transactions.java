package dev.apikeep.vault;

import dev.apikeep.vault.VaultException.Kind;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Every change to the file runs here, in one {@code BEGIN IMMEDIATE} transaction that either
 * commits whole or rolls back whole: the app's writes ({@link #write}, which also updates the
 * set-MAC), the creation of a vault and a rekey ({@link #immediate}).
 */
final class Transactions {
    private final OpenVault vault;

    Transactions(OpenVault vault) {
        this.vault = vault;
    }

    /** Work on the file that may fail with SQLite's own exception. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs the caller's writes and updates the set-MAC with them; refused while the vault is read-only. */
    <T> T write(Function<VaultTransaction, T> work) {
        refuseIfReadOnly();
        return immediate("save", () -> {
            SetMacRecord current = setMacRecord();
            VaultTransaction tx = new VaultTransaction(vault.sqlite, vault.keys, current, vault.integrity.sharesOf(current));
            T result = work.apply(tx);
            if (!tx.changedEntries().isEmpty()) vault.firstRead.forget(); // the unlock's read is not the file any more
            SetMacRecord finished = tx.finishedSetMac();
            Meta.put(vault.sqlite, Meta.SET_MAC, vault.keys.cipherer.sealSetMac(finished));
            SetMacShares shares = tx.finishedShares(finished);
            if (shares != null) Meta.put(vault.sqlite, Meta.SET_MAC_SHARES, vault.keys.cipherer.sealShares(shares));
            else Meta.delete(vault.sqlite, Meta.SET_MAC_SHARES);
            LogCheckpoint checkpoint = vault.integrity.newCheckpoint();
            if (checkpoint != null) Meta.put(vault.sqlite, Meta.LOG_CHECKPOINT, vault.keys.cipherer.sealCheckpoint(checkpoint));
            return result;
        });
    }

    void refuseIfReadOnly() {
        if (vault.readOnly || vault.format < SqliteFile.SCHEMA_VERSION) {
            throw new VaultException(Kind.READ_ONLY, "the vault is open read-only because it is damaged;"
                    + " rescue the readable entries or restore a backup");
        }
    }

    /**
     * {@code BEGIN IMMEDIATE}, the work, {@code COMMIT}. Any failure rolls back, Errors too
     * (AssertionError, StackOverflowError from the caller's work): otherwise the transaction stays
     * open, its half-done writes stay visible and the next write fails.
     */
    <T> T immediate(String action, SqlWork<T> work) {
        try {
            vault.sqlite.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "start writing");
        }
        try {
            T result = work.run();
            vault.sqlite.execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollback();
            throw SqliteFile.translate(e, action);
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
    }

    /** The sealed integrity record as stored now: tag, entry count, generation, chain head. */
    SetMacRecord setMacRecord() {
        byte[] sealed = Meta.get(vault.sqlite, Meta.SET_MAC)
                .orElseThrow(() -> new VaultException(Kind.DAMAGED, "the vault's integrity record is missing"));
        try {
            return vault.keys.cipherer.openSetMac(sealed);
        } catch (VaultException e) {
            if (e.kind() != Kind.DAMAGED || !rekeyedElsewhere()) throw e;
            throw new VaultException(Kind.CHANGED_ELSEWHERE, "another ApiKeep re-encrypted this vault under a new"
                    + " key since it was opened here; nothing was changed: open it again (lock and unlock)", e);
        }
    }

    /**
     * Whether another process re-keyed the vault after this one opened it: its integrity record is
     * then sealed under a key this process does not hold, which is not damage. Every rekey stores a
     * new salt, so the stored salt no longer matches the one read at open.
     */
    private boolean rekeyedElsewhere() {
        return !Arrays.equals(KeyHeader.read(vault.sqlite).salt(), vault.header.salt());
    }

    private void rollback() {
        try {
            vault.sqlite.execute("ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
            // SQLite rolls back on its own after some errors (disk full); nothing more to undo
        }
    }
}
