package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.Messages;
import dev.apikeep.vault.BackupFiles;
import dev.apikeep.vault.PrivateFiles;
import dev.apikeep.vault.Vault;
import dev.apikeep.vault.VaultException;
import dev.apikeep.vault.VaultException.Kind;
import dev.apikeep.vault.VaultLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Dated copies of the vault file beside it ({@link BackupFiles} names them), made with SQLite's
 * {@code VACUUM INTO}: the same encrypted file, nothing decrypted. Keeps the newest {@code keep}
 * and deletes older ones; restores one after saving the current file as a backup first, so a
 * restore can itself be undone.
 *
 * <p>Not thread-safe: the GUI calls it on its one background thread.
 */
public final class BackupService {

    private static final System.Logger LOG = System.getLogger(BackupService.class.getName());
    /** The activity-log detail of a restore (data in the vault, not text of this language). */
    private static final String RESTORE_DETAIL = "restored ";
    private static final String RESTORE_SAVED_DETAIL = "; the vault before it was saved as ";
    /** The advice the vault's own messages end with, matched to drop it (it reads oddly about a backup). */
    private static final List<String> VAULT_ADVICE = List.of("; restore a backup", "; open it read-only");

    private final Path vaultFile;
    private final Clock clock;
    private final int keep;

    /** @param keep how many backups to keep (at least 1) */
    public BackupService(Path vaultFile, Clock clock, int keep) {
        this.vaultFile = vaultFile.toAbsolutePath();
        this.clock = clock;
        this.keep = Math.max(1, keep);
    }

    /** One backup on disk. {@code reason} is "" for scheduled and manual ones, else e.g. "before-restore". */
    public record Backup(Path file, Instant createdAt, long size, String reason) {
        public String name() {
            return file.getFileName().toString();
        }
    }

    /** What a restore did: the backup that is now the vault, and where the vault as it was went. */
    public record Restored(Backup restored, Path previousVaultSavedAs) {
    }

    public int keep() {
        return keep;
    }

