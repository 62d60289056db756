package dev.apikeep.vault;

import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.vault.VaultException.Kind;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything read from an open vault's tables: entries (decrypted when asked for, with "last used"
 * from their usage rows), the blind label index, tombstones, the activity log and the sealed meta
 * rows. A row that does not decrypt is marked damaged and makes the vault read-only.
 */
final class EntryReads {
    private static final String READ = "read the vault";
    private final OpenVault vault;

    EntryReads(OpenVault vault) {
        this.vault = vault;
    }

    /** A query's rows, mapped one by one. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with {@code params} and maps every row; SQLite's errors become the vault's. */
    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return query(vault.sqlite, sql, mapper, params);
    }

    private static <T> List<T> query(SqliteFile sqlite, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) rows.add(mapper.map(rs));
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, READ);
        }
        return rows;
    }

    /**
     * At an open {@link Vault.Check#READING_ALL}: checks the whole set while the rows decrypt on other
     * cores ({@link #openWhileChecking}), and leaves them decrypting for the first {@link #entries()}
     * (the unlock is logged meanwhile). The data version is read first, so a commit by another program
     * at any point after it drops them.
     */
    void readAllAtOpen(RowsDuringKdf.Read readEarlier) {
        long before = vault.sqlite.dataVersion();
        FirstRead.Pending read = openWhileChecking(readEarlier);
        vault.firstRead.keep(read.rows(), read.opening(), before);
    }

    List<ApiKeyEntry> entries() {
        FirstRead.Pending read = vault.firstRead.take(vault.sqlite::dataVersion);
        if (read == null) read = openWhileChecking(null);
        Map<String, Usage> usage;
        try {
            usage = allUsage();   // while the rows still decrypt; a failure here wipes what they opened
        } catch (RuntimeException | Error failed) {
            read.opening().discard();
            throw failed;
        }
        return withUsage(read.rows(), read.opening().join(), usage);
    }

    /** The opened entries with "last used" from their usage rows; a row that did not open is named damaged. */
    private List<ApiKeyEntry> withUsage(List<Cipherer.EntryRow> rows, List<ApiKeyEntry> opened, Map<String, Usage> usage) {
        List<ApiKeyEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (opened.get(i) != null) entries.add(withUsage(opened.get(i), usage.get(rows.get(i).id())));
            else vault.markDamaged(rows.get(i).id());
        }
        return entries;
    }

    /**
     * Reads every entry row, handing each to helper threads that decrypt it while this thread reads the
     * rest and then checks the whole set on these same rows (a command checks it at its first read of
     * every entry; SQLite stays on this thread), all in one {@link ReadSnapshot}; {@code join} then helps
     * with the rows left. Nothing opened is returned, and every secret opened is wiped, when the check
     * refuses the vault. The rows {@code readEarlier} (during the KDF, {@link RowsDuringKdf}) stand for
     * the read when this snapshot shows the file in the state they were read in; otherwise, or when
     * null, the rows are read here.
     */
    private FirstRead.Pending openWhileChecking(RowsDuringKdf.Read readEarlier) {
        EntryOpening opening = EntryOpening.streaming(vault.keys.cipherer);
        try {
            return ReadSnapshot.of(vault.sqlite, () -> {
                List<Cipherer.EntryRow> rows = stillAsRead(readEarlier);
                if (rows != null) rows.forEach(opening::add);
                else rows = allRows(vault.sqlite, opening::add);
                opening.allRead();
                vault.integrity.wholeSet(rows);
                return new FirstRead.Pending(rows, opening);
            });
        } catch (RuntimeException | Error refused) {
            opening.discard();
            throw refused;
        }
    }

    /**
     * The rows read earlier if no other program committed since: this snapshot's data version (its first
     * statement, so the check below reads the same state) is the one they were read at. Null otherwise.
     */
    private List<Cipherer.EntryRow> stillAsRead(RowsDuringKdf.Read readEarlier) {
        if (readEarlier == null) return null;
        return vault.sqlite.dataVersion() == readEarlier.dataVersion() ? readEarlier.rows() : null;
    }

    /** Every entry row as stored, each handed to {@code each} as it is read. */
    static List<Cipherer.EntryRow> allRows(SqliteFile sqlite, java.util.function.Consumer<Cipherer.EntryRow> each) {
        return query(sqlite, "SELECT id, revision, nonce, ciphertext FROM entries", rs -> {
            Cipherer.EntryRow row = entryRow(rs);
            each.accept(row);
            return row;
        });
    }

    /** A row as stored; a NULL revision (a damaged page: the column is NOT NULL) reads as -1, which no entry has. */
    private static Cipherer.EntryRow entryRow(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        long revision = rs.getLong(2);
        if (rs.wasNull()) revision = -1;
        return new Cipherer.EntryRow(id, revision, rs.getBytes(3), rs.getBytes(4));
    }

    Usage usage(UUID id) {
        if (vault.format < 2) return Usage.NEVER;
        List<Usage> found = query("SELECT value FROM usage WHERE id = ?", rs -> openUsage(id.toString(), rs.getBytes(1)), id.toString());
        return found.isEmpty() ? Usage.NEVER : found.get(0);
    }

    private Map<String, Usage> allUsage() {
        Map<String, Usage> usage = new HashMap<>();
        if (vault.format < 2) return usage;
        query("SELECT id, value FROM usage", rs -> usage.put(rs.getString(1), openUsage(rs.getString(1), rs.getBytes(2))));
        return usage;
    }

    /** Usage is a hint outside the signed set: an unreadable record reads as "never used", it is not damage. */
    private Usage openUsage(String id, byte[] sealed) {
        try {
            return vault.keys.cipherer.openUsage(id, sealed);
        } catch (RuntimeException unreadable) {
            return Usage.NEVER;
        }
    }

    /** The entry as callers see it: "last used" from the usage record (format 2) rather than the sealed entry. */
    private ApiKeyEntry withUsage(ApiKeyEntry entry, Usage usage) {
        if (vault.format < 2) return entry;
        Instant last = usage == null ? null : usage.lastUsedAt();
        return Objects.equals(entry.lastUsedAt(), last) ? entry : entry.toBuilder().lastUsedAt(last).build();
    }

    Optional<List<UUID>> idsWithLabel(String label) {
        if (vault.format < 2) return Optional.empty();
        return ReadSnapshot.of(vault.sqlite, () -> Optional.of(idsWithLabelChecked(label)));
    }

    /** The index's ids for {@code label}, each share checked (the whole set when there are none). */
    private List<UUID> idsWithLabelChecked(String label) {
        List<String> ids = query("SELECT id FROM label_index WHERE tag = ?", rs -> rs.getString(1), (Object) vault.keys.labelTag(label));
        if (ids.isEmpty()) vault.integrity.wholeSet(); // "no such label" only from an index proven whole
        ids.forEach(vault.integrity::shareOf);
        return ids.stream().map(Integrity::parseOrNil).toList();
    }

    boolean wasDeleted(UUID id) {
        if (vault.format < 2) return false;
        return ReadSnapshot.of(vault.sqlite, () -> {
            vault.integrity.shareOf(id.toString());
            return !query("SELECT 1 FROM tombstones WHERE id = ?", rs -> true, id.toString()).isEmpty();
        });
    }

    List<UUID> labelIndexMismatches() {
        if (vault.format < 2) return List.of();
        Map<String, byte[]> index = new HashMap<>();
        Integrity.forEachIndexRow(vault.sqlite, index::put);
        List<UUID> wrong = new ArrayList<>();
        for (ApiKeyEntry entry : entries()) {
            byte[] stored = index.remove(entry.id().toString());
            if (stored == null || !MessageDigest.isEqual(stored, vault.keys.labelTag(entry.label()))) wrong.add(entry.id());
        }
        index.keySet().forEach(id -> wrong.add(Integrity.parseOrNil(id)));
        return wrong;
    }

    /** The entry {@code id}, read in the same state of the file as its share's check ({@link ReadSnapshot}). */
    Optional<ApiKeyEntry> find(UUID id) {
        return ReadSnapshot.of(vault.sqlite, () -> findChecked(id));
    }

    private Optional<ApiKeyEntry> findChecked(UUID id) {
        vault.integrity.shareOf(id.toString());
        List<Cipherer.EntryRow> rows = query("SELECT id, revision, nonce, ciphertext FROM entries WHERE id = ?",
                EntryReads::entryRow, id.toString());
        if (rows.isEmpty()) return Optional.empty();
        Cipherer.EntryRow row = rows.get(0);
        ApiKeyEntry entry;
        try {
            entry = vault.keys.cipherer.openEntry(row.id(), row.revision(), row.nonce(), row.ciphertext());
        } catch (RuntimeException damagedEntry) {
            vault.markDamaged(row.id());
            throw new VaultException(Kind.DAMAGED, "entry " + id + " is damaged or was tampered with; restore a backup",
                    List.of(id), null);
        }
        return Optional.of(withUsage(entry, usage(id)));
    }

    List<UUID> idsStartingWith(String prefix) {
        return ReadSnapshot.of(vault.sqlite, () -> {
            vault.integrity.shareOf(prefix.toLowerCase(Locale.ROOT)); // its share when it holds two hex digits, else the whole set
            return query("SELECT id FROM entries WHERE substr(id, 1, ?) = ?", rs -> UUID.fromString(rs.getString(1)),
                    prefix.length(), prefix.toLowerCase(Locale.ROOT));
        });
    }

    int entryCount() {
        vault.integrity.wholeSet();
        return query("SELECT count(*) FROM entries", rs -> rs.getInt(1)).get(0);
    }

    /** The newest {@code limit} events (all when limit <= 0), oldest first; an unreadable one makes the vault read-only. */
    List<ActivityEvent> events(int limit) {
        return ReadSnapshot.of(vault.sqlite, () -> eventsChecked(limit));
    }

    private List<ActivityEvent> eventsChecked(int limit) {
        vault.integrity.wholeLog();
        String sql = "SELECT seq, nonce, ciphertext FROM (SELECT * FROM events ORDER BY seq DESC"
                + (limit > 0 ? " LIMIT " + limit : "") + ") ORDER BY seq";
        List<ActivityEvent> events = new ArrayList<>();
        query(sql, rs -> {
            try {
                events.add(vault.keys.cipherer.openEvent(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
            } catch (RuntimeException damagedEvent) {
                vault.readOnly = true;
            }
            return null;
        });
        return events;
    }

    Optional<java.time.Instant> newestEventTime() {
        List<Instant> newest = query("SELECT seq, nonce, ciphertext FROM events ORDER BY seq DESC LIMIT 1", rs -> {
            try {
                return vault.keys.cipherer.openEvent(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)).time();
            } catch (RuntimeException damagedEvent) {
                return null; // no hint; the whole-set check names the damage when the log is read
            }
        });
        return newest.stream().filter(Objects::nonNull).findFirst();
    }

    Optional<byte[]> kits() {
        return Meta.get(vault.sqlite, Meta.KITS).map(vault.keys.cipherer::openKits);
    }

    /** Each key's last check (decrypted) by entry id; an unreadable record is left out: a hint, not damage. */
    java.util.Map<UUID, byte[]> checks() {
        java.util.Map<UUID, byte[]> checks = new java.util.LinkedHashMap<>();
        Meta.withPrefix(vault.sqlite, Meta.CHECK_PREFIX).forEach((id, sealed) -> {
            try {
                checks.put(UUID.fromString(id), vault.keys.cipherer.openCheck(id, sealed));
            } catch (RuntimeException unreadable) {
                // shown as "not checked yet"; the next check replaces it
            }
        });
        return checks;
    }

    Optional<byte[]> settings() {
        return Meta.get(vault.sqlite, Meta.SETTINGS).map(vault.keys.cipherer::openSettings);
    }
}
