package dev.apikeep.vault;

import dev.apikeep.crypto.SetMac;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.EventType;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks the whole set of entries against the stored set-MAC using only the plaintext ids and
 * revisions: no entry is decrypted on the fast path. Only when the check fails does it read the
 * activity log to name the entries that were deleted or rolled back.
 */
final class Integrity {
    private Integrity() {
    }

    /**
     * The fast check run on every unlock: one pass over the plaintext ids and revisions, and from
     * format 2 over the tombstones, the label index and the activity log's hash chain. Nothing is
     * decrypted unless the check fails.
     */
    static IntegrityReport check(SqliteFile sqlite, VaultKeys keys, int format) {
        return check(sqlite, keys, format, SetMacShares.empty(), LogChain.whole(), null);
    }

    /**
     * As above, adding every element's HMAC to its share in {@code shares} too (at no extra hashing),
     * checking the activity log as {@code log} says (from its checkpoint, or whole), and the entry
     * rows a read has just read ({@code entryRows}: the check covers exactly the rows it returns), or,
     * when null, the rows as they are now.
     */
    static IntegrityReport check(SqliteFile sqlite, VaultKeys keys, int format, SetMacShares shares, LogChain log,
                                 List<Cipherer.EntryRow> entryRows) {
        SetMacRecord stored = keys.cipherer.openSetMac(Meta.get(sqlite, Meta.SET_MAC).orElseThrow(
                () -> new VaultException(VaultException.Kind.DAMAGED, "the vault's integrity record is missing;"
                        + " open it read-only to rescue the readable entries, or restore a backup")));
        byte[] tag = SetMac.emptyTag();
        RowVisitor entry = (id, revision) -> shares.toggle(id, keys.setMac.toggle(tag, id, revision), 1);
        long count = entryRows == null ? toggleRows(sqlite, "SELECT id, revision FROM entries", entry) : toggle(entryRows, entry);
        boolean logIntact = true;
        List<UUID> resurrected = List.of();
        if (format >= 2) {
            toggleRows(sqlite, "SELECT id, revision FROM tombstones", (id, revision) -> shares.toggle(id,
                    keys.setMac.toggle(tag, SignedSet.tombstone(new String(id, StandardCharsets.UTF_8)), revision), 0));
            forEachIndexRow(sqlite, "", (id, labelTag) -> shares.toggle(id,
                    keys.setMac.toggle(tag, SignedSet.labelIndex(id, labelTag), 0), 0));
            logIntact = log.verify(sqlite, keys, stored.chainHead());
            resurrected = resurrected(sqlite);
        }
        if (stored.matches(tag, count) && logIntact && resurrected.isEmpty()) {
            return new IntegrityReport(true, stored.count(), count, List.of(), stored.generation(), true);
        }
        Map<String, Long> rows = revisions(sqlite);
        List<UUID> suspects = new ArrayList<>(suspects(sqlite, keys.cipherer, rows));
        resurrected.stream().filter(id -> !suspects.contains(id)).forEach(suspects::add);
        return new IntegrityReport(false, stored.count(), rows.size(), suspects, stored.generation(), logIntact);
    }

    /**
     * Whether one share of the set (the entries, tombstones and label-index rows whose id starts
     * with its two hex digits, see {@link SetMacShares}) matches what {@code stored} says of it, and
     * none of its entries has a tombstone. Reads about 1/256 of the rows, through the primary keys.
     */
    static boolean checkShare(SqliteFile sqlite, VaultKeys keys, int share, SetMacShares stored) {
        String range = " WHERE id >= '" + SetMacShares.low(share) + "' AND id < '" + SetMacShares.high(share) + "'";
        byte[] tag = SetMac.emptyTag();
        long count = toggleRows(sqlite, "SELECT id, revision FROM entries" + range, (id, revision) -> keys.setMac.toggle(tag, id, revision));
        toggleRows(sqlite, "SELECT id, revision FROM tombstones" + range,
                (id, revision) -> keys.setMac.toggle(tag, SignedSet.tombstone(new String(id, StandardCharsets.UTF_8)), revision));
        forEachIndexRow(sqlite, range, (id, labelTag) -> keys.setMac.toggle(tag, SignedSet.labelIndex(id, labelTag), 0));
        boolean resurrected = toggleRows(sqlite, "SELECT id, 0 FROM entries" + range + " AND id IN (SELECT id FROM tombstones)",
                (id, revision) -> { }) > 0;
        return !resurrected && stored.matches(share, tag, count);
    }

