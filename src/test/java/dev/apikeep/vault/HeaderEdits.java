package dev.apikeep.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * Edits a closed vault file's readable header as someone with the file could: the JSON rewritten
 * and its plain SHA-256 recomputed, so only a keyed check or this machine's memory can catch it.
 * Public for the tests of the layers above (app, cli, ui), which see the vault only as a file.
 */
public final class HeaderEdits {
    private HeaderEdits() {
    }

    /** Rewrites the header JSON with {@code edit} and recomputes its plain checksum. */
    public static void rewrite(Path file, Consumer<ObjectNode> edit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode header = (ObjectNode) json.readTree(meta(file, Meta.HEADER));
        edit.accept(header);
        byte[] newJson = header.toString().getBytes(StandardCharsets.UTF_8);
        setMeta(file, Meta.HEADER, newJson);
        setMeta(file, Meta.HEADER_CHECK, VaultHeader.checksum(newJson, meta(file, Meta.DATA_KEY)));
    }

    /** An in-bounds edit of the KDF memory (the floor is 19 MiB, the ceiling 2 GiB). */
    public static void setMemoryKiB(Path file, int memoryKiB) throws Exception {
        rewrite(file, h -> h.put("memoryKiB", memoryKiB));
    }

    public static void setIterations(Path file, int iterations) throws Exception {
        rewrite(file, h -> h.put("iterations", iterations));
    }

    /** Another salt of the length ApiKeep writes (16 bytes), so no check without a key can tell. */
    public static void setSalt(Path file, byte fill) throws Exception {
        byte[] salt = new byte[VaultHeader.SALT_LENGTH];
        java.util.Arrays.fill(salt, fill);
        rewrite(file, h -> h.put("salt", Base64.getEncoder().encodeToString(salt)));
    }

    /** Whether a wrong password was counted since the last unlock (the plaintext {@code failed_unlocks} row). */
    public static boolean failedUnlockCounted(Path file) throws Exception {
        try (Connection c = connect(file); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM meta WHERE name = ?")) {
            s.setString(1, Meta.FAILED_UNLOCKS);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static byte[] meta(Path file, String name) throws Exception {
        try (Connection c = connect(file); PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new AssertionError("no meta row " + name);
                return rs.getBytes(1);
            }
        }
    }

    private static void setMeta(Path file, String name, byte[] value) throws Exception {
        try (Connection c = connect(file); PreparedStatement s = c.prepareStatement("UPDATE meta SET value = ? WHERE name = ?")) {
            s.setBytes(1, value);
            s.setString(2, name);
            if (s.executeUpdate() != 1) throw new AssertionError("no meta row " + name);
        }
    }

    private static Connection connect(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
