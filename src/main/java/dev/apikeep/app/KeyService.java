package dev.apikeep.app;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    private boolean unlockNotLogged;
    private FailedUnlocks failedUnlocksAtOpen;
    private String rollbackWarning;
    private SeenVaults seen;

    public KeyService(Vault vault, ExchangeCatalog catalog, Clock clock) {
        this.vault = new GuardedVault(vault);
        this.catalog = catalog;
        this.validator = new EntryValidator(catalog);
        this.clock = clock;
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

    /** As below, with the standard key derivation. */
    public static KeyService open(Path file, char[] password, Vault.Access access, ExchangeCatalog catalog, Clock clock,
                                  SeenVaults seen) {
        return open(file, password, access, catalog, clock, seen, KeyDerivation.standard());
    }

    /**
     * Opens with this machine's memory of vault generations in {@code seen} (tests give their own)
     * and the Argon2 engines of {@code derivation}.
     */
    public static KeyService open(Path file, char[] password, Vault.Access access, ExchangeCatalog catalog, Clock clock,
                                  SeenVaults seen, KeyDerivation derivation) {
        KeyService service = new KeyService(Failures.guard(
                () -> Vault.open(file, password, access, derivation.engines())), catalog, clock);
        try {
            service.compareWithLastSeen(seen);
            service.logUnlock();
            service.seen = seen;
            service.rememberSeen();
        } catch (AppException e) {
            // A full disk must not lock the user out of their keys: reading needs no space, and
            // the next write reports the full disk where the user can act on it.
            if (e.kind() != AppException.Kind.DISK_FULL) {
                service.close();
                throw e;
            }
            service.unlockNotLogged = true;
        }
        return service;
    }

    /**
     * A whole vault file put back from a backup or copied back is intact in itself; this machine's
     * memory of the newest generation it saw tells it is older. A warning, never a refusal: restoring
     * a backup on purpose is legitimate.
     */
    private void compareWithLastSeen(SeenVaults seen) {
        try {
            List<ActivityEvent> newest = vault.events(1);
            rollbackWarning = seen.compare(vault.vaultId(), vault.generation(),
                    newest.isEmpty() ? null : newest.get(0).time()).orElse(null);
        } catch (AppException unreadableRecord) {
            // a damaged vault open to rescue: the damage report says more than this could
        }
    }

    /** At unlock and at lock: the generation this machine has now seen (the writes in between raise it). */
    private void rememberSeen() {
        if (seen == null) return;
        try {
            seen.remember(vault.vaultId(), vault.generation(), clock.instant());
        } catch (AppException unreadableRecord) {
            // as above
        }
    }

    /**
     * "this vault is older than the one you last opened here (restored from a backup or copied
     * back?) …" with the dates, when the vault's generation is lower than this machine last saw.
     */
    public Optional<String> rollbackWarning() {
        return Optional.ofNullable(rollbackWarning);
    }

    /** Said when the fast Argon2 engine's key did not open this vault and the reference engine's did. */
    public Optional<String> kdfWarning() {
        return vault.kdfFellBack() ? Optional.of(KeyDerivation.fellBackWarning()) : Optional.empty();
    }

    /** What the user should hear after this unlock: an older copy of the vault, an Argon2 engine switched. */
    public List<String> unlockWarnings() {
        return java.util.stream.Stream.of(rollbackWarning(), kdfWarning()).flatMap(Optional::stream).toList();
    }

    private void logUnlock() {
        if (vault.isReadOnly()) return;
        Optional<FailedUnlocks> failed = vault.failedUnlocks().map(FailedUnlocks::of);
        vault.write(tx -> {
            failed.ifPresent(f -> {
                tx.log(EventType.UNLOCK_FAILED, null, 0, describe(f));
                tx.clearFailedUnlocks();
            });
            return tx.log(EventType.UNLOCK, null, 0, "");
        });
        failedUnlocksAtOpen = failed.orElse(null);
        vault.migrationBackup().ifPresent(backup -> recordEvent(EventType.BACKUP,
                backup.getFileName() + " (before upgrading the file format)"));
    }

    /** True when the disk was full at unlock, so the unlock could not be recorded in the activity log. */
    public boolean unlockNotLogged() {
        return unlockNotLogged;
    }

    /** "3 failed attempts since last unlock, last at 2026-10-01 14:03 UTC". Never anything typed. */
    public static String describe(FailedUnlocks failed) {
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(failed.last());
        return failed.count() + (failed.count() == 1 ? " failed attempt" : " failed attempts")
                + " since last unlock, last at " + when;
    }

    /** Wrong passwords typed before this unlock (now logged and reset), or empty when there were none. */
    public Optional<FailedUnlocks> failedUnlocksAtOpen() {
        return Optional.ofNullable(failedUnlocksAtOpen);
    }

    public ExchangeCatalog catalog() {
        return catalog;
    }

    /** How many keys the vault holds, revoked ones included; decrypts nothing. */
    int entryCount() {
        return vault.entryCount();
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

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every readable entry, sorted by label; revoked ones only when asked for. */
    public synchronized List<ApiKeyEntry> list(boolean includeRevoked) {
        return vault.entries().stream()
                .filter(e -> includeRevoked || !e.isRevoked())
                .sorted(Comparator.comparing((ApiKeyEntry e) -> e.label().toLowerCase(Locale.ROOT))
                        .thenComparing(e -> e.id().toString()))
                .toList();
    }

    public synchronized Optional<ApiKeyEntry> find(UUID id) {
        return vault.find(id);
    }

    /**
     * Finds one entry by id, id prefix of 6+ characters, or exact label (case-sensitive first, then
     * ignoring case). Refuses ambiguous references rather than guessing.
     */
    public synchronized ApiKeyEntry resolve(String ref) {
        String text = ref.trim();
        UUID exact = EntryRef.parseUuid(text);
        if (exact != null) return vault.find(exact).orElseThrow(() -> notFound(ref));
        if (EntryRef.isIdPrefix(text)) {
            List<UUID> ids = vault.idsStartingWith(text);
            if (ids.size() == 1) return vault.find(ids.get(0)).orElseThrow(() -> notFound(ref));
            if (ids.size() > 1) throw EntryRef.ambiguousId(ref, ids.size());
        }
        List<ApiKeyEntry> candidates = vault.idsWithLabel(text)  // the blind index: decrypts only the candidates
                .map(ids -> ids.stream().map(vault::find).flatMap(Optional::stream).toList())
                .orElseGet(vault::entries);  // a format-1 vault open read-only has no index
        return EntryRef.byLabel(candidates, text).orElseThrow(() -> notFound(ref));
    }

    public synchronized ApiKeyEntry add(ApiKeyEntry draft) {
        ApiKeyEntry entry = draft.toBuilder().id(draft.id() == null ? UUID.randomUUID() : draft.id()).revision(0).build();
        validator.requireValid(entry);
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.insert(entry);
            tx.log(EventType.ADD, stored, entry.exchangeId());
            return stored;
        });
    }

    /** Saves an edited entry; {@code edited.revision()} must be the revision it was read at. */
    public synchronized ApiKeyEntry edit(ApiKeyEntry edited) {
        return edit(edited, "");
    }

    /** As {@link #edit(ApiKeyEntry)}, with a word in the activity log on where the change came from. */
    public synchronized ApiKeyEntry edit(ApiKeyEntry edited, String detail) {
        validator.requireValid(edited);
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.update(edited);
            tx.log(EventType.EDIT, stored, detail);
            return stored;
        });
    }

    public synchronized ApiKeyEntry revoke(ApiKeyEntry entry) {
        if (entry.isRevoked()) return entry;
        ApiKeyEntry revoked = entry.toBuilder().status(KeyStatus.REVOKED).revokedAt(today()).build();
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.update(revoked);
            tx.log(EventType.REVOKE, stored, "");
            return stored;
        });
    }

    /** Undoes a revoke: the key is active again (only useful while it still works on the exchange). */
    public synchronized ApiKeyEntry reactivate(ApiKeyEntry revoked) {
        ApiKeyEntry active = revoked.toBuilder().status(KeyStatus.ACTIVE).revokedAt(null).build();
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.update(active);
            tx.log(EventType.EDIT, stored, "undo revoke");
            return stored;
        });
    }

    /** Undoes a delete: stores the deleted entry again under its own id. */
    public synchronized ApiKeyEntry restoreDeleted(ApiKeyEntry deleted) {
        ApiKeyEntry entry = deleted.withRevision(0);
        validator.requireValid(entry);
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.insert(entry);
            tx.log(EventType.ADD, stored, "undo delete");
            return stored;
        });
    }

    public synchronized void delete(ApiKeyEntry entry) {
        vault.write(tx -> {
            tx.delete(entry.id(), entry.revision());
            tx.log(EventType.DELETE, entry.id(), 0, entry.exchangeId());
            return null;
        });
    }

    /**
     * Replaces a key by a new one from the exchange: the new entry keeps the metadata, both are
     * linked, the old one is revoked today. One transaction: both change or neither.
     */
    public synchronized Rotation rotate(ApiKeyEntry old, SecretBytes newApiKey, SecretBytes newSecret,
                                        SecretBytes newPassphrase, List<String> permissions) {
        ApiKeyEntry fresh = old.toBuilder()
                .id(UUID.randomUUID()).revision(0)
                .apiKey(newApiKey).secret(newSecret)
                .passphrase(newPassphrase == null || newPassphrase.isEmpty() ? old.passphrase() : newPassphrase)
                .permissions(permissions == null ? old.permissions() : permissions)
                .createdAt(today()).expiresAt(null).lastUsedAt(null)
                .status(KeyStatus.ACTIVE).revokedAt(null)
                .rotatedFrom(old.id()).rotatedTo(null)
                .build();
        validator.requireValid(fresh);
        ApiKeyEntry retired = old.toBuilder().status(KeyStatus.REVOKED).revokedAt(today()).rotatedTo(fresh.id()).build();
        return vault.write(tx -> {
            ApiKeyEntry storedNew = tx.insert(fresh);
            ApiKeyEntry storedOld = tx.update(retired);
            tx.log(EventType.ROTATE, storedNew, "replaces " + old.id());
            tx.log(EventType.REVOKE, storedOld, "rotated to " + fresh.id());
            return new Rotation(storedOld, storedNew);
        });
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
        if (vault.isReadOnly()) return entry;
        java.time.Instant now = clock.instant();
        vault.write(tx -> {
            tx.recordUse(entry.id(), now);
            return tx.log(how, entry, field);
        });
        return entry.toBuilder().lastUsedAt(now).build();
    }

    /** The open vault, for the app's other use cases on it ({@link Importing}, {@link BackupService}); they hold this monitor while they use it. */
    GuardedVault vault() {
        return vault;
    }

    EntryValidator validator() {
        return validator;
    }

    /** Copies the open vault to {@code target} (SQLite's VACUUM INTO: the same encrypted file). */
    synchronized void backupTo(Path target) {
        vault.backupTo(target);
    }

    /** Records a vault-wide event that touches no entry (export, settings change). */
    public synchronized void recordEvent(EventType type, String detail) {
        vault.write(tx -> tx.log(type, null, 0, detail));
    }

    /** Each key's last check with its exchange, as {@link CheckRecords} wrote it (see {@link ExchangeChecks#lastChecks}). */
    synchronized java.util.Map<UUID, byte[]> checkRecords() {
        return vault.checks();
    }

    /** Stores a key's last check in one transaction; the entry and its revision do not change. Nothing for a gone key. */
    synchronized void saveCheckRecord(UUID id, byte[] record) {
        if (vault.wasDeleted(id)) return; // deleted while the exchange was asked
        vault.write(tx -> {
            tx.saveCheck(id, record);
            return null;
        });
    }

    /** The record of issued bot kits as JSON (see {@code app.kit.BotKits}), if a kit was ever issued. */
    public synchronized Optional<byte[]> issuedKits() {
        return vault.kits();
    }

    /** Saves the record of issued kits and logs {@code type} with {@code detail} (never a token) in one transaction. */
    public synchronized void saveIssuedKits(byte[] json, EventType type, String detail) {
        vault.write(tx -> {
            tx.saveKits(json);
            tx.log(type, null, 0, detail);
            return null;
        });
    }

    public synchronized Settings settings() {
        return vault.settings().map(Settings::fromJson).orElse(Settings.DEFAULTS);
    }

    public synchronized void saveSettings(Settings settings) {
        vault.saveSettings(settings.toJson());
    }

    /**
     * Saves the settings and records which ones changed (their names only, never a value that could
     * be secret) in one transaction.
     */
    public synchronized void saveSettings(Settings settings, java.util.Collection<String> changed) {
        byte[] json = settings.toJson();
        vault.write(tx -> {
            tx.saveSettings(json);
            tx.log(EventType.SETTINGS_CHANGED, null, 0, String.join(", ", changed));
            return null;
        });
    }

    public synchronized List<ActivityEvent> events(int limit) {
        return vault.events(limit);
    }

    /**
     * Changes the master password and/or the KDF parameters after checking the current password
     * (the desktop app: an unlocked, unattended window must not be enough). Refused with
     * {@link AppException.Kind#WRONG_PASSWORD}, nothing changed, when {@code current} is wrong.
     * Neither password is wiped here: the caller owns them.
     */
    public synchronized void changePassword(char[] current, char[] newPassword, KdfSettings kdf) {
        if (!vault.verifyPassword(current)) {
            throw new AppException(AppException.Kind.WRONG_PASSWORD, "the current master password is wrong; nothing was changed");
        }
        changePassword(newPassword, kdf);
    }

    /**
     * Re-encrypts every entry, event and the settings under a fresh data key (see {@code Vault.rekey});
     * {@code password} must be the current master password, which stays the same.
     */
    public synchronized void rekey(char[] password) {
        vault.rekey(password);
    }

    /**
     * Rewraps the data key without checking the current password: for the command line, which has
     * just opened the vault with it in this same run.
     */
    public synchronized void changePassword(char[] newPassword, KdfSettings kdf) {
        vault.changePassword(newPassword, kdf.params());
        vault.write(tx -> tx.log(EventType.PASSWORD_CHANGED, null, 0, kdf.toString()));
    }

    /** Decrypts everything and verifies the set-MAC; the report names what failed. */
    public synchronized CheckResult check() {
        var report = vault.verify();
        int readable = vault.entries().size();
        vault.events(0);
        return new CheckResult(report.intact(), report.describe(), readable, vault.damagedEntries(),
                vault.labelIndexMismatches());
    }

    /**
     * What {@link #check()} found.
     *
     * @param setIntact       the signed set matches its record (nothing missing, rolled back or put back;
     *                        the activity log's chain and the label index included)
     * @param setProblem      what is wrong with the set, in words, when it is not intact
     * @param wrongLabelIndex entries the blind label index does not point to rightly
     */
    public record CheckResult(boolean setIntact, String setProblem, int readableEntries, List<UUID> damagedEntries,
                              List<UUID> wrongLabelIndex) {
        public boolean ok() {
            return setIntact && damagedEntries.isEmpty() && wrongLabelIndex.isEmpty();
        }
    }

    @Override
    public synchronized void close() {
        rememberSeen();
        vault.close();
    }

    private static AppException notFound(String ref) {
        return new AppException(AppException.Kind.NOT_FOUND, "no key matches '" + ref
                + "'; run `apikeep list` to see labels and ids");
    }
}
