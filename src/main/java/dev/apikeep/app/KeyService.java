package dev.apikeep.app;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The use cases on an unlocked vault, shared by the desktop app and the command line: every
 * change is validated, written in one transaction and recorded in the activity log with it.
 * Methods are synchronized so the GUI's background thread and a timer cannot interleave writes.
 */
public final class KeyService implements AutoCloseable {
    private final GuardedVault vault;
    private final ExchangeCatalog catalog;
    private final EntryValidator validator;
    private final Clock clock;
    private final EntryChanges changes;
    private final UnlockRecord unlock;
    private final SealedRecords records;
    private final MasterPassword password;

    public KeyService(Vault vault, ExchangeCatalog catalog, Clock clock) {
        this.vault = new GuardedVault(vault);
        this.catalog = catalog;
        this.validator = new EntryValidator(catalog);
        this.clock = clock;
        this.changes = new EntryChanges(this.vault, validator, clock);
        this.unlock = new UnlockRecord(this.vault, clock);
        this.records = new SealedRecords(this.vault);
        this.password = new MasterPassword(this.vault, unlock);
    }

    public static KeyService create(Path file, char[] password, KdfParams kdf, ExchangeCatalog catalog, Clock clock) {
        return create(file, password, kdf, catalog, clock, KeyDerivation.standard());
    }

    /** As above, deriving the key with {@code derivation}'s engines (both must agree). */
    public static KeyService create(Path file, char[] password, KdfParams kdf, ExchangeCatalog catalog, Clock clock,
                                    KeyDerivation derivation) {
        KeyService service = new KeyService(Failures.guard(
                () -> Vault.create(file, password, kdf, derivation.engines())), catalog, clock);
        service.vault.write(tx -> tx.log(EventType.CREATE, null, 0, "vault created"));
        return service;
    }

    public static KeyService open(Path file, char[] password, Vault.Access access, ExchangeCatalog catalog, Clock clock) {
        return open(file, password, access, catalog, clock, SeenVaults.inConfigDir(), KeyDerivation.standard());
    }

    /**
     * Opens with this machine's memory of vault generations and headers in {@code seen} (tests give
     * their own) and the Argon2 engines of {@code derivation}. A header edited since the vault last
     * unlocked here is {@link HeaderChangedException} (damaged), not a wrong password. Set-MAC: {@link Vault.Check};
     * the unlock event, at once or with a command's first write: {@link UnlockRecord.Logged}.
     */
    public static KeyService open(Path file, char[] password, Vault.Access access, ExchangeCatalog catalog, Clock clock,
                                  SeenVaults seen, KeyDerivation derivation) {
        return open(file, password, access, Vault.Check.AT_OPEN, UnlockRecord.Logged.AT_UNLOCK, catalog, clock, seen, derivation);
    }

