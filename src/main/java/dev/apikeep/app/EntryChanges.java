package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every change to a key, as {@link KeyService} offers it: validated first, then written in one
 * transaction together with the activity-log event that names it. Callers hold KeyService's monitor.
 */
final class EntryChanges {
    /** The activity-log details of an undo (data in the vault, not text of this language). */
    private static final String UNDO_REVOKE_DETAIL = "undo revoke";
    private static final String UNDO_DELETE_DETAIL = "undo delete";
    private final GuardedVault vault;
    private final EntryValidator validator;
    private final Clock clock;

    EntryChanges(GuardedVault vault, EntryValidator validator, Clock clock) {
        this.vault = vault;
        this.validator = validator;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    ApiKeyEntry add(ApiKeyEntry draft) {
        ApiKeyEntry entry = draft.toBuilder().id(draft.id() == null ? UUID.randomUUID() : draft.id()).revision(0).build();
        return insert(entry, EventType.ADD, entry.exchangeId());
    }

    ApiKeyEntry edit(ApiKeyEntry edited, String detail) {
        validator.requireValid(edited);
        return update(edited, EventType.EDIT, detail);
    }

    ApiKeyEntry revoke(ApiKeyEntry entry) {
        if (entry.isRevoked()) return entry;
        return update(entry.toBuilder().status(KeyStatus.REVOKED).revokedAt(today()).build(), EventType.REVOKE, "");
    }

    ApiKeyEntry reactivate(ApiKeyEntry revoked) {
        return update(revoked.toBuilder().status(KeyStatus.ACTIVE).revokedAt(null).build(), EventType.EDIT, UNDO_REVOKE_DETAIL);
    }

    ApiKeyEntry restoreDeleted(ApiKeyEntry deleted) {
        return insert(deleted.withRevision(0), EventType.ADD, UNDO_DELETE_DETAIL);
    }

    private ApiKeyEntry insert(ApiKeyEntry entry, EventType type, String detail) {
        validator.requireValid(entry);
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.insert(entry);
            tx.log(type, stored, detail);
            return stored;
        });
    }

    private ApiKeyEntry update(ApiKeyEntry changed, EventType type, String detail) {
        return vault.write(tx -> {
            ApiKeyEntry stored = tx.update(changed);
            tx.log(type, stored, detail);
            return stored;
        });
    }

    void delete(ApiKeyEntry entry) {
        vault.write(tx -> {
            tx.delete(entry.id(), entry.revision());
            tx.log(EventType.DELETE, entry.id(), 0, entry.exchangeId());
            return null;
        });
    }

    KeyService.Rotation rotate(ApiKeyEntry old, SecretBytes newApiKey, SecretBytes newSecret,
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
            return new KeyService.Rotation(storedOld, storedNew);
        });
    }

    ApiKeyEntry recordUse(ApiKeyEntry entry, EventType how, String field) {
        if (vault.isReadOnly()) return entry;
        Instant now = clock.instant();
        vault.write(tx -> {
            tx.recordUse(entry.id(), now);
            return tx.log(how, entry, field);
        });
        return entry.toBuilder().lastUsedAt(now).build();
    }
}
