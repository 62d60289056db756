package dev.apikeep.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
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

    private static final Set<OpenOption> EXCLUSIVE = Set.of(
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);

    private PrivateFiles() {
    }

    public static Path createFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, mode("rw-------")) : Files.createFile(file);
    }

    public static Path createDirectories(Path dir) throws IOException {
        return POSIX ? Files.createDirectories(dir, mode("rwx------")) : Files.createDirectories(dir);
    }

    /** Makes written bytes durable. The real one asks the disk; a test may record the order of calls. */
    public interface Durability {
        /** Data and metadata of the open file reach the disk ({@code fsync}). */
        void syncFile(FileChannel file) throws IOException;

        /** The directory entry of a rename or new file reaches the disk. */
        void syncDirectory(Path dir);
    }

    /** {@code fsync} on the file, and on the directory where the platform can open one (not Windows). */
    public static final Durability FSYNC = new Durability() {
        @Override
        public void syncFile(FileChannel file) throws IOException {
            file.force(true);
        }

        @Override
        public void syncDirectory(Path dir) {
            try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | UnsupportedOperationException notSupported) {
                // best effort: Windows cannot open a directory, and its renames are durable anyway
            }
        }
    };

    /**
     * Writes {@code bytes} to {@code target} with mode 0600, durably and atomically: into a hidden
     * file beside it, created exclusively at 0600 ({@code O_CREAT|O_EXCL}, so a symbolic link planted
     * at that name is never followed) and synced, then renamed over the target (which replaces a link
     * there rather than writing through it), then the directory synced. A crash leaves the old file or
     * the new one, never half of either, and the file is never readable by others.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, bytes, FSYNC);
    }

    public static void writeAtomically(Path target, byte[] bytes, Durability durability) throws IOException {
        writeAtomically(target, (partial, channel) -> {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) channel.write(buffer);
        }, durability);
    }

    /** Fills the new private file: through {@code channel}, or by its name (SQLite's {@code VACUUM INTO}). */
    @FunctionalInterface
    public interface Filler {
        void fill(Path partial, FileChannel channel) throws Exception;
    }

    /** A byte-for-byte copy of {@code source}. */
    public static Filler copyOf(Path source) {
        return (partial, channel) -> {
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
                long size = in.size();
                for (long done = 0; done < size; ) done += in.transferTo(done, size - done, channel);
            }
        };
    }

    /**
     * As above, with what {@code filler} writes: the one way this program puts a private file on disk
     * (exports, injected configs, backups, the copy a restore stages). A checked exception of the
     * filler (e.g. SQLite's) arrives as an {@link IOException} with the same message.
     */
    public static void writeAtomically(Path target, Filler filler) throws IOException {
        writeAtomically(target, filler, FSYNC);
    }

    public static void writeAtomically(Path target, Filler filler, Durability durability) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        try {
            try (FileChannel channel = createExclusively(partial)) {
                filler.fill(partial, channel);
                durability.syncFile(channel);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            durability.syncDirectory(absolute.getParent());
        } catch (IOException | RuntimeException e) {
            deleteLeftovers(partial);
            throw e;
        } catch (Exception e) {
            deleteLeftovers(partial);
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The partial file, and the journal SQLite may have left beside it. */
    private static void deleteLeftovers(Path partial) throws IOException {
        Files.deleteIfExists(partial);
        Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + "-journal"));
    }

    /** Renames {@code from} over {@code to} atomically and makes the rename durable. */
    public static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        FSYNC.syncDirectory(to.toAbsolutePath().getParent());
    }

    /**
     * A new private file open for writing. Something already at the name (a leftover of a crash, or a
     * link someone planted) is removed, the link itself and never what it points to, and the
     * exclusive create tried once more.
     */
    private static FileChannel createExclusively(Path file) throws IOException {
        try {
            return FileChannel.open(file, EXCLUSIVE, privateMode());
        } catch (FileAlreadyExistsException leftover) {
            Files.delete(file);
            return FileChannel.open(file, EXCLUSIVE, privateMode());
        }
    }

    static FileAttribute<?>[] privateMode() {
        return POSIX ? new FileAttribute<?>[] {mode("rw-------")} : new FileAttribute<?>[0];
    }

    /** Sets mode 0600 on an existing file (no-op where there are no POSIX modes). */
    public static void restrict(Path file) throws IOException {
        if (POSIX) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static FileAttribute<Set<PosixFilePermission>> mode(String mode) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode));
    }
}