    static KeyService open(Path file, char[] password, Vault.Access access, Vault.Check when, UnlockRecord.Logged logged,
                           ExchangeCatalog catalog, Clock clock, SeenVaults seen, KeyDerivation derivation) {
        KeyService service = new KeyService(Failures.guard(
                () -> Vault.open(file, password, access, when, derivation.engines(), seen.headers(file))), catalog, clock);
        try {
            service.unlock.unlocked(seen, logged);
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    /**
     * "this vault is older than the one you last opened here (restored from a backup or copied
     * back?) …" with the dates, when the vault's generation is lower than this machine last saw.
     */
    public Optional<String> rollbackWarning() {
        return unlock.rollbackWarning();
    }

    /** Said when the fast Argon2 engine's key did not open this vault and the reference engine's did. */
    public Optional<String> kdfWarning() {
        return vault.kdfFellBack() ? Optional.of(KeyDerivation.fellBackWarning()) : Optional.empty();
    }

    /** What the user should hear after this unlock: an older copy of the vault, an Argon2 engine switched. */
    public List<String> unlockWarnings() {
        return java.util.stream.Stream.of(rollbackWarning(), kdfWarning()).flatMap(Optional::stream).toList();
    }

    /** Wrong passwords typed before this unlock (now logged and reset), or empty when there were none. */
    public Optional<FailedUnlocks> failedUnlocksAtOpen() {
        return unlock.failedBefore();
    }

    public ExchangeCatalog catalog() {
        return catalog;
    }

    /** True when the vault was opened read-only to rescue what is readable (it is damaged). */
    public boolean isReadOnly() {
        return vault.isReadOnly();
    }

    /** Entries that failed to decrypt so far (skipped by {@link #list}); empty when all read fine. */
    public List<UUID> damagedEntries() {
        return vault.damagedEntries();
    }

    /** The vault's key-derivation cost. */
    public KdfSettings kdf() {
        return KdfSettings.of(vault.kdfParams());
    }

    /** Grows whenever any program commits a write to the vault file: a cheap "did anything change". */
    public long dataVersion() {
        return vault.dataVersion();
    }

    /** True when {@code password} is the master password; wipes nothing (the caller owns it). */
    public synchronized boolean verifyPassword(char[] password) {
        return vault.verifyPassword(password);
    }

    public Clock clock() { return clock; }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every readable entry, sorted by label; revoked ones only when asked for. */
    public synchronized List<ApiKeyEntry> list(boolean includeRevoked) {
        return EntryOrder.byLabel(vault.entries().stream().filter(e -> includeRevoked || !e.isRevoked()).toList());
    }

    public synchronized Optional<ApiKeyEntry> find(UUID id) {
        return vault.find(id);
    }

    /**
     * Finds one entry by id, id prefix of 6+ characters, or exact label (case-sensitive first, then
     * ignoring case). Refuses ambiguous references rather than guessing.
     */
    public synchronized ApiKeyEntry resolve(String ref) {
        return EntryRef.resolve(vault, ref);
    }

    public synchronized ApiKeyEntry add(ApiKeyEntry draft) {
        return changes.add(draft);
    }

    /** Saves an edited entry; {@code edited.revision()} must be the revision it was read at. */
    public synchronized ApiKeyEntry edit(ApiKeyEntry edited) {
        return changes.edit(edited, "");
    }

    /** As {@link #edit(ApiKeyEntry)}, with a word in the activity log on where the change came from. */
    public synchronized ApiKeyEntry edit(ApiKeyEntry edited, String detail) {
        return changes.edit(edited, detail);
    }

    public synchronized ApiKeyEntry revoke(ApiKeyEntry entry) {
        return changes.revoke(entry);
    }

    /** Undoes a revoke: the key is active again (only useful while it still works on the exchange). */
    public synchronized ApiKeyEntry reactivate(ApiKeyEntry revoked) {
        return changes.reactivate(revoked);
    }

    /** Undoes a delete: stores the deleted entry again under its own id. */
    public synchronized ApiKeyEntry restoreDeleted(ApiKeyEntry deleted) {
        return changes.restoreDeleted(deleted);
    }

    public synchronized void delete(ApiKeyEntry entry) {
        changes.delete(entry);
    }

    /**
     * Replaces a key by a new one from the exchange: the new entry keeps the metadata, both are
     * linked, the old one is revoked today. One transaction: both change or neither.
     */
    public synchronized Rotation rotate(ApiKeyEntry old, SecretBytes newApiKey, SecretBytes newSecret,
                                        SecretBytes newPassphrase, List<String> permissions) {
        return changes.rotate(old, newApiKey, newSecret, newPassphrase, permissions);
    }

    /** The old (now revoked) and the new entry of a rotation. */
    public record Rotation(ApiKeyEntry retired, ApiKeyEntry replacement) {
    }

    /**
     * Records that a secret left the vault (copy, reveal, get, exec, inject): an event naming the
     * field, and the entry's usage record (last used, count). The entry itself is not written: its
     * revision stays, so using a key twice in one command, or while another program edits it, never
     * collides. Returns the entry with its new "last used".
     */
    public synchronized ApiKeyEntry recordUse(ApiKeyEntry entry, EventType how, String field) {
        return changes.recordUse(entry, how, field);
    }

    /** The open vault, for the app's other use cases on it ({@link Importing}, {@link BackupService}); they hold this monitor while they use it. */
    GuardedVault vault() {
        return vault;
    }

    EntryValidator validator() {
        return validator;
    }

    /** Records a vault-wide event that touches no entry (export, settings change). */
    public synchronized void recordEvent(EventType type, String detail) {
        vault.write(tx -> tx.log(type, null, 0, detail));
    }

    /** Each key's last check with its exchange, as {@link CheckRecords} wrote it (see {@link ExchangeChecks#lastChecks}). */
    synchronized java.util.Map<UUID, byte[]> checkRecords() {
        return records.checkRecords();
    }

    /** Stores a key's last check in one transaction; the entry and its revision do not change. Nothing for a gone key. */
    synchronized void saveCheckRecord(UUID id, byte[] record) {
        records.saveCheckRecord(id, record);
    }

    /** The record of issued bot kits as JSON (see {@code app.kit.BotKits}), if a kit was ever issued. */
    public synchronized Optional<byte[]> issuedKits() {
        return records.issuedKits();
    }

    /** Saves the record of issued kits and logs {@code type} with {@code detail} (never a token) in one transaction. */
    public synchronized void saveIssuedKits(byte[] json, EventType type, String detail) {
        records.saveIssuedKits(json, type, detail);
    }

    public synchronized Settings settings() {
        return records.settings();
    }

    /** Saves the settings and logs which ones changed (names only, never a value) in one transaction; none: no log. */
    public synchronized void saveSettings(Settings settings, java.util.Collection<String> changed) {
        records.saveSettings(settings, changed);
    }

    public synchronized void saveSettings(Settings settings) {
        records.saveSettings(settings, null);
    }

    public synchronized List<ActivityEvent> events(int limit) {
        return vault.events(limit);
    }

    /**
     * Changes the master password and/or the KDF parameters after checking the current password
     * (the desktop app: an unlocked, unattended window must not be enough); see {@link MasterPassword}.
     */
    public synchronized void changePassword(char[] current, char[] newPassword, KdfSettings kdf) {
        password.change(current, newPassword, kdf);
    }

    /** Re-encrypts everything under a fresh data key; {@code password} must be the current one, which stays. */
    public synchronized void rekey(char[] password) {
        this.password.rekey(password);
    }

    /** Rewraps the data key without checking the current password: the command line just opened the vault with it. */
    public synchronized void changePassword(char[] newPassword, KdfSettings kdf) {
        password.change(newPassword, kdf);
    }

    /** Decrypts everything and verifies the set-MAC; the report names what failed. */
    public synchronized VaultCheck check() {
        return VaultCheck.run(vault);
    }

    @Override
    public synchronized void close() {
        unlock.closing();   // a command's unlock event if no write carried it; the generation remembered
        vault.close();
    }
}