    /** The head of the activity log's chain, recomputed from the rows as they are, in order. */
    static byte[] chainHead(SqliteFile sqlite, VaultKeys keys) {
        return LogChain.head(sqlite, keys);
    }

    /** Entries whose id also has a tombstone: a deleted row put back. */
    private static List<UUID> resurrected(SqliteFile sqlite) {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id FROM entries WHERE id IN (SELECT id FROM tombstones)");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) ids.add(parseOrNil(rs.getString(1)));
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault");
        }
        return ids;
    }

    private interface RowVisitor {
        void visit(byte[] id, long revision);
    }

    /** As {@link #toggleRows}, over rows read already ({@link EntryReads}: a NULL id or revision is damage here too). */
    private static long toggle(List<Cipherer.EntryRow> rows, RowVisitor visitor) {
        for (Cipherer.EntryRow row : rows) {
            if (row.id() == null || row.revision() < 0) throw unreadableRow();
            visitor.visit(row.id().getBytes(StandardCharsets.UTF_8), row.revision());
        }
        return rows.size();
    }

    private static long toggleRows(SqliteFile sqlite, String sql, RowVisitor visitor) {
        long count = 0;
        try (PreparedStatement s = sqlite.prepare(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                byte[] id = rs.getBytes(1);
                long revision = rs.getLong(2);
                if (id == null || rs.wasNull()) throw unreadableRow();
                visitor.visit(id, revision);
                count++;
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault");
        }
        return count;
    }

    static void forEachIndexRow(SqliteFile sqlite, java.util.function.BiConsumer<String, byte[]> visitor) {
        forEachIndexRow(sqlite, "", visitor);
    }

    /** The label-index rows, all or those a {@code WHERE} clause keeps. */
    private static void forEachIndexRow(SqliteFile sqlite, String where, java.util.function.BiConsumer<String, byte[]> visitor) {
        try (PreparedStatement s = sqlite.prepare("SELECT id, tag FROM label_index" + where); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                byte[] labelTag = rs.getBytes(2);
                if (id == null || labelTag == null) throw unreadableRow();
                visitor.accept(id, labelTag);
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault");
        }
    }

    private static Map<String, Long> revisions(SqliteFile sqlite) {
        Map<String, Long> rows = new HashMap<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id, revision FROM entries"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                long revision = rs.getLong(2);
                if (id == null || rs.wasNull()) throw unreadableRow();
                rows.put(id, revision);
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault");
        }
        return rows;
    }

    /** NOT NULL columns read back as NULL: a truncated or overwritten page (found by the tamper harness). */
    static VaultException unreadableRow() {
        return new VaultException(VaultException.Kind.DAMAGED, "the vault file is damaged"
                + " (an entry row cannot be read); restore a backup");
    }

    /** Replays the activity log: entries whose stored revision is older than the log's, or that vanished. */
    private static List<UUID> suspects(SqliteFile sqlite, Cipherer cipherer, Map<String, Long> rows) {
        Map<UUID, Long> lastKnown = new HashMap<>();
        try (PreparedStatement s = sqlite.prepare("SELECT seq, nonce, ciphertext FROM events ORDER BY seq");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    remember(lastKnown, cipherer.openEvent(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
                } catch (RuntimeException unreadableEvent) {
                    // a damaged event cannot name anything; the others still can
                }
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault");
        }
        List<UUID> suspects = new ArrayList<>();
        lastKnown.forEach((id, revision) -> {
            Long stored = rows.get(id.toString());
            boolean missing = revision > 0 && stored == null;
            boolean rolledBack = stored != null && stored < revision;
            if (missing || rolledBack) suspects.add(id);
        });
        rows.keySet().stream().filter(id -> !isKnown(lastKnown, id)).map(Integrity::parseOrNil).forEach(suspects::add);
        return suspects;
    }

    private static void remember(Map<UUID, Long> lastKnown, ActivityEvent event) {
        if (event.entryId() == null) return;
        if (event.type() == EventType.DELETE) lastKnown.put(event.entryId(), 0L);
        else if (event.revision() > 0) lastKnown.merge(event.entryId(), event.revision(), Math::max);
    }

    private static boolean isKnown(Map<UUID, Long> lastKnown, String id) {
        try {
            return lastKnown.containsKey(UUID.fromString(id));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** An entry id as stored, or the nil UUID when a damaged row's id is not a UUID at all. */
    static UUID parseOrNil(String id) {
        try {
            return UUID.fromString(id);
        } catch (RuntimeException e) {
            return new UUID(0, 0);
        }
    }
}
