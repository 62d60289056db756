package dev.apikeep.vault;

import dev.apikeep.crypto.SetMac;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.EventType;
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

    static IntegrityReport check(SqliteFile sqlite, SetMac setMac, Cipherer cipherer) {
        SetMacRecord stored = cipherer.openSetMac(Meta.get(sqlite, Meta.SET_MAC).orElseThrow(
                () -> new VaultException(VaultException.Kind.DAMAGED, "the vault's integrity record is missing;"
                        + " open it read-only to rescue the readable entries, or restore a backup")));
        // fast path, run on every unlock: one pass over the raw id bytes and revisions, nothing kept
        byte[] tag = SetMac.emptyTag();
        long count = 0;
        try (PreparedStatement s = sqlite.prepare("SELECT id, revision FROM entries"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                byte[] id = rs.getBytes(1);
                long revision = rs.getLong(2);
                if (id == null || rs.wasNull()) throw unreadableRow();
                setMac.toggle(tag, id, revision);
                count++;
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault");
        }
        if (stored.matches(tag, count)) {
            return new IntegrityReport(true, stored.count(), count, List.of(), stored.generation());
        }
        Map<String, Long> rows = revisions(sqlite);
        return new IntegrityReport(false, stored.count(), rows.size(), suspects(sqlite, cipherer, rows),
                stored.generation());
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
    private static VaultException unreadableRow() {
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
