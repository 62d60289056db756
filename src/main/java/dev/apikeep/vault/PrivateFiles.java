package dev.apikeep.vault;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and folders only the owner can read: 0600 and 0700 where the file system knows POSIX modes. */
public final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    public static Path createFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, mode("rw-------")) : Files.createFile(file);
    }

    public static Path createDirectories(Path dir) throws IOException {
        return POSIX ? Files.createDirectories(dir, mode("rwx------")) : Files.createDirectories(dir);
    }

    /** Sets mode 0600 on an existing file (no-op where there are no POSIX modes). */
    public static void restrict(Path file) throws IOException {
        if (POSIX) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    public static Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
        return Files.getPosixFilePermissions(file);
    }

    private static FileAttribute<Set<PosixFilePermission>> mode(String mode) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode));
    }
}
