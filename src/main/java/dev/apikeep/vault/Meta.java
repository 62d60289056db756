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
    static final String SETTINGS = "settings";
    /** The bot kits this vault issued (names, ids, keys and revisions, dates; no token), sealed like the settings. */
    static final String KITS = "kits";
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
