package dev.apikeep.app;

import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultTransaction;
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
    void unlocked(SeenVaults seenHere, Logged logged) {
        try {
            compareWithLastSeen(seenHere);
            seen = seenHere;
            boolean logs = !vault.isReadOnly();   // a damaged vault opened to rescue is never written
            if (logged == Logged.WITH_FIRST_WRITE) {
                if (logs) vault.withNextWrite(this::logUnlock);
                return;   // remembered at close, once, with the generation the command's writes reached
            }
            if (logs) vault.write(tx -> {
                logUnlock(tx);
                return null;
            });
            rememberSeen();
        } catch (AppException e) {
            if (e.kind() != AppException.Kind.DISK_FULL) throw e;
            log().log(System.Logger.Level.WARNING, "the unlock was not logged: " + e.getMessage());
        }
    }

    /**
     * When the unlock event is written. The desktop app writes it at unlock. A command writes it in
     * the transaction of its first write (a get's use event, an add's entry), before that write's own
     * events, or alone when it closes without writing: one durable commit instead of two for a
     * {@code get}, and the log reads the same (issue 15 goal 2; DESIGN.md §6).
     */
    enum Logged { AT_UNLOCK, WITH_FIRST_WRITE }

    /**
     * At close: a command's unlock event if no write carried it (a full disk or a busy file only
     * loses the line: the command's answer is out), then the generation this machine has now seen.
     */
    void closing() {
        try {
            vault.writePending();
        } catch (AppException e) {
            log().log(System.Logger.Level.WARNING, "the unlock was not logged: " + e.getMessage());
        }
        rememberSeen();
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

    /** The wrong passwords typed before (then forgotten), the unlock, and the backup a format upgrade made. */
    private void logUnlock(VaultTransaction tx) {
        Optional<FailedUnlocks> failed = vault.failedUnlocks().map(FailedUnlocks::of);
        failed.ifPresent(f -> {
            tx.log(EventType.UNLOCK_FAILED, null, 0, f.describe());
            tx.clearFailedUnlocks();
        });
        tx.log(EventType.UNLOCK, null, 0, "");
        failedBefore = failed.orElse(null);
        vault.migrationBackup().ifPresent(backup -> tx.log(EventType.BACKUP, null, 0,
                backup.getFileName() + MIGRATION_DETAIL));
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
