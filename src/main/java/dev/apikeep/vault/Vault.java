package dev.apikeep.vault;

import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An open, unlocked vault: one SQLite file whose entries are each sealed with AES-256-GCM under a
 * data key (DEK) that the master password unwraps. Opening verifies the set-MAC over all
 * (id, revision) pairs without decrypting any entry; entries are decrypted when asked for.
 *
 * <p>This class is the vault layer's one public door; the work is done by its parts. Format:
 * {@link Unlocking} (create, unlock, header and integrity checks, upgrade), {@link KeyChange}
 * (password, rekey), with {@link KeyHeader}, {@link Cipherer} and {@link Integrity} below them.
 * Storage: {@link EntryReads} (queries), {@link Transactions} (every write in one
 * {@code BEGIN IMMEDIATE} transaction that also updates the set-MAC, so a crash leaves the state
 * before or after the write, never a mix), {@link BackupFiles} (copies) and {@link SqliteFile}.
 * Not thread-safe: callers serialise access (the GUI does vault work on one background thread).
 */
public final class Vault implements AutoCloseable {
    private final OpenVault state;
    private final EntryReads reads;
    private final Transactions transactions;
    private final KeyChange keyChange;

    Vault(OpenVault state) {
        this.state = state;
        this.reads = new EntryReads(state);
        this.transactions = new Transactions(state);
        this.keyChange = new KeyChange(state, transactions);
    }

    /** How to proceed when the integrity check fails. */
    public enum Access {
        /** Refuse a damaged vault with {@link Kind#DAMAGED}. */
        NORMAL,
        /** Open a damaged vault read-only so the readable entries can be rescued. */
        RESCUE
    }

    /** When the set-MAC is checked: at open, as each read needs ({@link IntegrityOnRead}), or at open while opening every entry ({@link FirstRead}). */
    public enum Check { AT_OPEN, ON_READ, READING_ALL }

    /** Creates a new, empty vault. Refuses to overwrite an existing file. */
    public static Vault create(Path file, char[] password, KdfParams kdf) {
        return create(file, password, kdf, CheckedKdf.standard());
    }

    /** As above, deriving with {@code engines}, which must agree (nothing is made when they do not). */
    public static Vault create(Path file, char[] password, KdfParams kdf, CheckedKdf engines) {
        return Unlocking.create(file, password, kdf, engines, SqliteFile::open);
    }

    /** Opens and unlocks an existing vault: wrong password, not-a-vault and damage are distinct outcomes. */
    public static Vault open(Path file, char[] password, Access access) {
        return open(file, password, access, CheckedKdf.standard());
    }

    /** As above, deriving with {@code engines}: the reference engine is tried before "wrong password". */
    public static Vault open(Path file, char[] password, Access access, CheckedKdf engines) {
        return open(file, password, access, engines, KdfHeader.Memory.NONE);
    }

    /**
     * As above; when the password does not unwrap the key under the file's header, and {@code memory}
     * holds a different header that last unlocked this vault here, tries that one: if it opens, the
     * header was edited since, {@link Kind#HEADER_CHANGED} (a rescue opens it read-only), and no
     * failed unlock is counted. The set-MAC is checked {@code when} said (default: at open).
     */
    public static Vault open(Path file, char[] password, Access access, CheckedKdf engines, KdfHeader.Memory memory) {
        return open(file, password, access, Check.AT_OPEN, engines, memory);
    }

    public static Vault open(Path file, char[] password, Access access, Check when, CheckedKdf engines,
                             KdfHeader.Memory memory) {
        return Unlocking.open(file, password, access, when, engines, memory, SqliteFile::open);
    }

    /** The header fields the data key is bound to as they are now (after a password change or rekey too). */
    public KdfHeader kdfHeader() {
        return KdfHeader.of(state.header);
    }

    /**
     * True when the fast Argon2 engine's key did not open this vault and the reference engine's did:
     * the fast engine is faulty on this computer, and the reference one is used for the rest of the run.
     */
    public boolean kdfFellBack() {
        return state.kdfFellBack;
    }

    /** The file's format version (2 for every vault this build writes; 1 only for a rescued, unmigrated one). */
    public int formatVersion() {
        return state.format;
    }

    /** Wrong passwords typed since the last successful unlock, if any (plaintext, no secret). */
    public Optional<FailedUnlocks> failedUnlocks() {
        return FailedUnlocks.decode(Meta.get(state.sqlite, Meta.FAILED_UNLOCKS).orElse(null));
    }

    /** Re-runs the set-MAC check, e.g. after another program changed the file. */
    public IntegrityReport verify() {
        return ReadSnapshot.of(state.sqlite, () -> Integrity.check(state.sqlite, state.keys, state.format));
    }

    /** The vault's write generation: grows with every write, never goes back (unless the file is replaced by an older copy). */
    public long generation() {
        return transactions.setMacRecord().generation();
    }