    /** The vault's backups, newest first. */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        for (BackupFiles.Info info : BackupFiles.list(vaultFile)) {
            long size;
            try {
                size = Files.size(info.file());
            } catch (IOException gone) {
                continue; // deleted meanwhile
            }
            backups.add(new Backup(info.file(), info.createdAt(), size, info.reason()));
        }
        return backups;
    }

    /** Backs up the open vault now, logs BACKUP in it, and deletes backups beyond the newest {@code keep}. */
    public Backup backupNow(KeyService service) {
        Path target = BackupFiles.newName(vaultFile, clock.instant(), "");
        // KeyService's methods hold its monitor: no write of the GUI or a timer runs during the copy.
        synchronized (service) {
            service.vault().backupTo(target);
            if (!service.isReadOnly()) service.recordEvent(EventType.BACKUP, target.getFileName().toString());
        }
        prune();
        return describe(target);
    }

    /**
     * The schedule: backs up when {@code everyDays} is on (> 0) and the newest backup is at least
     * that old, or there is none. Checked at unlock and once a day while the vault is open.
     */
    public Optional<Backup> backupIfDue(KeyService service, Instant now, int everyDays) {
        return isDue(now, everyDays) ? Optional.of(backupNow(service)) : Optional.empty();
    }

    /**
     * The automatic backup: {@link #backupIfDue} now and then every {@code checkEvery} on
     * {@code scheduler} (the vault's one background thread), while {@code stillOpen} says the vault
     * is still unlocked. A failed backup never takes the vault down: it is logged, and the Backups
     * list shows what exists. Cancel the returned task when the vault locks.
     */
    public ScheduledFuture<?> schedule(ScheduledExecutorService scheduler, KeyService service, int everyDays,
                                       Duration checkEvery, java.util.function.BooleanSupplier stillOpen) {
        long millis = checkEvery.toMillis();
        return scheduler.scheduleWithFixedDelay(() -> {
            if (!stillOpen.getAsBoolean()) return;
            try {
                backupIfDue(service, clock.instant(), everyDays);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the scheduled backup failed: " + e.getMessage());
            }
        }, 0, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * True when {@link #backupIfDue} would make a backup at {@code now}: no backup of this vault is
     * from the last {@code everyDays} days. A name with a time after {@code now} (made while the
     * clock was wrong, or copied in) does not count as recent, or it would stop the schedule until then.
     */
    public boolean isDue(Instant now, int everyDays) {
        if (everyDays <= 0) return false;
        Instant cutoff = now.minus(Duration.ofDays(everyDays));
        return list().stream().map(Backup::createdAt).noneMatch(t -> t.isAfter(cutoff) && !t.isAfter(now));
    }

    /**
     * Newest first by the time in the name, those dated after {@code now} last: a future name says
     * nothing true about its age, and must not keep a slot that a real, newer backup needs.
     */
    private List<Backup> newestFirst(Instant now) {
        List<Backup> all = new ArrayList<>(list());
        all.sort(java.util.Comparator.comparing((Backup b) -> b.createdAt().isAfter(now))
                .thenComparing(Backup::createdAt, java.util.Comparator.reverseOrder()));
        return all;
    }

    /** Deletes the backups beyond the newest {@code keep} (future-dated ones count as the oldest); returns the ones deleted. */
    public List<Backup> prune() {
        List<Backup> all = newestFirst(clock.instant());
        List<Backup> deleted = new ArrayList<>();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                deleted.add(old);
            } catch (IOException e) {
                // try again next time; a backup left over is not a risk
                LOG.log(System.Logger.Level.WARNING, "could not delete the old backup " + old.name() + ": " + e.getMessage());
            }
        }
        return deleted;
    }

    /**
     * Puts {@code backup} in place of the vault file. The vault must not be open (the GUI closes it
     * and its window lock first; this takes the lock itself for the duration).
     *
     * <ol>
     *   <li>copies the backup to a hidden staging file beside the vault and checks that copy fully:
     *       SQLite's structure check, the master password it was made with, the set-MAC, every
     *       entry decrypts. A damaged backup or a wrong password is refused and nothing changes;</li>
     *   <li>logs RESTORE in the staging copy;</li>
     *   <li>saves the current vault as a {@code .before-restore} backup (so the restore can be undone);</li>
     *   <li>renames the staging copy over the vault file: atomic, so a crash leaves one or the other.</li>
     * </ol>
     *
     * @param password the master password the backup was made with (wiped by the caller)
     */
    public Restored restore(Backup backup, char[] password) {
        return Failures.guard(() -> restoreChecked(backup, password));
    }

    private Restored restoreChecked(Backup backup, char[] password) {
        Path source = backup.file();
        if (BackupFiles.parse(vaultFile, source.toAbsolutePath()).isEmpty() || !Files.isRegularFile(source)) {
            throw new InvalidInputException(Messages.format("backup.notOurs", source.getFileName()));
        }
        try (VaultLock lock = VaultLock.acquire(vaultFile)) {
            Path staging = vaultFile.resolveSibling("." + vaultFile.getFileName() + ".restoring");
            try {
                PrivateFiles.writeAtomically(staging, PrivateFiles.copyOf(source));
                Path savedAs = BackupFiles.newName(vaultFile, clock.instant(), "before-restore");
                checkAndLog(staging, password, backup, savedAs);
                if (Files.exists(vaultFile)) saveCurrent(savedAs);
                PrivateFiles.moveAtomically(staging, vaultFile);
                prune();
                return new Restored(backup, Files.exists(savedAs) ? savedAs : null);
            } catch (IOException e) {
                throw new VaultException(Kind.IO, Messages.format("backup.ioFailed", backup.name(), e.getMessage()), e);
            } finally {
                deleteQuietly(staging);
                // an older-format backup is upgraded when checked; its own pre-upgrade copy is the backup itself
                BackupFiles.list(staging).forEach(leftover -> deleteQuietly(leftover.file()));
            }
        }
    }

    private void checkAndLog(Path staging, char[] password, Backup backup, Path savedAs) {
        String name = backup.name();
        try (Vault copy = Vault.open(staging, password, Vault.Access.NORMAL)) {
            copy.checkStructure();
            copy.entries().forEach(ApiKeyEntry::wipeSecrets);
            copy.events(0);
            if (copy.isReadOnly() || !copy.damagedEntries().isEmpty()) {
                throw new VaultException(Kind.DAMAGED,
                        Messages.format("backup.damagedEntries", name, String.valueOf(copy.damagedEntries().size())));
            }
            copy.write(tx -> tx.log(EventType.RESTORE, null, 0, RESTORE_DETAIL + name
                    + (Files.exists(vaultFile) ? RESTORE_SAVED_DETAIL + savedAs.getFileName() : "")));
        } catch (VaultException e) {
            throw refused(e, name);
        }
    }

    private static VaultException refused(VaultException e, String name) {
        return switch (e.kind()) {
            case WRONG_PASSWORD -> new VaultException(Kind.WRONG_PASSWORD, Messages.format("backup.wrongPassword", name), e);
            case DAMAGED, NOT_A_VAULT -> new VaultException(Kind.DAMAGED,
                    Messages.format("backup.notAVault", name, stripAdvice(e.getMessage())), e);
            default -> new VaultException(e.kind(), Messages.format("backup.failed", name, e.getMessage()), e);
        };
    }

    /** Vault messages end with advice such as "; restore a backup", which reads oddly about a backup. */
    private static String stripAdvice(String message) {
        String text = message == null ? "" : message;
        for (String advice : VAULT_ADVICE) {
            int at = text.indexOf(advice);
            if (at >= 0) text = text.substring(0, at);
        }
        return text;
    }

    /** The vault as it is now becomes a backup: a SQLite copy if it reads, the raw bytes if it is too damaged to. */
    private void saveCurrent(Path savedAs) throws IOException {
        try {
            Vault.backupClosed(vaultFile, savedAs);
        } catch (VaultException unreadable) {
            PrivateFiles.writeAtomically(savedAs, PrivateFiles.copyOf(vaultFile));
        }
    }

    private Backup describe(Path file) {
        BackupFiles.Info info = BackupFiles.parse(vaultFile, file).orElseThrow();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        return new Backup(file, info.createdAt(), size, info.reason());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException ignored) {
            // a hidden leftover is replaced on the next restore
        }
    }
}
