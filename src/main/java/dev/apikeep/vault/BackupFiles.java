package dev.apikeep.vault;

import dev.apikeep.vault.VaultException.Kind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and writes the dated copies that sit beside a vault:
 * {@code vault.apikeep.backup-20261126T103000Z} (UTC, so the names sort by time and never repeat
 * across a daylight-saving change), {@code -2}, {@code -3}... if two are made in the same second, and
 * {@code .before-restore} / {@code .before-migration} when a backup was made for a reason.
 *
 * <p>Lives in the vault layer because the vault's open path makes a backup before a schema
 * migration; {@code app.BackupService} lists, rotates and restores with the same names.
 */
public final class BackupFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private BackupFiles() {
    }

    /** One backup file as named; {@code reason} is empty for a scheduled or manual backup. */
    public record Info(Path file, Instant createdAt, int counter, String reason) {
    }

    /** Newest first (by the time in the name, then by the same-second counter). */
    public static final Comparator<Info> NEWEST_FIRST =
            Comparator.comparing(Info::createdAt).thenComparingInt(Info::counter).reversed();

    /** A name for a new backup of {@code vault} made at {@code when} that does not exist yet. */
    public static Path newName(Path vault, Instant when, String reason) {
        String base = vault.getFileName() + ".backup-" + STAMP.format(when);
        String suffix = reason == null || reason.isEmpty() ? "" : "." + reason;
        // The counter is unique per second whatever the reason, so the order of same-second backups is known.
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        Instant second = Instant.from(STAMP.parse(STAMP.format(when)));
        for (Info info : list(vault)) if (info.createdAt().equals(second)) taken.add(info.counter());
        int n = 1;
        while (taken.contains(n) || Files.exists(vault.resolveSibling(base + (n == 1 ? "" : "-" + n) + suffix))) n++;
        return vault.resolveSibling(base + (n == 1 ? "" : "-" + n) + suffix);
    }

    /** The backup {@code candidate} describes, if it is one of {@code vault}'s backups. */
    public static Optional<Info> parse(Path vault, Path candidate) {
        Matcher m = pattern(vault).matcher(candidate.getFileName().toString());
        if (!m.matches()) return Optional.empty();
        try {
            Instant created = Instant.from(STAMP.parse(m.group(1)));
            int counter = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            return Optional.of(new Info(candidate, created, counter, m.group(3) == null ? "" : m.group(3)));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code vault}'s backups in its folder, newest first. */
    public static List<Info> list(Path vault) {
        Path dir = vault.toAbsolutePath().getParent();
        List<Info> found = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, vault.getFileName() + ".backup-*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) parse(vault.toAbsolutePath(), file).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new VaultException(Kind.IO, "could not list the backups in " + dir + ": " + e.getMessage(), e);
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    private static Pattern pattern(Path vault) {
        return Pattern.compile(Pattern.quote(vault.getFileName() + ".backup-") + "(\\d{8}T\\d{6}Z)(?:-(\\d+))?(?:\\.([a-z-]+))?");
    }

    /**
     * Copies an open vault to {@code target} with SQLite's {@code VACUUM INTO}: a consistent
     * snapshot of the same encrypted file (nothing is decrypted), mode 0600, written through a
     * hidden partial file and renamed into place. {@code target} must not exist.
     */
    static void copyOpen(SqliteFile sqlite, Path target) {
        if (Files.exists(target)) throw new VaultException(Kind.ALREADY_EXISTS, target + " already exists; nothing was written");
        writeAtomically(target, "write the backup", sqlite::vacuumInto);
    }

    /** Copies a vault that is not open (no password needed: the copy stays encrypted). */
    static void copyClosed(Path source, Path target) {
        if (Files.exists(target)) throw new VaultException(Kind.ALREADY_EXISTS, target + " already exists; nothing was written");
        try (SqliteFile sqlite = SqliteFile.open(source)) {
            writeAtomically(target, "write the backup", sqlite::vacuumInto);
        }
    }

    /** Through the one private writer: a crash leaves no backup or a whole one, never a half-written file with a backup's name. */
    static void writeAtomically(Path target, String action, SqliteWriter writer) {
        try {
            PrivateFiles.writeAtomically(target, (partial, channel) -> writer.writeTo(partial));
        } catch (IOException e) {
            throw new VaultException(Kind.IO, "could not " + action + " (" + target.getFileName() + "): " + e.getMessage(), e);
        }
    }

    /** Fills an empty private file by its name (SQLite's {@code VACUUM INTO}). */
    @FunctionalInterface
    interface SqliteWriter {
        void writeTo(Path emptyPrivateFile) throws java.sql.SQLException;
    }
}
