package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VACUUM INTO backups: the same encrypted vault, private, and one before any schema migration. */
class VaultBackupTest {
    @TempDir Path dir;

    @Test
    void aBackupOpensWithTheSamePasswordAndHoldsTheSameEntriesAndLog() throws Exception {
        Path file = dir.resolve("vault.apikeep");
        Path backup = dir.resolve("vault.apikeep.backup-20261126T103000Z");
        List<ApiKeyEntry> before;
        try (Vault vault = create(file)) {
            add(vault, entry("grid bot"));
            add(vault, entry("tracker"));
            before = vault.entries();
            vault.backupTo(backup);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".partial"));
        // the copy is ciphertext: no label or secret in its bytes
        String bytes = new String(Files.readAllBytes(backup), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("grid bot").doesNotContain("secret-tracker");
        try (Vault copy = open(backup)) {
            assertThat(copy.entries()).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(before);
            assertThat(copy.events(0)).hasSize(2);
            assertThat(copy.verify().intact()).isTrue();
        }
    }

    @Test
    void backupRefusesToOverwriteAnExistingFile() throws Exception {
        Path file = dir.resolve("vault.apikeep");
        Path backup = dir.resolve("existing");
        Files.writeString(backup, "mine");
        try (Vault vault = create(file)) {
            assertThat(VaultFixtures.kindOf(() -> vault.backupTo(backup))).isEqualTo(VaultException.Kind.ALREADY_EXISTS);
        }
        assertThat(Files.readString(backup)).isEqualTo("mine");
    }

    @Test
    void namesSortNewestFirstAndIgnoreOtherFiles() throws Exception {
        Path file = dir.resolve("vault.apikeep");
        Instant t = Instant.parse("2026-11-26T10:30:00Z");
        Path first = BackupFiles.newName(file, t, "");
        assertThat(first.getFileName().toString()).isEqualTo("vault.apikeep.backup-20261126T103000Z");
        Files.createFile(first);
        Path second = BackupFiles.newName(file, t, "before-restore");
        Files.createFile(second);
        assertThat(second.getFileName().toString()).isEqualTo("vault.apikeep.backup-20261126T103000Z-2.before-restore");
        Path third = BackupFiles.newName(file, t, "");
        assertThat(third.getFileName().toString()).isEqualTo("vault.apikeep.backup-20261126T103000Z-3");
        Files.createFile(third);
        Files.createFile(dir.resolve("vault.apikeep.lock"));
        Files.createFile(dir.resolve(".vault.apikeep.backup-20261126T103000Z.partial"));
        Files.createFile(dir.resolve("other.apikeep.backup-20261126T103000Z"));
        Files.createFile(dir.resolve("vault.apikeep.backup-garbage"));
        Path older = BackupFiles.newName(file, t.minusSeconds(86400), "");
        Files.createFile(older);

        assertThat(BackupFiles.list(file)).extracting(i -> i.file().getFileName().toString()).containsExactly(
                "vault.apikeep.backup-20261126T103000Z-3", "vault.apikeep.backup-20261126T103000Z-2.before-restore",
                "vault.apikeep.backup-20261126T103000Z", "vault.apikeep.backup-20261125T103000Z");
    }
}
