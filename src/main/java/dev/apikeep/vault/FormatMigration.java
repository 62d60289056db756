package dev.apikeep.vault;

import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Upgrades a format-1 vault to format 2 on its first unlock, in ONE transaction (after a
 * {@code VACUUM INTO} copy of the file as it was): a failure anywhere rolls all of it back and
 * leaves the format-1 file as it was.
 *
 * <p>What changes: "last used" moves out of every entry into its own usage record (its count taken
 * from the activity log's uses), every entry is re-sealed at the migration's write generation (so
 * no row of the format-1 file, nor of any copy of it, can be put back), every entry gets its blind
 * label index row, entries the log says were deleted get tombstones, the log's hash chain is
 * computed over the events as they are, and the header gets its keyed checksum.
 */
final class FormatMigration {
    private static final Set<EventType> USES = EnumSet.of(EventType.COPY, EventType.REVEAL, EventType.GET,
            EventType.EXEC, EventType.INJECT);

    private FormatMigration() {
    }

    /** Runs the upgrade if {@code sqlite} is format 1; returns the backup it made first. */
    static Path upgrade(Path file, SqliteFile sqlite, VaultHeader header, VaultKeys keys) {
        Path backup = BackupFiles.newName(file, Instant.now(), "before-migration");
        BackupFiles.writeAtomically(backup, "back up the vault before upgrading its format", sqlite::vacuumInto);
        try {
            sqlite.execute("BEGIN IMMEDIATE");
            try {
                migrate(sqlite, header, keys);
                sqlite.execute("PRAGMA user_version=" + SqliteFile.SCHEMA_VERSION);
                sqlite.execute("COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
                sqlite.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "upgrade the vault format (a backup was saved as " + backup.getFileName() + ")");
        }
        return backup;
    }

    private static void migrate(SqliteFile sqlite, VaultHeader header, VaultKeys keys) throws SQLException {
        try (Statement s = sqlite.connection().createStatement()) {
            for (String table : SqliteFile.ADDED_IN_V2) s.execute(table);
            s.execute(SqliteFile.LABEL_INDEX_BY_TAG);
        }
        SetMacRecord v1 = keys.cipherer.openSetMac(Meta.get(sqlite, Meta.SET_MAC)
                .orElseThrow(() -> new VaultException(Kind.DAMAGED, "the vault's integrity record is missing")));
        SetMacRecord start = new SetMacRecord(v1.tag(), v1.count(), v1.generation(), Integrity.chainHead(sqlite, keys));
        VaultTransaction tx = new VaultTransaction(sqlite, keys, start, null);
        Log log = Log.read(sqlite, keys.cipherer);
        Set<String> present = new HashSet<>();
        for (ApiKeyEntry entry : entries(sqlite, keys.cipherer)) {
            String id = entry.id().toString();
            present.add(id);
            long uses = log.uses.getOrDefault(entry.id(), 0L);
            if (entry.lastUsedAt() != null || uses > 0) {
                tx.putUsage(id, new Usage(entry.lastUsedAt(), Math.max(uses, 1)));
            }
            tx.update(entry); // re-sealed without "last used", at the migration's generation, label indexed
            entry.wipeSecrets();
        }
        for (UUID deleted : log.deleted) {
            if (!present.contains(deleted.toString())) tx.tombstone(deleted.toString());
        }
        Meta.put(sqlite, Meta.SET_MAC, keys.cipherer.sealSetMac(tx.finishedSetMac()));
        Meta.delete(sqlite, Meta.SET_MAC_SHARES);
        KeyHeader.putMac(sqlite, keys);
    }

    /** Every entry, decrypted; a damaged one stops the upgrade (nothing is changed) and is named. */
    private static List<ApiKeyEntry> entries(SqliteFile sqlite, Cipherer cipherer) throws SQLException {
        List<ApiKeyEntry> entries = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id, revision, nonce, ciphertext FROM entries ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    entries.add(cipherer.openEntry(id, rs.getLong(2), rs.getBytes(3), rs.getBytes(4)));
                } catch (RuntimeException damaged) {
                    throw new VaultException(Kind.DAMAGED, "entry " + id + " is damaged or was tampered with, so"
                            + " the vault was not upgraded to the new format (nothing was changed); open it"
                            + " read-only to rescue the readable entries, or restore a backup",
                            List.of(Integrity.parseOrNil(id)), damaged);
                }
            }
        }
        return entries;
    }

    /** What the format-1 activity log tells the upgrade: uses per entry and the deleted ids. */
    private record Log(Map<UUID, Long> uses, List<UUID> deleted) {
        static Log read(SqliteFile sqlite, Cipherer cipherer) throws SQLException {
            Map<UUID, Long> uses = new HashMap<>();
            List<UUID> deleted = new ArrayList<>();
            try (PreparedStatement s = sqlite.prepare("SELECT seq, nonce, ciphertext FROM events ORDER BY seq");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ActivityEvent event;
                    try {
                        event = cipherer.openEvent(rs.getLong(1), rs.getBytes(2), rs.getBytes(3));
                    } catch (RuntimeException unreadable) {
                        continue; // a damaged event only costs a use count or a tombstone
                    }
                    if (event.entryId() == null) continue;
                    if (USES.contains(event.type())) uses.merge(event.entryId(), 1L, Long::sum);
                    if (event.type() == EventType.DELETE && !deleted.contains(event.entryId())) deleted.add(event.entryId());
                }
            }
            return new Log(uses, deleted);
        }
    }
}
