package dev.apikeep.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Test-only: damages a vault file the way an attacker or a bad disk would, through SQL. Lives in
 * the vault package because only it may speak SQL; tests of other layers call this instead.
 */
public final class VaultTampering {
    private VaultTampering() {
    }

    /** Flips one bit in the middle of an entry's ciphertext, leaving its id and revision as they were. */
    public static void flipCiphertextByte(Path vaultFile, UUID entryId) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vaultFile.toAbsolutePath())) {
            byte[] ciphertext;
            try (PreparedStatement s = c.prepareStatement("SELECT ciphertext FROM entries WHERE id = ?")) {
                s.setString(1, entryId.toString());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) throw new IllegalArgumentException("no entry " + entryId);
                    ciphertext = rs.getBytes(1);
                }
            }
            ciphertext[ciphertext.length / 2] ^= 0x01;
            try (PreparedStatement s = c.prepareStatement("UPDATE entries SET ciphertext = ? WHERE id = ?")) {
                s.setBytes(1, ciphertext);
                s.setString(2, entryId.toString());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes an entry's row behind the vault's back, as if it had been removed from the file. */
    public static void deleteEntryRow(Path vaultFile, UUID entryId) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vaultFile.toAbsolutePath());
             PreparedStatement s = c.prepareStatement("DELETE FROM entries WHERE id = ?")) {
            s.setString(1, entryId.toString());
            if (s.executeUpdate() != 1) throw new IllegalArgumentException("no entry " + entryId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
