package dev.apikeep.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One exchange API key and everything the trader knows about it. Immutable: an edit makes a new
 * value, and the vault gives every stored version a higher {@code revision}.
 *
 * <p>{@code toString()} never prints secrets ({@link SecretBytes} masks itself).
 *
 * @param revision        0 for an entry not yet stored; the vault sets it on every write
 * @param account         sub-account or UID, "" when none
 * @param passphrase      empty unless the exchange uses one (OKX, KuCoin, Bitget)
 * @param permissions     permission ids from the exchange's catalog (free words for {@code custom})
 * @param ipWhitelist     empty means the key works from any IP
 * @param expiresAt       set by the user; null when the user set none (an exchange rule may still apply)
 * @param rotateEveryDays null when the user wants no rotation reminder
 * @param revokedAt       the day it was marked revoked, null while active
 * @param readOnly        the exchange's Read-Only/Read-Write switch (Bybit): true = read-only, so its scopes
 *                        are low risk; null when not stated (every entry made before the switch existed keeps
 *                        the risk its permissions had)
 * @param apiHost         the exchange's regional API host this key is asked at (e.g. Bybit's {@code api.bybit.eu});
 *                        null for the exchange's default host
 */
public record ApiKeyEntry(
        UUID id,
        long revision,
        String exchangeId,
        Environment environment,
        String label,
        String account,
        SecretBytes apiKey,
        SecretBytes secret,
        SecretBytes passphrase,
        KeyType keyType,
        List<String> permissions,
        List<IpRule> ipWhitelist,
        LocalDate createdAt,
        LocalDate expiresAt,
        Integer rotateEveryDays,
        KeyStatus status,
        LocalDate revokedAt,
        List<String> usedBy,
        List<String> tags,
        String notes,
        UUID rotatedFrom,
        UUID rotatedTo,
        Instant lastUsedAt,
        Boolean readOnly,
        String apiHost) {

    public ApiKeyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(exchangeId, "exchangeId");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        if (revision < 0) throw new IllegalArgumentException("revision must not be negative");
        if (rotateEveryDays != null && rotateEveryDays <= 0) {
            throw new IllegalArgumentException("rotation interval must be at least one day");
        }
        account = account == null ? "" : account;
        passphrase = passphrase == null ? SecretBytes.empty() : passphrase;
        notes = notes == null ? "" : notes;
        permissions = List.copyOf(permissions == null ? List.of() : permissions);
        ipWhitelist = List.copyOf(ipWhitelist == null ? List.of() : ipWhitelist);
        usedBy = List.copyOf(usedBy == null ? List.of() : usedBy);
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public boolean isRevoked() {
        return status == KeyStatus.REVOKED;
    }

    public boolean isIpBound() {
        return !ipWhitelist.isEmpty();
    }

    public boolean hasPassphrase() {
        return !passphrase.isEmpty();
    }

    public ApiKeyEntry withRevision(long newRevision) {
        return toBuilder().revision(newRevision).build();
    }

    /**
     * A copy whose secrets live in their own arrays, so it survives the wiping of this value (the
     * list wipes replaced entries); used to keep a deleted key for "undo". Wipe it when done.
     */
    public ApiKeyEntry withCopiedSecrets() {
        return toBuilder()
                .apiKey(SecretBytes.adopt(apiKey.copyBytes()))
                .secret(SecretBytes.adopt(secret.copyBytes()))
                .passphrase(SecretBytes.adopt(passphrase.copyBytes()))
                .build();
    }

    /** Wipes the secrets of this value; call when the vault locks. */
    public void wipeSecrets() {
        apiKey.wipe();
        secret.wipe();
        passphrase.wipe();
    }

    /**
     * Fluent construction; fields start at sensible defaults for a new key. A new id and today's date
     * are made at {@link #build()} only when none was given: decoding a stored key gives both, and
     * making them anyway (a SecureRandom, the time-zone rules) was a measurable part of a bot's cold
     * {@code --kit get}.
     */
    public static final class Builder {
        private UUID id;
        private boolean idGiven;
        private long revision;
        private String exchangeId = "custom";
        private Environment environment = Environment.MAINNET;
        private String label = "";
        private String account = "";
        private SecretBytes apiKey = SecretBytes.empty();
        private SecretBytes secret = SecretBytes.empty();
        private SecretBytes passphrase = SecretBytes.empty();
        private KeyType keyType = KeyType.HMAC;
        private List<String> permissions = List.of();
        private List<IpRule> ipWhitelist = List.of();
        private LocalDate createdAt;
        private boolean createdAtGiven;
        private LocalDate expiresAt;
        private Integer rotateEveryDays;
        private KeyStatus status = KeyStatus.ACTIVE;
        private LocalDate revokedAt;
        private List<String> usedBy = List.of();
        private List<String> tags = List.of();
        private String notes = "";
        private UUID rotatedFrom;
        private UUID rotatedTo;
        private Instant lastUsedAt;
        private Boolean readOnly;
        private String apiHost;

        private Builder() {
        }

        private Builder(ApiKeyEntry e) {
            id = e.id; idGiven = true; createdAtGiven = true; revision = e.revision; exchangeId = e.exchangeId; environment = e.environment;
            label = e.label; account = e.account; apiKey = e.apiKey; secret = e.secret;
            passphrase = e.passphrase; keyType = e.keyType; permissions = e.permissions;
            ipWhitelist = e.ipWhitelist; createdAt = e.createdAt; expiresAt = e.expiresAt;
            rotateEveryDays = e.rotateEveryDays; status = e.status; revokedAt = e.revokedAt;
            usedBy = e.usedBy; tags = e.tags; notes = e.notes; rotatedFrom = e.rotatedFrom;
            rotatedTo = e.rotatedTo; lastUsedAt = e.lastUsedAt; readOnly = e.readOnly; apiHost = e.apiHost;
        }

        public Builder id(UUID v) { id = v; idGiven = true; return this; }
        public Builder revision(long v) { revision = v; return this; }
        public Builder exchangeId(String v) { exchangeId = v; return this; }
        public Builder environment(Environment v) { environment = v; return this; }
        public Builder label(String v) { label = v; return this; }
        public Builder account(String v) { account = v; return this; }
        public Builder apiKey(SecretBytes v) { apiKey = v; return this; }
        public Builder secret(SecretBytes v) { secret = v; return this; }
        public Builder passphrase(SecretBytes v) { passphrase = v; return this; }
        public Builder keyType(KeyType v) { keyType = v; return this; }
        public Builder permissions(List<String> v) { permissions = v; return this; }
        public Builder ipWhitelist(List<IpRule> v) { ipWhitelist = v; return this; }
        public Builder createdAt(LocalDate v) { createdAt = v; createdAtGiven = true; return this; }
        public Builder expiresAt(LocalDate v) { expiresAt = v; return this; }
        public Builder rotateEveryDays(Integer v) { rotateEveryDays = v; return this; }
        public Builder status(KeyStatus v) { status = v; return this; }
        public Builder revokedAt(LocalDate v) { revokedAt = v; return this; }
        public Builder usedBy(List<String> v) { usedBy = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder rotatedFrom(UUID v) { rotatedFrom = v; return this; }
        public Builder rotatedTo(UUID v) { rotatedTo = v; return this; }
        public Builder lastUsedAt(Instant v) { lastUsedAt = v; return this; }
        public Builder readOnly(Boolean v) { readOnly = v; return this; }
        public Builder apiHost(String v) { apiHost = v == null || v.isBlank() ? null : v.strip(); return this; }

        /**
         * Sets an exchange's Read-Only/Read-Write switch (Bybit): a read-only key holds the switch's
         * permission id ({@code switchPermission}), a read-write key does not; its scopes stay as they are.
         */
        public Builder readOnlySwitch(String switchPermission, boolean on) {
            List<String> ids = new java.util.ArrayList<>(permissions == null ? List.of() : permissions);
            ids.remove(switchPermission);
            if (on) ids.add(0, switchPermission);
            permissions = ids;
            readOnly = on;
            return this;
        }

        public ApiKeyEntry build() {
            if (!idGiven) id(UUID.randomUUID());   // kept: a second build of this builder is the same key
            if (!createdAtGiven) createdAt(LocalDate.now());
            return new ApiKeyEntry(id, revision, exchangeId, environment, label, account, apiKey, secret,
                    passphrase, keyType, permissions, ipWhitelist, createdAt, expiresAt, rotateEveryDays,
                    status, revokedAt, usedBy, tags, notes, rotatedFrom, rotatedTo, lastUsedAt, readOnly, apiHost);
        }
    }
}
