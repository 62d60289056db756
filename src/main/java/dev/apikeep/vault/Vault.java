package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.vault.VaultException.Kind;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An open, unlocked vault: one SQLite file whose entries are each sealed with AES-256-GCM under a
 * data key (DEK) that the master password unwraps. Opening verifies the set-MAC over all
 * (id, revision) pairs without decrypting any entry; entries are decrypted when asked for.
 *
 * <p>Every write runs in one {@code BEGIN IMMEDIATE} transaction ({@link #write}) that also
 * updates the set-MAC, so a crash leaves the state before or after the write, never a mix.
 * Not thread-safe: callers serialise access (the GUI does vault work on one background thread).
 */
public final class Vault implements AutoCloseable {
    private final Path file;
    private final SqliteFile sqlite;
    /** Argon2 with its safety net: both engines for a new wrapping, the reference one before "wrong password". */
    private final CheckedKdf kdf;
    /** True when only the reference Argon2 engine could open this vault (the fast one is faulty here). */
    private boolean kdfFellBack;
    private VaultHeader header;
    // Not final: rekey() switches the open vault to a fresh data key.
    private VaultKeys keys;
    /** The file's format: 1 only while a format-1 vault is open read-only (a rescue); writes need the current one. */
    private int format = SqliteFile.SCHEMA_VERSION;
    /** Test hook: runs inside rekey's transaction after the entries were re-encrypted. */
    Runnable rekeyFaultForTest;
    private boolean readOnly;
    private final List<UUID> damaged = new ArrayList<>();

    private Path migrationBackup;

    private Vault(Path file, SqliteFile sqlite, VaultHeader header, byte[] dataKey, CheckedKdf kdf) {
        this.file = file;
        this.sqlite = sqlite;
        this.kdf = kdf;
        this.header = header;
        this.keys = new VaultKeys(dataKey, header.vaultId());
    }

    /** How to proceed when the integrity check fails. */
    public enum Access {
        /** Refuse a damaged vault with {@link Kind#DAMAGED}. */
        NORMAL,
        /** Open a damaged vault read-only so the readable entries can be rescued. */
        RESCUE
    }

    /** Creates a new, empty vault. Refuses to overwrite an existing file. */
    public static Vault create(Path file, char[] password, KdfParams kdf) {
        return create(file, password, kdf, CheckedKdf.standard());
    }

    /**
     * As above, deriving with {@code engines}. The key is derived (by both engines, which must agree)
     * before the file is made, so a refusal leaves nothing behind.
     */
    public static Vault create(Path file, char[] password, KdfParams kdf, CheckedKdf engines) {
        String problem = kdf.problem();
        if (problem != null) throw new VaultException(Kind.IO, "refused: " + problem);
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw alreadyExists(file);
        VaultHeader header = VaultHeader.fresh(Aead.randomBytes(16), kdf, Aead.randomBytes(16));
        byte[] dataKey = Aead.randomBytes(32);
        byte[] wrapped;
        try {
            wrapped = KeyHeader.wrap(password, header, dataKey, engines);
        } catch (RuntimeException e) {
            Arrays.fill(dataKey, (byte) 0);
            throw e;
        }
        createPrivateFile(file);
        SqliteFile sqlite = SqliteFile.open(file);
        Vault vault = null;
        try {
            vault = new Vault(file, sqlite, header, dataKey, engines);
            vault.initialise(wrapped);
            return vault;
        } catch (RuntimeException | SQLException e) {
            if (vault != null) vault.keys.wipe();
            Arrays.fill(dataKey, (byte) 0);
            sqlite.close();
            deleteQuietly(file);
            if (e instanceof SQLException sql) throw SqliteFile.translate(sql, "create the vault");
            throw (RuntimeException) e;
        }
    }

    private void initialise(byte[] wrappedDataKey) throws SQLException {
        sqlite.execute("BEGIN IMMEDIATE");
        try {
            sqlite.createSchema();
            KeyHeader.put(sqlite, header, wrappedDataKey, keys);
            Meta.put(sqlite, Meta.SET_MAC, keys.cipherer.sealSetMac(SetMacRecord.EMPTY));
            sqlite.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            sqlite.execute("ROLLBACK");
            throw e;
        }
    }

    /** Opens and unlocks an existing vault: wrong password, not-a-vault and damage are distinct outcomes. */
    public static Vault open(Path file, char[] password, Access access) {
        return open(file, password, access, CheckedKdf.standard());
    }

    /** As above, deriving with {@code engines} (the reference engine is tried before "wrong password"). */
    public static Vault open(Path file, char[] password, Access access, CheckedKdf engines) {
        if (!Files.isRegularFile(file)) {
            throw new VaultException(Kind.NOT_FOUND, "no vault at " + file + ": create one first (apikeep init)");
        }
        SqliteFile sqlite = SqliteFile.open(file);
        Vault vault = null;
        try {
            sqlite.checkIdentity(file);
            VaultHeader header = KeyHeader.read(sqlite);
            CheckedKdf.Opened<byte[]> dataKey = KeyHeader.unwrap(sqlite, header, password, engines);
            vault = new Vault(file, sqlite, header, dataKey.value(), engines);
            vault.kdfFellBack = dataKey.switchedToReference();
            vault.format = sqlite.userVersion();
            if (vault.format >= 2) vault.verifyHeaderMac(access);
            vault.verifyOnOpen(access);
            if (vault.format < SqliteFile.SCHEMA_VERSION) vault.upgrade(access);
            return vault;
        } catch (SQLException e) {
            if (vault != null) vault.close();
            else sqlite.close();
            throw SqliteFile.translate(e, "read the vault");
        } catch (RuntimeException e) {
            if (e instanceof VaultException v && v.kind() == Kind.WRONG_PASSWORD) FailedUnlockCounter.countOne(sqlite);
            if (vault != null) vault.close(); // also wipes the data key we unwrapped
            else sqlite.close();
            throw e;
        }
    }

    /** A header changed behind ApiKeep's back is damage; a rescue still reads what the (right) key opens. */
    private void verifyHeaderMac(Access access) {
        try {
            KeyHeader.verifyMac(sqlite, keys);
        } catch (VaultException e) {
            if (access == Access.NORMAL) throw e;
            readOnly = true;
        }
    }

    /**
     * Upgrades an intact format-1 vault in one transaction ({@link FormatMigration}). A vault that
     * is damaged stays as it is: refused normally, or readable (format 1, read-only) in a rescue.
     */
    private void upgrade(Access access) {
        if (readOnly) return; // a damaged format-1 vault opened to rescue: read it as it is
        try {
            migrationBackup = FormatMigration.upgrade(file, sqlite, header, keys);
            format = SqliteFile.SCHEMA_VERSION;
        } catch (VaultException e) {
            if (e.kind() != Kind.DAMAGED || access == Access.NORMAL) throw e;
            readOnly = true;
            damaged.addAll(e.damagedEntries());
        }
    }

    /**
     * True when the fast Argon2 engine's key did not open this vault and the reference engine's did:
     * the fast engine is faulty on this computer, and the reference one is used for the rest of the run.
     */
    public boolean kdfFellBack() {
        return kdfFellBack;
    }

    /** The file's format version (2 for every vault this build writes; 1 only for a rescued, unmigrated one). */
    public int formatVersion() {
        return format;
    }

    /** Wrong passwords typed since the last successful unlock, if any (plaintext, no secret). */
    public Optional<FailedUnlocks> failedUnlocks() {
        return FailedUnlocks.decode(Meta.get(sqlite, Meta.FAILED_UNLOCKS).orElse(null));
    }

    private void verifyOnOpen(Access access) {
        IntegrityReport report;
        try {
            report = Integrity.check(sqlite, keys, format);
        } catch (VaultException e) {
            // The integrity record itself is missing or does not decrypt. Rescue must still be
            // possible: every entry is sealed on its own and can be read without the record.
            if (e.kind() != Kind.DAMAGED || access == Access.NORMAL) throw e;
            readOnly = true;
            return;
        }
        if (report.intact()) return;
        if (access == Access.NORMAL) {
            close();
            throw new VaultException(Kind.DAMAGED, report.describe() + "; open it read-only to rescue"
                    + " the readable entries, or restore a backup", report.suspectEntries(), null);
        }
        readOnly = true;
        damaged.addAll(report.suspectEntries());
    }

    /** Re-runs the set-MAC check, e.g. after another program changed the file. */
    public IntegrityReport verify() {
        return Integrity.check(sqlite, keys, format);
    }

    /** The vault's write generation: grows with every write, never goes back (unless the file is replaced by an older copy). */
    public long generation() {
        return loadSetMacRecord().generation();
    }

    /** The vault id, hex: names this vault (and its copies) in the per-machine memory of generations. */
    public String vaultId() {
        return java.util.HexFormat.of().formatHex(header.vaultId());
    }

    public Path file() {
        return file;
    }

    /** The copy made before this open upgraded an older file format, if it did. */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(migrationBackup);
    }

    /**
     * Copies the whole vault to {@code target} with SQLite's {@code VACUUM INTO}: a consistent
     * snapshot of the same encrypted file (nothing is decrypted), mode 0600, written through a
     * hidden partial file and renamed into place. {@code target} must not exist. Works on a vault
     * open read-only too: a damaged vault is worth a copy before anyone repairs it.
     */
    public void backupTo(Path target) {
        if (Files.exists(target)) throw new VaultException(Kind.ALREADY_EXISTS, target + " already exists; nothing was written");
        BackupFiles.writeAtomically(target, "write the backup", sqlite::vacuumInto);
    }

    /**
     * Copies a vault that is not open here (no password needed: the copy stays encrypted), e.g. the
     * current file just before a restore replaces it.
     */
    public static void backupClosed(Path source, Path target) {
        if (Files.exists(target)) throw new VaultException(Kind.ALREADY_EXISTS, target + " already exists; nothing was written");
        try (SqliteFile sqlite = SqliteFile.open(source)) {
            BackupFiles.writeAtomically(target, "write the backup", sqlite::vacuumInto);
        }
    }

    /** SQLite's structural check; a {@link Kind#DAMAGED} error describing what it found. */
    public void checkStructure() {
        String result;
        try {
            result = sqlite.quickCheck();
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "check the vault file");
        }
        if (!"ok".equalsIgnoreCase(result)) {
            throw new VaultException(Kind.DAMAGED, "the file is damaged (SQLite reports: "
                    + (result.length() > 200 ? result.substring(0, 200) + "…" : result) + ")");
        }
    }

    public KdfParams kdfParams() {
        return header.kdf();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Entries found damaged so far (by the open check or by decrypting them). */
    public List<UUID> damagedEntries() {
        return List.copyOf(damaged);
    }

    /** Decrypts every entry; entries that fail are reported in {@link #damagedEntries()} and make the vault read-only. */
    public List<ApiKeyEntry> entries() {
        List<Cipherer.EntryRow> rows = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id, revision, nonce, ciphertext FROM entries");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) rows.add(new Cipherer.EntryRow(rs.getString(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4)));
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
        List<ApiKeyEntry> opened = keys.cipherer.openEntries(rows);
        java.util.Map<String, Usage> usage = allUsage();
        List<ApiKeyEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (opened.get(i) != null) entries.add(withUsage(opened.get(i), usage.get(rows.get(i).id())));
            else markDamaged(rows.get(i).id());
        }
        return entries;
    }

    /** How often and when an entry was last used ({@link Usage#NEVER} when it never was). */
    public Usage usage(UUID id) {
        if (format < 2) return Usage.NEVER;
        try (PreparedStatement s = sqlite.prepare("SELECT value FROM usage WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? openUsage(id.toString(), rs.getBytes(1)) : Usage.NEVER;
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
    }

    private java.util.Map<String, Usage> allUsage() {
        java.util.Map<String, Usage> usage = new java.util.HashMap<>();
        if (format < 2) return usage;
        try (PreparedStatement s = sqlite.prepare("SELECT id, value FROM usage"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) usage.put(rs.getString(1), openUsage(rs.getString(1), rs.getBytes(2)));
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
        return usage;
    }

    /** Usage is a hint outside the signed set: an unreadable record reads as "never used", it is not damage. */
    private Usage openUsage(String id, byte[] sealed) {
        try {
            return keys.cipherer.openUsage(id, sealed);
        } catch (RuntimeException unreadable) {
            return Usage.NEVER;
        }
    }

    /** The entry as callers see it: "last used" from the usage record (format 2) rather than the sealed entry. */
    private ApiKeyEntry withUsage(ApiKeyEntry entry, Usage usage) {
        if (format < 2) return entry;
        Instant last = usage == null ? null : usage.lastUsedAt();
        return java.util.Objects.equals(entry.lastUsedAt(), last) ? entry : entry.toBuilder().lastUsedAt(last).build();
    }

    /**
     * Ids of the entries whose label equals {@code label} ignoring case (and surrounding spaces), from
     * the blind index: one indexed lookup, nothing decrypted, whatever the vault's size. Empty when
     * the vault has no index (a format-1 vault open read-only): the caller then searches by decrypting.
     */
    public Optional<List<UUID>> idsWithLabel(String label) {
        if (format < 2) return Optional.empty();
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id FROM label_index WHERE tag = ?")) {
            s.setBytes(1, keys.labelTag(label));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) ids.add(Integrity.parseOrNil(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
        return Optional.of(ids);
    }

    /** Whether this vault deleted the entry with this id (it has a tombstone): an import must not bring it back. */
    public boolean wasDeleted(UUID id) {
        if (format < 2) return false;
        try (PreparedStatement s = sqlite.prepare("SELECT 1 FROM tombstones WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
    }

    /**
     * Entries whose blind-index row does not match their label (or is missing or left over): part
     * of {@code check}, which decrypts everything. The unlock check only proves the index was
     * written by this vault's key; this proves it says the truth.
     */
    public List<UUID> labelIndexMismatches() {
        if (format < 2) return List.of();
        java.util.Map<String, byte[]> index = new java.util.HashMap<>();
        Integrity.forEachIndexRow(sqlite, index::put);
        List<UUID> wrong = new ArrayList<>();
        for (ApiKeyEntry entry : entries()) {
            byte[] stored = index.remove(entry.id().toString());
            if (stored == null || !java.security.MessageDigest.isEqual(stored, keys.labelTag(entry.label()))) wrong.add(entry.id());
        }
        index.keySet().forEach(id -> wrong.add(Integrity.parseOrNil(id)));
        return wrong;
    }

    /** Decrypts one entry by id; a damaged entry is a {@link Kind#DAMAGED} error naming it. */
    public Optional<ApiKeyEntry> find(UUID id) {
        try (PreparedStatement s = sqlite.prepare("SELECT id, revision, nonce, ciphertext FROM entries WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(tryDecrypt(rs).map(e -> withUsage(e, usage(id))).orElseThrow(() -> new VaultException(Kind.DAMAGED,
                        "entry " + id + " is damaged or was tampered with; restore a backup",
                        List.of(id), null)));
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
    }

    /** Ids starting with {@code prefix}, without decrypting anything. */
    public List<UUID> idsStartingWith(String prefix) {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare("SELECT id FROM entries WHERE substr(id, 1, ?) = ?")) {
            s.setInt(1, prefix.length());
            s.setString(2, prefix.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) ids.add(UUID.fromString(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
        return ids;
    }

    public int entryCount() {
        try (PreparedStatement s = sqlite.prepare("SELECT count(*) FROM entries"); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the vault");
        }
    }

    private Optional<ApiKeyEntry> tryDecrypt(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        long revision = rs.getLong(2);
        try {
            return Optional.of(keys.cipherer.openEntry(id, revision, rs.getBytes(3), rs.getBytes(4)));
        } catch (RuntimeException damagedEntry) {
            markDamaged(id);
            return Optional.empty();
        }
    }

    private void markDamaged(String id) {
        UUID bad = Integrity.parseOrNil(id);
        if (!damaged.contains(bad)) damaged.add(bad);
        readOnly = true;
    }


    /** The newest {@code limit} events (all when limit <= 0), oldest first. */
    public List<ActivityEvent> events(int limit) {
        String sql = "SELECT seq, nonce, ciphertext FROM (SELECT * FROM events ORDER BY seq DESC"
                + (limit > 0 ? " LIMIT " + limit : "") + ") ORDER BY seq";
        List<ActivityEvent> events = new ArrayList<>();
        try (PreparedStatement s = sqlite.prepare(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    events.add(keys.cipherer.openEvent(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
                } catch (RuntimeException damagedEvent) {
                    readOnly = true;
                }
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read the activity log");
        }
        return events;
    }

    /** The record of issued bot kits (decrypted), if a kit was ever issued. */
    public Optional<byte[]> kits() {
        return Meta.get(sqlite, Meta.KITS).map(keys.cipherer::openKits);
    }

    /** The encrypted settings blob, if any were saved. */
    public Optional<byte[]> settings() {
        return Meta.get(sqlite, Meta.SETTINGS).map(keys.cipherer::openSettings);
    }

    /** Test hook: a pragma as the vault's own connection sees it. */
    String pragmaForTest(String name) {
        try {
            return sqlite.pragma(name);
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "read a setting");
        }
    }

    /** Test hook: lets the file grow by at most {@code extraPages} pages on this connection, to simulate a full disk. */
    void limitPagesForTest(long extraPages) {
        sqlite.limitPages(sqlite.pageCount() + extraPages);
    }

    public long dataVersion() {
        return sqlite.dataVersion();
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction and updates the set-MAC with it.
     * Either everything in {@code work} is committed, or nothing is.
     */
    public <T> T write(Function<VaultTransaction, T> work) {
        if (readOnly || format < SqliteFile.SCHEMA_VERSION) {
            throw new VaultException(Kind.READ_ONLY, "the vault is open read-only because it is damaged;"
                    + " rescue the readable entries or restore a backup");
        }
        try {
            sqlite.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "start writing");
        }
        try {
            VaultTransaction tx = new VaultTransaction(sqlite, keys, loadSetMacRecord());
            T result = work.apply(tx);
            Meta.put(sqlite, Meta.SET_MAC, keys.cipherer.sealSetMac(tx.finishedSetMac()));
            sqlite.execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollback();
            throw SqliteFile.translate(e, "save");
        } catch (RuntimeException | Error e) {
            // Errors too (AssertionError, StackOverflowError from the caller's work): otherwise the
            // transaction stays open, its half-done writes stay visible and the next write fails.
            rollback();
            throw e;
        }
    }

    private SetMacRecord loadSetMacRecord() {
        byte[] sealed = Meta.get(sqlite, Meta.SET_MAC)
                .orElseThrow(() -> new VaultException(Kind.DAMAGED, "the vault's integrity record is missing"));
        try {
            return keys.cipherer.openSetMac(sealed);
        } catch (VaultException e) {
            if (e.kind() != Kind.DAMAGED || !rekeyedElsewhere()) throw e;
            throw new VaultException(Kind.CHANGED_ELSEWHERE, "another ApiKeep re-encrypted this vault under a new"
                    + " key since it was opened here; nothing was changed: open it again (lock and unlock)", e);
        }
    }

    /**
     * Whether another process re-keyed the vault after this one opened it: its integrity record is
     * then sealed under a key this process does not hold, which is not damage. Every rekey stores a
     * new salt, so the stored salt no longer matches the one read at open.
     */
    private boolean rekeyedElsewhere() {
        return !Arrays.equals(KeyHeader.read(sqlite).salt(), header.salt());
    }

    private void rollback() {
        try {
            sqlite.execute("ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
            // SQLite rolls back on its own after some errors (disk full); nothing more to undo
        }
    }

    /** Stores the settings blob encrypted, in its own transaction. */
    public void saveSettings(byte[] plaintext) {
        write(tx -> {
            tx.saveSettings(plaintext);
            return null;
        });
    }

    /**
     * Rewraps the same data key under a new password and/or KDF parameters: one small transaction,
     * whatever the vault's size. The old password stops working when it commits.
     */
    public void changePassword(char[] newPassword, KdfParams newKdf) {
        String problem = newKdf.problem();
        if (problem != null) throw new VaultException(Kind.IO, "refused: " + problem);
        if (readOnly) write(tx -> null); // refuses with READ_ONLY before spending the KDF's time
        VaultHeader newHeader = header.withKdf(newKdf, Aead.randomBytes(16));
        // Argon2 runs before BEGIN IMMEDIATE: with strong parameters it takes seconds, and holding
        // the write lock that long would make the CLI's writes fail with BUSY.
        byte[] wrapped = KeyHeader.wrap(newPassword, newHeader, keys.dataKey, kdf);
        write(tx -> {
            KeyHeader.put(sqlite, newHeader, wrapped, keys);
            return null;
        });
        header = newHeader;
    }

    /**
     * Whether {@code password} is the current master password: derives the KEK from the header as
     * stored now and tries to unwrap the stored data key (which must be the key this vault holds).
     * Takes the KDF's time; wipes the KEK and the unwrapped copy. The password is not wiped.
     */
    public boolean verifyPassword(char[] password) {
        byte[] unwrapped;
        try {
            unwrapped = KeyHeader.unwrap(sqlite, KeyHeader.read(sqlite), password, kdf).value();
        } catch (VaultException e) {
            if (e.kind() == Kind.WRONG_PASSWORD) return false;
            throw e;
        }
        try {
            return java.security.MessageDigest.isEqual(unwrapped, keys.dataKey);
        } finally {
            Arrays.fill(unwrapped, (byte) 0);
        }
    }

    /**
     * Re-encrypts everything under a fresh data key, for when the vault file may have been copied:
     * a copy taken before stays bound to the old key, and the master password (checked first) stays.
     *
     * <p>One {@code BEGIN IMMEDIATE} transaction re-encrypts every entry, every event and the
     * settings with fresh nonces, rebuilds the set-MAC under the new key's K_mac, stores a new salt
     * and the new wrapped key, and logs {@code REKEY}; any failure rolls all of it back and the
     * vault keeps working with the old key. Revisions stay as they are: the associated data
     * (vault id, id, revision) is unchanged, but a row copied back from before is sealed under the
     * old key and cannot be opened any more, and the activity log's revisions keep naming the
     * entries correctly. The KDF runs before the transaction, as in {@link #changePassword}.
     */
    public void rekey(char[] password) {
        if (readOnly) write(tx -> null); // refuses with READ_ONLY
        if (!verifyPassword(password)) {
            throw new VaultException(Kind.WRONG_PASSWORD, "wrong master password; nothing was changed");
        }
        byte[] newKey = Aead.randomBytes(32);
        VaultKeys newKeys = new VaultKeys(newKey, header.vaultId());
        VaultHeader newHeader = header.withKdf(header.kdf(), Aead.randomBytes(16));
        byte[] wrapped;
        try {
            wrapped = KeyHeader.wrap(password, newHeader, newKey, kdf);
        } catch (RuntimeException e) {
            newKeys.wipe();
            throw e;
        }
        boolean committed = false;
        try {
            sqlite.execute("BEGIN IMMEDIATE");
            try {
                long generation = loadSetMacRecord().generation();
                Reencryption reencryption = Reencryption.run(sqlite, keys, newKeys, rekeyFaultForTest);
                KeyHeader.put(sqlite, newHeader, wrapped, newKeys);
                reencryption.finish(generation);
                sqlite.execute("COMMIT");
                committed = true;
            } catch (SQLException | RuntimeException | Error e) {
                rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqliteFile.translate(e, "re-encrypt the vault");
        } finally {
            if (!committed) newKeys.wipe();
        }
        VaultKeys oldKeys = keys;
        keys = newKeys;
        header = newHeader;
        oldKeys.wipe();
    }

    /** Wipes the data key and every key derived from it, and closes the file. The vault cannot be used afterwards. */
    @Override
    public void close() {
        keys.wipe();
        sqlite.close();
    }

    private static void createPrivateFile(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) PrivateFiles.createDirectories(dir);
            PrivateFiles.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(file);
        } catch (IOException e) {
            throw new VaultException(Kind.IO, "could not create " + file + ": " + e.getMessage(), e);
        }
    }

    private static VaultException alreadyExists(Path file) {
        return new VaultException(Kind.ALREADY_EXISTS, file + " already exists; choose another file"
                + " or open the existing vault");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the half-made file holds no secrets
        }
    }
}
