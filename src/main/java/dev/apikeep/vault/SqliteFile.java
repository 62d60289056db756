package dev.apikeep.vault;

import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The SQLite connection under a vault: durable settings set explicitly and verified (the driver's
 * defaults are not trusted), schema, and translation of SQLite failures into {@link VaultException}.
 */
final class SqliteFile implements AutoCloseable {
    /** "AKEP": marks a SQLite file as an ApiKeep vault. */
    static final int APPLICATION_ID = 0x414B4550;
    static final int SCHEMA_VERSION = 1;
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Connection connection;

    private SqliteFile(Connection connection) {
        this.connection = connection;
    }

    static SqliteFile open(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            SqliteFile sqlite = new SqliteFile(connection);
            try {
                sqlite.configure();
            } catch (SQLException | RuntimeException e) {
                sqlite.close(); // e.g. "file is not a database": do not leak the handle (it locks the file on Windows)
                throw e;
            }
            return sqlite;
        } catch (SQLException e) {
            throw translate(e, "open the vault");
        }
    }

    /** Sets how long a statement waits for another program's lock (0 = fail at once). */
    void busyTimeout(int millis) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + millis);
        }
    }

    private void configure() throws SQLException {
        boolean macOs = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA journal_mode=DELETE");
            // EXTRA also syncs the directory after the journal is deleted: the commit point is durable.
            s.execute("PRAGMA synchronous=EXTRA");
            s.execute("PRAGMA secure_delete=ON");
            if (macOs) s.execute("PRAGMA fullfsync=ON");
        }
        requirePragma("journal_mode", "delete");
        requirePragma("synchronous", "3");
        requirePragma("secure_delete", "1");
        requirePragma("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
    }

    private void requirePragma(String name, String expected) throws SQLException {
        String actual = pragma(name);
        if (!expected.equalsIgnoreCase(actual)) {
            throw new VaultException(Kind.IO, "SQLite refused the setting " + name + "=" + expected
                    + " (it reports " + actual + "); the vault is not opened to avoid losing data");
        }
    }

    String pragma(String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void createSchema() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA application_id=" + APPLICATION_ID);
            s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            s.execute("CREATE TABLE meta(name TEXT PRIMARY KEY, value BLOB NOT NULL)");
            s.execute("CREATE TABLE entries(id TEXT PRIMARY KEY, revision INTEGER NOT NULL,"
                    + " nonce BLOB NOT NULL, ciphertext BLOB NOT NULL)");
            s.execute("CREATE TABLE events(seq INTEGER PRIMARY KEY, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL)");
        }
    }

    /** Refuses files that are not ApiKeep vaults, and vaults of a newer schema than this build knows. */
    void checkIdentity(Path file) {
        try {
            String applicationId = pragma("application_id");
            if (!String.valueOf(APPLICATION_ID).equals(applicationId)) {
                throw new VaultException(Kind.NOT_A_VAULT, file + " is not an ApiKeep vault");
            }
            int schema = Integer.parseInt(pragma("user_version"));
            if (schema > SCHEMA_VERSION) {
                throw new VaultException(Kind.NEWER_FORMAT, file + " was written by a newer ApiKeep"
                        + " (format " + schema + "); update ApiKeep to open it");
            }
        } catch (SQLException e) {
            throw translate(e, "read the vault");
        }
    }

    /**
     * Caps the file at {@code pages} pages on this connection ({@code max_page_count} is per connection):
     * lets tests make the disk "full" without filling a real disk. Returns the cap SQLite applied.
     */
    long limitPages(long pages) {
        try {
            execute("PRAGMA max_page_count=" + pages);
            return Long.parseLong(pragma("max_page_count"));
        } catch (SQLException e) {
            throw translate(e, "limit the vault size");
        }
    }

    long pageCount() {
        try {
            return Long.parseLong(pragma("page_count"));
        } catch (SQLException e) {
            throw translate(e, "read the vault size");
        }
    }

    Connection connection() {
        return connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Changes committed by any connection since this one opened: lets the GUI notice CLI writes. */
    long dataVersion() {
        try {
            return Long.parseLong(pragma("data_version"));
        } catch (SQLException e) {
            throw translate(e, "check the vault for changes");
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection we are done with: nothing left to protect
        }
    }

    /** Maps SQLite's result codes to the outcomes a user can act on. */
    static VaultException translate(SQLException e, String action) {
        int primary = e.getErrorCode() & 0xFF;
        return switch (primary) {
            case 5, 6 -> new VaultException(Kind.BUSY, "the vault is busy (another program is writing);"
                    + " try again in a moment", e);
            case 13 -> new VaultException(Kind.DISK_FULL, "the disk is full: could not " + action
                    + "; free some space and try again (nothing was changed)", e);
            case 11 -> new VaultException(Kind.DAMAGED, "the vault file is damaged (SQLite reports corruption);"
                    + " restore a backup", e);
            case 26 -> new VaultException(Kind.NOT_A_VAULT, "this file is not an ApiKeep vault", e);
            case 8 -> new VaultException(Kind.IO, "the vault file is read-only: could not " + action, e);
            default -> new VaultException(Kind.IO, "could not " + action + ": " + firstLine(e.getMessage()), e);
        };
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown SQLite error";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
