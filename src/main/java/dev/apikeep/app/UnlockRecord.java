package dev.apikeep.app;

import dev.apikeep.domain.EventType;
import java.time.Clock;
import java.util.Optional;

/**
 * What an unlock records and remembers: the {@code unlock} event (with the wrong passwords typed
 * before it, then reset), the backup a format upgrade made, and this machine's memory of the
 * vault's write generation, which tells a vault put back from an older copy, and of the header that
 * unlocked it, which tells an edited header from a wrong password ({@link SeenVaults}).
 */
final class UnlockRecord {
    /** The activity-log detail of the backup made before a format upgrade, after its file name (data in the vault). */
    private static final String MIGRATION_DETAIL = " (before upgrading the file format)";
    private final GuardedVault vault;
    private final Clock clock;
    private SeenVaults seen;
    private FailedUnlocks failedBefore;
    private String rollbackWarning;

    UnlockRecord(GuardedVault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Compares with the generation last seen here, logs the unlock and remembers the generation.
     * A full disk does not lock the user out of their keys: reading needs no space, and the next
     * write reports the full disk where the user can act on it.
     */
    void unlocked(SeenVaults seenHere) {
        try {
            compareWithLastSeen(seenHere);
            logUnlock();
            seen = seenHere;
            rememberSeen();
        } catch (AppException e) {
            if (e.kind() != AppException.Kind.DISK_FULL) throw e;
            log().log(System.Logger.Level.WARNING, "the unlock was not logged: " + e.getMessage());
        }
    }

    /**
     * A whole vault file put back from a backup or copied back is intact in itself; this machine's
     * memory of the newest generation it saw tells it is older. A warning, never a refusal: restoring
     * a backup on purpose is legitimate.
     */
    private void compareWithLastSeen(SeenVaults seenHere) {
        try {
            rollbackWarning = seenHere.compare(vault.vaultId(), vault.generation(),
                    vault.newestEventTime().orElse(null)).orElse(null);
        } catch (AppException unreadableRecord) {
            // a damaged vault open to rescue: the damage report says more than this could
            log().log(System.Logger.Level.DEBUG, "no rollback check: " + unreadableRecord.getMessage());
        }
    }

    /**
     * At unlock, after a password change or rekey, and at lock: the generation this machine has now
     * seen (the writes in between raise it) and the header that opens the vault now.
     */
    void rememberSeen() {
        if (seen == null) return;
        try {
            seen.remember(vault.kdfHeader(), vault.generation(), vault.file(), clock.instant());
        } catch (AppException unreadableRecord) {
            log().log(System.Logger.Level.DEBUG, "the write generation was not remembered: " + unreadableRecord.getMessage());
        }
    }

    private void logUnlock() {
        if (vault.isReadOnly()) return;
        Optional<FailedUnlocks> failed = vault.failedUnlocks().map(FailedUnlocks::of);
        vault.write(tx -> {
            failed.ifPresent(f -> {
                tx.log(EventType.UNLOCK_FAILED, null, 0, f.describe());
                tx.clearFailedUnlocks();
            });
            return tx.log(EventType.UNLOCK, null, 0, "");
        });
        failedBefore = failed.orElse(null);
        vault.migrationBackup().ifPresent(backup -> vault.write(tx -> tx.log(EventType.BACKUP, null, 0,
                backup.getFileName() + MIGRATION_DETAIL)));
    }

    Optional<FailedUnlocks> failedBefore() {
        return Optional.ofNullable(failedBefore);
    }

    Optional<String> rollbackWarning() {
        return Optional.ofNullable(rollbackWarning);
    }

    /** Looked up when something is logged: the first System.getLogger sets up java.util.logging (a cold command's time). */
    private static System.Logger log() {
        return System.getLogger(UnlockRecord.class.getName());
    }
}
