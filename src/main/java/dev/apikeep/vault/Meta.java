package dev.apikeep.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Rows of the {@code meta} table. Only the header (and its checksum) is readable without the password. */
final class Meta {
    static final String HEADER = "header";
    static final String DATA_KEY = "wrapped_dek";
    static final String HEADER_CHECK = "header_sha256";
    /** Format 2: HMAC of header and wrapped key under a key derived from the data key. */
    static final String HEADER_MAC = "header_mac";
    static final String SET_MAC = "setmac";
    /** The set-MAC's 256 share tags ({@link SetMacShares}), sealed: derived from the set, never its authority. */
    static final String SET_MAC_SHARES = "setmac_shares";
    /** A proven point of the activity log's chain ({@link LogCheckpoint}), sealed: derived, never the authority. */
    static final String LOG_CHECKPOINT = "log_checkpoint";
    static final String SETTINGS = "settings";
    /** The bot kits this vault issued (names, ids, keys and revisions, dates; no token), sealed like the settings. */
    static final String KITS = "kits";
    /**
     * Prefix of one row per key: its last check with the exchange ({@code check:<entry id>}), sealed and
     * bound to the vault and the entry id. A hint outside the signed set, like usage: checking is not editing.
     */
    static final String CHECK_PREFIX = "check:";
    /** Plaintext: wrong passwords since the last unlock (see {@link FailedUnlocks}); no secret. */
    static final String FAILED_UNLOCKS = "failed_unlocks";

    private Meta() {
    }

    static Optional<byte[]> get(SqliteFile sqlite, String name) {
        try (PreparedStatement s = sqlite.prepare("SELECT value FROM meta WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault header");
        }
    }

    /** Every row whose name starts with {@code prefix}, by the rest of the name. */
    static java.util.Map<String, byte[]> withPrefix(SqliteFile sqlite, String prefix) {
        java.util.Map<String, byte[]> rows = new java.util.LinkedHashMap<>();
        try (PreparedStatement s = sqlite.prepare("SELECT name, value FROM meta WHERE substr(name, 1, ?) = ?")) {
            s.setInt(1, prefix.length());
            s.setString(2, prefix);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) rows.put(rs.getString(1).substring(prefix.length()), rs.getBytes(2));
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
        return rows;
    }

    static void delete(SqliteFile sqlite, String name) {
        try (PreparedStatement s = sqlite.prepare("DELETE FROM meta WHERE name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "save");
        }
    }

    static void put(SqliteFile sqlite, String name, byte[] value) {
        try (PreparedStatement s = sqlite.prepare("INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)")) {
            s.setString(1, name);
            s.setBytes(2, value);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "save");
        }
    }
}
