package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer of private files: complete or absent, 0600, on disk, never through a planted link. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    }

    @Test
    void theFileIsWrittenWholeWithMode0600AndNothingIsLeftBeside() throws IOException {
        Path target = dir.resolve("bundle.apikeep-export");
        Files.writeString(target, "the old content, longer than the new one");
        PrivateFiles.writeAtomically(target, "new".getBytes());
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }

    @Test
    void theTemporaryFileIsCreatedAt0600AndSyncedBeforeTheRenameThenTheDirectory() throws IOException {
        Path target = dir.resolve("out.env");
        Path partial = dir.resolve(".out.env.partial");
        List<String> steps = new ArrayList<>();
        PrivateFiles.writeAtomically(target, "A=1\n".getBytes(), new PrivateFiles.Durability() {
            @Override
            public void syncFile(FileChannel file) throws IOException {
                steps.add("sync file");
                // at the moment of the sync: a regular file, private from its creation, not yet in place
                assertThat(Files.isSymbolicLink(partial)).isFalse();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(partial))).isEqualTo("rw-------");
                assertThat(Files.exists(target)).isFalse();
            }

            @Override
            public void syncDirectory(Path synced) {
                steps.add("sync directory " + synced.getFileName());
                assertThat(target).hasContent("A=1");
            }
        });
        assertThat(steps).containsExactly("sync file", "sync directory " + dir.getFileName());
    }

    @Test
    void aLinkPlantedAtTheTemporaryNameIsNotWrittenThrough() throws IOException {
        Path victim = dir.resolve("victim");
        Files.writeString(victim, "do not touch");
        Path target = dir.resolve("out.env");
        Files.createSymbolicLink(dir.resolve(".out.env.partial"), victim);
        PrivateFiles.writeAtomically(target, "SECRET=1".getBytes());
        assertThat(victim).hasContent("do not touch");
        assertThat(target).hasContent("SECRET=1");
        assertThat(Files.isSymbolicLink(target)).isFalse();
    }

    @Test
    void aLinkAtTheTargetIsReplacedNotFollowed() throws IOException {
        Path victim = dir.resolve("victim");
        Files.writeString(victim, "do not touch");
        Path target = Files.createSymbolicLink(dir.resolve("out.env"), victim);
        PrivateFiles.writeAtomically(target, "SECRET=1".getBytes());
        assertThat(victim).hasContent("do not touch");
        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(target).hasContent("SECRET=1");
    }

    @Test
    void theWindowLockFileIsPrivateEvenWhenAnOlderVersionLeftItOpen() throws IOException {
        Path vault = dir.resolve("vault.apikeep");
        Path lockFile = VaultLock.lockFileOf(vault);
        try (VaultLock ignored = VaultLock.acquire(vault)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lockFile))).isEqualTo("rw-------");
        }
        Files.setPosixFilePermissions(lockFile, PosixFilePermissions.fromString("rw-r--r--"));
        try (VaultLock ignored = VaultLock.acquire(vault)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lockFile))).isEqualTo("rw-------");
        }
    }

    @Test
    void aFillerThatFailsLeavesTheOldFileAndNothingBeside() throws IOException {
        Path target = dir.resolve("vault.apikeep.backup-20261126T103000Z");
        Files.writeString(target, "the old backup");
        assertThatThrownBy(() -> PrivateFiles.writeAtomically(target, (partial, channel) -> {
            channel.write(java.nio.ByteBuffer.wrap("half".getBytes()));
            throw new java.sql.SQLException("disk I/O error");
        })).isInstanceOf(IOException.class).hasMessage("disk I/O error");
        assertThat(target).hasContent("the old backup");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }

    @Test
    void aCopyIsWholePrivateAndSyncedLikeAnyOtherWrite() throws IOException {
        Path source = Files.writeString(dir.resolve("vault.apikeep"), "x".repeat(200_000));
        Path copy = dir.resolve("copy");
        List<String> steps = new ArrayList<>();
        PrivateFiles.writeAtomically(copy, PrivateFiles.copyOf(source), new PrivateFiles.Durability() {
            @Override
            public void syncFile(FileChannel file) throws IOException {
                steps.add("sync file " + file.size());
            }

            @Override
            public void syncDirectory(Path synced) {
                steps.add("sync directory");
            }
        });
        assertThat(Files.mismatch(source, copy)).isEqualTo(-1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        assertThat(steps).containsExactly("sync file 200000", "sync directory");
    }
}
