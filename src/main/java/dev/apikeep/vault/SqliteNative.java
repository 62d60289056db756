package dev.apikeep.vault;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, extracted once per version into the user's cache folder instead of on
 * every start: sqlite-jdbc otherwise copies it (about 1 MB) from the jar into the temp folder, reads
 * both copies back to compare checksums, and deletes it at exit, in every process. An installer's
 * launcher that sets {@code org.sqlite.lib.path} to a copy it ships wins over this.
 */
final class SqliteNative {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean prepared;

    private SqliteNative() {
    }

    /** Points sqlite-jdbc at the cached copy, making it first if needed. Any failure leaves sqlite-jdbc to extract as before. */
    static synchronized void prepare() {
        if (prepared || System.getProperty(PATH_PROPERTY) != null) return;
        prepared = true;
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            // Named by Java's own os.name and os.arch: finding sqlite-jdbc's folder for this platform
            // runs `uname -o` in a new process, which a start with the copy already made skips.
            Path folder = cacheRoot().resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                    .resolve((System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_.-]", "_"));
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library)) {
                URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
                if (resource == null) return; // no library for this platform in the jar: sqlite-jdbc explains
                extract(resource, folder, library);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException e) {
            // read-only home, full disk, odd platform: sqlite-jdbc extracts to the temp folder itself
        }
    }

    /** Writes beside the target and renames, so a process starting meanwhile never loads half a library. */
    private static void extract(URL resource, Path folder, Path library) throws IOException {
        createPrivateFolders(folder);
        Path partial = Files.createTempFile(folder, library.getFileName().toString(), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void createPrivateFolders(Path folder) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** $XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows; then "apikeep". */
    static Path cacheRoot() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) return Path.of(System.getenv("LOCALAPPDATA"), "ApiKeep", "cache");
        if (os.contains("mac")) return Path.of(home, "Library", "Caches", "ApiKeep");
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("apikeep");
    }
}
