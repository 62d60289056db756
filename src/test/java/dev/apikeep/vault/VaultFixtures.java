package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared helpers for the vault tests: a fast KDF, sample entries and raw access to the SQLite file. */
final class VaultFixtures {
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    static final String PASSWORD = "correct horse battery staple";

    private VaultFixtures() {
    }

    static char[] pw() {
        return PASSWORD.toCharArray();
    }

    static Vault create(Path file) {
        return Vault.create(file, pw(), FAST);
    }

    static Vault open(Path file) {
        return Vault.open(file, pw(), Vault.Access.NORMAL);
    }

    static Vault rescue(Path file) {
        return Vault.open(file, pw(), Vault.Access.RESCUE);
    }

    static ApiKeyEntry entry(String label) {
        return ApiKeyEntry.builder().exchangeId("binance").label(label)
                .apiKey(SecretBytes.of("key-" + label)).secret(SecretBytes.of("secret-" + label)).build();
    }

    /** Inserts and logs, as the app does; returns the stored entry (revision 1). */
    static ApiKeyEntry add(Vault vault, ApiKeyEntry entry) {
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.insert(entry);
            tx.log(EventType.ADD, stored, "added");
            return stored;
        });
    }

    static ApiKeyEntry update(Vault vault, ApiKeyEntry entry) {
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.update(entry);
            tx.log(EventType.EDIT, stored, "edited");
            return stored;
        });
    }

    static VaultException.Kind kindOf(ThrowingCallable call) {
        try {
            call.call();
        } catch (VaultException e) {
            return e.kind();
        } catch (Throwable t) {
            throw new AssertionError("expected a VaultException but got " + t, t);
        }
        throw new AssertionError("expected a VaultException but nothing was thrown");
    }

    static VaultException thrown(ThrowingCallable call) {
        try {
            call.call();
        } catch (VaultException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected a VaultException but got " + t, t);
        }
        throw new AssertionError("expected a VaultException but nothing was thrown");
    }

    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static void sql(Path file, String sql) throws SQLException {
        try (Connection c = raw(file); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static byte[] metaValue(Path file, String name) throws SQLException {
        try (Connection c = raw(file); PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("meta row " + name).isTrue();
                return rs.getBytes(1);
            }
        }
    }

    /** Rewrites the header JSON and recomputes its plain checksum, so only the named check can catch it. */
    static void rewriteHeader(Path file, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit)
            throws Exception {
        HeaderEdits.rewrite(file, edit);
    }

    static void setMeta(Path file, String name, byte[] value) throws SQLException {
        try (Connection c = raw(file); PreparedStatement s = c.prepareStatement("UPDATE meta SET value = ? WHERE name = ?")) {
            s.setBytes(1, value);
            s.setString(2, name);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** One stored row, byte for byte. */
    record Row(String id, long revision, byte[] nonce, byte[] ciphertext) {
    }

    static Row row(Path file, UUID id) throws SQLException {
        try (Connection c = raw(file);
             PreparedStatement s = c.prepareStatement("SELECT id, revision, nonce, ciphertext FROM entries WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("row " + id).isTrue();
                return new Row(rs.getString(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4));
            }
        }
    }

    /** Replaces the row with this id (or inserts it) with exactly these bytes. */
    static void putRow(Path file, Row row) throws SQLException {
        try (Connection c = raw(file); PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO entries(id, revision, nonce, ciphertext) VALUES (?, ?, ?, ?)")) {
            s.setString(1, row.id());
            s.setLong(2, row.revision());
            s.setBytes(3, row.nonce());
            s.setBytes(4, row.ciphertext());
            s.executeUpdate();
        }
    }

    /**
     * Runs {@code rounds} while another connection adds an entry about every millisecond, as another
     * program saving now and then would (not in a tight loop, which would starve every other
     * connection of SQLite's lock until its busy timeout).
     */
    static void whileAnotherProgramWrites(Path file, Runnable rounds) throws InterruptedException {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            try (Vault other = open(file)) {
                for (int i = 0; writing.get(); i++) {
                    add(other, entry("meanwhile " + i));
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        try {
            rounds.run();
        } finally {
            writing.set(false);
            writer.join();
        }
    }
}
