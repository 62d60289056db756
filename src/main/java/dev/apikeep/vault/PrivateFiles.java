package dev.apikeep.vault;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * Writes {@code bytes} to {@code target} with mode 0600: first to a hidden file beside it, then
     * moved into place, so the file is never readable by others and never half-written. Replaces an
     * existing target; callers that must not overwrite check first.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path partial = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            createFile(partial);
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
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
