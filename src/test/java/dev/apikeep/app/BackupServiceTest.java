package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import dev.apikeep.vault.VaultLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    private static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    private static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    private static final Instant T0 = Instant.parse("2026-11-26T10:30:00Z");
    private static final String PW = "tulip ankle oxide mercy";
    @TempDir Path dir;

    /** A clock the test moves forward, so every backup gets its own time in its name. */
    static final class MovingClock extends Clock {
        Instant now = T0;
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    final MovingClock clock = new MovingClock();

    Path vault() {
        return dir.resolve("vault.apikeep");
    }

    KeyService create() {
        return KeyService.create(vault(), PW.toCharArray(), FAST, CATALOG, clock);
    }

    KeyService open(Path file) {
        return KeyService.open(file, PW.toCharArray(), Vault.Access.NORMAL, CATALOG, clock);
    }

    static ApiKeyEntry key(String label) {
        return ApiKeyEntry.builder().exchangeId("binance").label(label).permissions(List.of("reading"))
                .apiKey(SecretBytes.of("key-" + label + "-0123456789")).secret(SecretBytes.of("secret-" + label)).build();
    }

    @Test
    void backupNowMakesAPrivateCopyThatOpensWithTheSamePasswordAndLogsIt() throws Exception {
        BackupService backups = new BackupService(vault(), clock, 10);
        List<ApiKeyEntry> before;
        try (KeyService service = create()) {
            service.add(key("Grid bot"));
            service.add(key("Tracker"));
            before = service.list(true);
            BackupService.Backup made = backups.backupNow(service);
            assertThat(made.name()).isEqualTo("vault.apikeep.backup-20261126T103000Z");
            assertThat(made.createdAt()).isEqualTo(T0);
            assertThat(made.size()).isEqualTo(Files.size(made.file())).isPositive();
            assertThat(made.reason()).isEmpty();
            assertThat(service.events(0)).extracting(ActivityEvent::type).endsWith(EventType.BACKUP);
            assertThat(service.events(0).get(service.events(0).size() - 1).detail()).isEqualTo(made.name());
        }
        BackupService.Backup only = backups.list().get(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(only.file()))).isEqualTo("rw-------");
        try (KeyService copy = open(only.file())) {
            assertThat(copy.list(true)).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(before);
            assertThat(copy.check().ok()).isTrue();
        }
    }

    @Test
    void rotationKeepsTheNewestN() {
        BackupService backups = new BackupService(vault(), clock, 3);
        try (KeyService service = create()) {
            for (int i = 0; i < 5; i++) {
                backups.backupNow(service);
                clock.advance(Duration.ofDays(1));
            }
        }
        assertThat(backups.list()).extracting(BackupService.Backup::createdAt)
                .containsExactly(T0.plus(Duration.ofDays(4)), T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(2)));
    }

    @Test
    void theScheduleBacksUpOnlyWhenTheNewestIsOldEnoughAndNeverWhenOff() {
        BackupService backups = new BackupService(vault(), clock, 10);
        try (KeyService service = create()) {
            assertThat(backups.backupIfDue(service, clock.instant(), 0)).isEmpty();
            assertThat(backups.backupIfDue(service, clock.instant(), 7)).isPresent(); // none yet
            clock.advance(Duration.ofDays(6));
            assertThat(backups.isDue(clock.instant(), 7)).isFalse();
            assertThat(backups.backupIfDue(service, clock.instant(), 7)).isEmpty();
            clock.advance(Duration.ofDays(1));
            assertThat(backups.isDue(clock.instant(), 7)).isTrue();
            assertThat(backups.backupIfDue(service, clock.instant(), 7)).isPresent();
        }
        assertThat(backups.list()).hasSize(2);
    }

    /** A clock that was once set years ahead, or a backup copied in from elsewhere, leaves a name from the future. */
    @Test
    void aBackupNamedWithAFutureTimeDoesNotStopTheScheduleNorTakeTheNewestSlot() throws Exception {
        BackupService backups = new BackupService(vault(), clock, 1);
        try (KeyService service = create()) {
            BackupService.Backup first = backups.backupNow(service);
            Path future = dev.apikeep.vault.BackupFiles.newName(vault(), T0.plus(Duration.ofDays(400)), "");
            Files.copy(first.file(), future);

            clock.advance(Duration.ofDays(8));
            assertThat(backups.isDue(clock.instant(), 7)).isTrue();
            BackupService.Backup made = backups.backupIfDue(service, clock.instant(), 7).orElseThrow();

            assertThat(made.file()).as("the new backup is kept, the one from the future pruned").exists();
            assertThat(future).doesNotExist();
            clock.advance(Duration.ofDays(1));
            assertThat(backups.isDue(clock.instant(), 7)).isFalse();
        }
    }

    @Test
    void theScheduledTaskBacksUpAtOnceButNotOnceTheVaultIsLocked() throws Exception {
        BackupService backups = new BackupService(vault(), clock, 10);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (KeyService service = create()) {
            backups.schedule(scheduler, service, 7, Duration.ofHours(1), () -> false);
            scheduler.submit(() -> { }).get(10, TimeUnit.SECONDS); // after the first run
            assertThat(backups.list()).as("locked meanwhile: no backup").isEmpty();
            backups.schedule(scheduler, service, 7, Duration.ofHours(1), () -> true);
            scheduler.submit(() -> { }).get(10, TimeUnit.SECONDS);
            assertThat(backups.list()).hasSize(1);
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void restorePutsTheBackupBackAndKeepsTheCurrentFileAsABackup() {
        BackupService backups = new BackupService(vault(), clock, 10);
        BackupService.Backup early;
        try (KeyService service = create()) {
            service.add(key("Grid bot"));
            early = backups.backupNow(service);
            clock.advance(Duration.ofHours(1));
            service.add(key("Added later"));
        }
        clock.advance(Duration.ofHours(1));
        BackupService.Restored restored = backups.restore(early, PW.toCharArray());

        try (KeyService service = open(vault())) {
            assertThat(service.list(true)).extracting(ApiKeyEntry::label).containsExactly("Grid bot");
            ActivityEvent restoreEvent = service.events(0).stream().filter(e -> e.type() == EventType.RESTORE).findFirst().orElseThrow();
            assertThat(restoreEvent.detail()).contains(early.name()).contains(restored.previousVaultSavedAs().getFileName().toString());
        }
        // undo: the vault as it was is a backup of its own, and restoring it brings "Added later" back
        BackupService.Backup previous = backups.list().stream()
                .filter(b -> b.file().equals(restored.previousVaultSavedAs())).findFirst().orElseThrow();
        assertThat(previous.reason()).isEqualTo("before-restore");
        backups.restore(previous, PW.toCharArray());
        try (KeyService service = open(vault())) {
            assertThat(service.list(true)).extracting(ApiKeyEntry::label).containsExactly("Added later", "Grid bot");
        }
        assertThat(dir.toFile().list()).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void aDamagedBackupIsRefusedAndTheVaultIsUnchanged() throws Exception {
        BackupService backups = new BackupService(vault(), clock, 10);
        BackupService.Backup backup;
        try (KeyService service = create()) {
            service.add(key("Grid bot"));
            backup = backups.backupNow(service);
        }
        byte[] bytes = Files.readAllBytes(backup.file());
        Files.write(backup.file(), java.util.Arrays.copyOf(bytes, bytes.length / 2)); // truncated
        byte[] vaultBefore = Files.readAllBytes(vault());
        Files.deleteIfExists(dir.resolve("vault.apikeep.lock"));
        List<String> filesBefore = List.of(dir.toFile().list());

        assertThatThrownBy(() -> backups.restore(backup, PW.toCharArray()))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("the backup " + backup.name() + " is damaged")
                .hasMessageContaining("nothing was restored and your vault is unchanged");

        assertThat(MessageDigest.isEqual(Files.readAllBytes(vault()), vaultBefore)).isTrue();
        // no before-restore copy, no staging file left (the window lock file is expected)
        assertThat(dir.toFile().list()).filteredOn(name -> !name.endsWith(".lock")).containsExactlyInAnyOrderElementsOf(filesBefore);
    }

    @Test
    void aTamperedEntryInTheBackupIsRefusedToo() throws Exception {
        BackupService backups = new BackupService(vault(), clock, 10);
        BackupService.Backup backup;
        try (KeyService service = create()) {
            service.add(key("Grid bot"));
            backup = backups.backupNow(service);
        }
        // the file stays valid SQLite, but the entry no longer decrypts
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup.file());
             java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE entries SET ciphertext = zeroblob(length(ciphertext))");
        }
        byte[] vaultBefore = Files.readAllBytes(vault());
        assertThatThrownBy(() -> backups.restore(backup, PW.toCharArray()))
                .isInstanceOf(AppException.class).hasMessageContaining("damaged").hasMessageContaining("unchanged");
        assertThat(Files.readAllBytes(vault())).isEqualTo(vaultBefore);
    }

    @Test
    void aWrongPasswordForTheBackupIsRefusedWithAHintAboutOldPasswords() throws Exception {
        BackupService backups = new BackupService(vault(), clock, 10);
        BackupService.Backup backup;
        try (KeyService service = create()) {
            backup = backups.backupNow(service);
        }
        byte[] vaultBefore = Files.readAllBytes(vault());
        assertThatThrownBy(() -> backups.restore(backup, "not it".toCharArray()))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("does not open with that password")
                .hasMessageContaining("unchanged");
        assertThat(Files.readAllBytes(vault())).isEqualTo(vaultBefore);
    }

    @Test
    void restoreIsRefusedWhileAWindowHasTheVaultOpen() throws Exception {
        BackupService backups = new BackupService(vault(), clock, 10);
        BackupService.Backup backup;
        try (KeyService service = create()) {
            backup = backups.backupNow(service);
        }
        try (VaultLock window = VaultLock.acquire(vault())) {
            assertThatThrownBy(() -> backups.restore(backup, PW.toCharArray()))
                    .isInstanceOf(AppException.class).hasMessageContaining("already open");
        }
    }

    @Test
    void aFileThatIsNotOneOfThisVaultsBackupsIsRefused() throws Exception {
        BackupService backups = new BackupService(vault(), clock, 10);
        try (KeyService service = create()) {
            service.add(key("x"));
        }
        Path stranger = dir.resolve("other.apikeep");
        Files.copy(vault(), stranger);
        assertThatThrownBy(() -> backups.restore(new BackupService.Backup(stranger, T0, 1, ""), PW.toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of this vault's backups");
    }
}
