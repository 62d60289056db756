package dev.apikeep.vault;

import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite connection under a vault: durable settings set explicitly and verified (the driver's
 * defaults are not trusted), schema, and translation of SQLite failures into {@link VaultException}.
 */
final class SqliteFile implements AutoCloseable {
    /** "AKEP": marks a SQLite file as an ApiKeep vault. */
    static final int APPLICATION_ID = 0x414B4550;
    /** Format 2: usage records, tombstones, the blind label index; see {@link FormatMigration}. */
    static final int SCHEMA_VERSION = 2;
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Connection connection;

    private SqliteFile(Connection connection) {
        this.connection = connection;
    }

    static SqliteFile open(Path file) {
        SqliteNative.prepare();
        try {
            // The driver itself, not DriverManager: its first use looks for every JDBC driver on the class path.
            Connection connection = JDBC.createConnection(JDBC.PREFIX + file.toAbsolutePath(), new Properties());
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

    /**
     * Builds the driver's per-connection settings once, opening nothing, so that the first
     * {@link #open} finds them made: sqlite-jdbc makes a date formatter for every connection, and the
     * first one loads the locale data and the time-zone database (a vault stores no dates in SQLite's
     * types). The driver keeps it in its cache. Loads no native library.
     */
    static void prepareSettings() {
        new SQLiteConfig();
    }

    /**
     * Does a first open's one-time work without a file: loads the driver's classes and the native
     * library (from the cache, see {@link SqliteNative}), builds the settings and runs a statement
     * on a connection in memory, so the unlock that follows opens the vault with all of it done (in
     * a fresh JVM about 100 ms of CPU, on the unlock's path before the KDF). Returns false if SQLite
     * could not be opened; the real open then reports why.
     */
    static boolean warmUpInMemory() {
        SqliteNative.prepare();
        prepareSettings();
        try (Connection memory = JDBC.createConnection(JDBC.PREFIX + ":memory:", new Properties());
             Statement s = memory.createStatement()) {
            s.execute("CREATE TABLE warm(x BLOB)"); // a write and a read, as the unlock's
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM warm")) {
                return r.next();
            }
        } catch (SQLException | RuntimeException e) {
            return false;
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
            for (String table : TABLES_V1) s.execute(table);
            for (String table : ADDED_IN_V2) s.execute(table);
            s.execute(LABEL_INDEX_BY_TAG);
        }
    }

    /** Format 1's schema, exactly as SQLite keeps it in sqlite_schema: {@link #checkIdentity} compares it. */
    private static final List<String> TABLES_V1 = List.of(
            "CREATE TABLE meta(name TEXT PRIMARY KEY, value BLOB NOT NULL)",
            "CREATE TABLE entries(id TEXT PRIMARY KEY, revision INTEGER NOT NULL,"
                    + " nonce BLOB NOT NULL, ciphertext BLOB NOT NULL)",
            "CREATE TABLE events(seq INTEGER PRIMARY KEY, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL)");

    /**
     * Format 2 adds: usage records (sealed, outside the signed set), tombstones of deleted entries and
     * the blind label index (both in the signed set).
     */
    static final List<String> ADDED_IN_V2 = List.of(
            "CREATE TABLE usage(id TEXT PRIMARY KEY, value BLOB NOT NULL)",
            "CREATE TABLE tombstones(id TEXT PRIMARY KEY, revision INTEGER NOT NULL)",
            "CREATE TABLE label_index(id TEXT PRIMARY KEY, tag BLOB NOT NULL)");
    static final String LABEL_INDEX_BY_TAG = "CREATE INDEX label_index_by_tag ON label_index(tag)";

    /** Refuses files that are not ApiKeep vaults, and vaults of a newer schema than this build knows. */
    void checkIdentity(Path file) {
        try {
            String applicationId = pragma("application_id");
            if (!String.valueOf(APPLICATION_ID).equals(applicationId)) {
                throw new VaultException(Kind.NOT_A_VAULT, file + " is not an ApiKeep vault");
            }
            int schema = userVersion();
            if (schema > SCHEMA_VERSION) {
                throw new VaultException(Kind.NEWER_FORMAT, file + " was written by a newer ApiKeep"
                        + " (format " + schema + "); update ApiKeep to open it");
            }
            if (schema < 1) throw new VaultException(Kind.DAMAGED, file + " has no format version; restore a backup");
            checkTables(schema);
        } catch (SQLException e) {
            throw translate(e, "read the vault");
        }
    }

    /** The file's format version ({@code PRAGMA user_version}). */
    int userVersion() throws SQLException {
        return Integer.parseInt(pragma("user_version"));
    }

    /**
     * A consistent copy of the whole file into {@code target} (which must not exist or be empty):
     * the same encrypted pages, nothing decrypted. Not inside a transaction.
     */
    void vacuumInto(Path target) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toAbsolutePath().toString());
            s.execute();
        }
    }

    /** SQLite's own structural check of the file ("ok" or the problems it found). */
    String quickCheck() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            StringBuilder result = new StringBuilder();
            while (rs.next()) {
                if (result.length() > 0) result.append("; ");
                result.append(rs.getString(1));
            }
            return result.toString();
        }
    }

    /** SQLite's structural check; a {@link Kind#DAMAGED} error describing what it found. */
    void checkStructure() {
        String result;
        try {
            result = quickCheck();
        } catch (SQLException e) {
            throw translate(e, "check the vault file");
        }
        if (!"ok".equalsIgnoreCase(result)) {
            throw new VaultException(Kind.DAMAGED, "the file is damaged (SQLite reports: "
                    + (result.length() > 200 ? result.substring(0, 200) + "…" : result) + ")");
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

    /**
     * A changed table definition (one flipped byte in sqlite_schema can rename a column) is damage,
     * not an I/O error: the tamper harness found "no such column" reported as IO before this check.
     */
    private void checkTables(int schema) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_schema WHERE type = 'table' ORDER BY rowid")) {
            while (rs.next()) found.add(rs.getString(1));
        }
        List<String> expected = new ArrayList<>(TABLES_V1);
        if (schema >= 2) expected.addAll(ADDED_IN_V2);
        if (!found.equals(expected)) {
            throw new VaultException(Kind.DAMAGED, "the vault file is damaged (its table definitions were"
                    + " changed); restore a backup");
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