    /** The vault id, hex: names this vault (and its copies) in the per-machine memory of generations. */
    public String vaultId() {
        return HexFormat.of().formatHex(state.header.vaultId());
    }

    public Path file() {
        return state.file;
    }

    /** The copy made before this open upgraded an older file format, if it did. */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(state.migrationBackup);
    }

    /**
     * Copies the whole vault to {@code target} (which must not exist): a consistent snapshot of the
     * same encrypted file, see {@link BackupFiles#copyOpen}. Works on a vault open read-only too: a
     * damaged vault is worth a copy before anyone repairs it.
     */
    public void backupTo(Path target) {
        BackupFiles.copyOpen(state.sqlite, target);
    }

    /** Copies a vault that is not open here (no password needed: the copy stays encrypted), e.g. before a restore. */
    public static void backupClosed(Path source, Path target) {
        BackupFiles.copyClosed(source, target);
    }

    /** SQLite's structural check; a {@link Kind#DAMAGED} error describing what it found. */
    public void checkStructure() {
        state.sqlite.checkStructure();
    }

    public KdfParams kdfParams() {
        return state.header.kdf();
    }

    public boolean isReadOnly() {
        return state.readOnly;
    }

    /** Entries found damaged so far (by the open check or by decrypting them). */
    public List<UUID> damagedEntries() {
        return List.copyOf(state.damaged);
    }

    /** Decrypts every entry (or finishes an open's, {@link FirstRead}); one that fails is damaged and makes the vault read-only. */
    public List<ApiKeyEntry> entries() {
        return reads.entries();
    }

    /** How often and when an entry was last used ({@link Usage#NEVER} when it never was). */
    public Usage usage(UUID id) {
        return reads.usage(id);
    }

    /**
     * Ids of the entries whose label equals {@code label} ignoring case (and surrounding spaces), from
     * the blind index: one indexed lookup, nothing decrypted, whatever the vault's size. Empty when
     * the vault has no index (a format-1 vault open read-only): the caller then searches by decrypting.
     */
    public Optional<List<UUID>> idsWithLabel(String label) {
        return reads.idsWithLabel(label);
    }

    /** Whether this vault deleted the entry with this id (it has a tombstone): an import must not bring it back. */
    public boolean wasDeleted(UUID id) {
        return reads.wasDeleted(id);
    }

    /**
     * Entries whose blind-index row does not match their label (or is missing or left over): part
     * of {@code check}, which decrypts everything. The unlock check only proves the index was
     * written by this vault's key; this proves it says the truth.
     */
    public List<UUID> labelIndexMismatches() {
        return reads.labelIndexMismatches();
    }

    /** Decrypts one entry by id; a damaged entry is a {@link Kind#DAMAGED} error naming it. */
    public Optional<ApiKeyEntry> find(UUID id) {
        return reads.find(id);
    }

    /** Ids starting with {@code prefix}, without decrypting anything. */
    public List<UUID> idsStartingWith(String prefix) {
        return reads.idsStartingWith(prefix);
    }

    public int entryCount() {
        return reads.entryCount();
    }

    /** The newest event's time, not checked against the log's chain: the unlock's rollback hint, for a one-key command. */
    public Optional<java.time.Instant> newestEventTime() {
        return reads.newestEventTime();
    }

    /** The newest {@code limit} events (all when limit <= 0), oldest first. */
    public List<ActivityEvent> events(int limit) {
        return reads.events(limit);
    }

    /** The record of issued bot kits (decrypted), if a kit was ever issued. */
    public Optional<byte[]> kits() {
        return reads.kits();
    }

    /**
     * Each key's last check with its exchange (decrypted, app-defined bytes) by entry id. An unreadable
     * record is left out: it is a hint outside the signed set, not damage.
     */
    public java.util.Map<UUID, byte[]> checks() {
        return reads.checks();
    }

    /** The encrypted settings blob, if any were saved. */
    public Optional<byte[]> settings() {
        return reads.settings();
    }

    /** Changes committed by any connection since this one opened: lets the app notice another program's writes. */
    public long dataVersion() {
        return state.sqlite.dataVersion();
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction and updates the set-MAC with it.
     * Either everything in {@code work} is committed, or nothing is.
     */
    public <T> T write(Function<VaultTransaction, T> work) {
        return transactions.write(work);
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
        keyChange.changePassword(newPassword, newKdf);
    }

    /**
     * Whether {@code password} is the current master password: derives the KEK from the header as
     * stored now and tries to unwrap the stored data key (which must be the key this vault holds).
     * Takes the KDF's time; wipes the KEK and the unwrapped copy. The password is not wiped.
     */
    public boolean verifyPassword(char[] password) {
        return keyChange.verifyPassword(password);
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
        keyChange.rekey(password);
    }

    /** Wipes the data key and every key derived from it, and closes the file. The vault cannot be used afterwards. */
    @Override
    public void close() {
        state.close();
    }
}
