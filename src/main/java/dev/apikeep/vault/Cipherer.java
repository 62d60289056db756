package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultException.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seals and opens the vault's encrypted pieces under the data key, each with associated data that
 * binds it to its place: entries to (vault id, entry id, revision), events to (vault id, seq).
 * A row moved, copied back or renumbered therefore fails to open.
 */
final class Cipherer {
    private static final byte[] EVENT = "event".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SETMAC = "apikeep-setmac".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SETMAC_SHARES = "apikeep-setmac-shares".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOG_CHECKPOINT = "apikeep-log-checkpoint".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SETTINGS = "apikeep-settings".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KITS = "apikeep-kits".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] USAGE = "apikeep-usage".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECK = "apikeep-check".getBytes(StandardCharsets.US_ASCII);

    private final byte[] dataKey;
    private final byte[] vaultId;

    Cipherer(byte[] dataKey, byte[] vaultId) {
        this.dataKey = dataKey;
        this.vaultId = vaultId;
    }

    /** Nonce and ciphertext of an entry stored at {@code revision}. */
    record SealedRow(byte[] nonce, byte[] ciphertext) {
    }

    SealedRow sealEntry(ApiKeyEntry entry, long revision) {
        byte[] plaintext = EntryCodec.encode(entry);
        try {
            byte[] nonce = Aead.newNonce();
            return new SealedRow(nonce, Aead.encrypt(dataKey, nonce, plaintext, entryAad(entry.id().toString(), revision)));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    ApiKeyEntry openEntry(String id, long revision, byte[] nonce, byte[] ciphertext) {
        return openEntry(Aead.decryptor(dataKey), new EntryRow(id, revision, nonce, ciphertext));
    }

    /** An entry row as read from the file, not yet decrypted. */
    record EntryRow(String id, long revision, byte[] nonce, byte[] ciphertext) {
    }

    /**
     * Opens many entry rows on every core, each thread with its own cipher. The result is in row order,
     * with {@code null} where a row would not open (damaged or tampered with).
     */
    List<ApiKeyEntry> openEntries(List<EntryRow> rows) {
        return EntryOpening.start(this, rows).join();
    }

    /** A cipher for one thread's share of {@link EntryOpening}: set up once, used for many rows. */
    Aead.Decryptor decryptor() {
        return Aead.decryptor(dataKey);
    }

    ApiKeyEntry openEntry(Aead.Decryptor decryptor, EntryRow row) {
        byte[] plaintext = decryptor.decrypt(row.nonce(), row.ciphertext(), entryAad(row.id(), row.revision()));
        String id = row.id();
        long revision = row.revision();
        try {
            ApiKeyEntry entry = EntryCodec.decode(plaintext, revision);
            if (!entry.id().toString().equals(id)) throw new Aead.AuthenticationFailedException();
            return entry;
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    SealedRow sealEvent(long seq, ActivityEvent event) {
        byte[] plaintext = FlatJson.write(g -> {
            g.writeStringField("time", event.time().toString());
            g.writeStringField("type", event.type().id());
            if (event.entryId() != null) g.writeStringField("entryId", event.entryId().toString());
            if (event.revision() > 0) g.writeNumberField("revision", event.revision());
            g.writeStringField("detail", event.detail());
        });
        byte[] nonce = Aead.newNonce();
        return new SealedRow(nonce, Aead.encrypt(dataKey, nonce, plaintext, eventAad(seq)));
    }

    ActivityEvent openEvent(long seq, byte[] nonce, byte[] ciphertext) {
        byte[] plaintext = Aead.decrypt(dataKey, nonce, ciphertext, eventAad(seq));
        try {
            Map<String, String> node = FlatJson.read(plaintext);
            String entryId = node.get("entryId");
            return new ActivityEvent(seq, Instant.parse(node.getOrDefault("time", "")),
                    EventType.parse(node.getOrDefault("type", "")),
                    entryId == null ? null : UUID.fromString(entryId),
                    Long.parseLong(node.getOrDefault("revision", "0")), node.getOrDefault("detail", ""));
        } catch (IOException e) {
            throw new IllegalArgumentException("event is not readable", e);
        }
    }

    byte[] sealSetMac(SetMacRecord record) {
        return Sealed.seal(dataKey, record.toBytes(), concat(SETMAC, vaultId));
    }

    SetMacRecord openSetMac(byte[] sealed) {
        try {
            return SetMacRecord.fromBytes(Sealed.open(dataKey, sealed, concat(SETMAC, vaultId)));
        } catch (RuntimeException e) {
            throw new VaultException(Kind.DAMAGED, "the vault's integrity record is damaged or was"
                    + " tampered with; open it read-only to rescue the readable entries, or restore a backup");
        }
    }

    byte[] sealShares(SetMacShares shares) {
        return Sealed.seal(dataKey, shares.toBytes(), concat(SETMAC_SHARES, vaultId));
    }

    /** The share record, or empty when it does not open (another key, damage): it is then rebuilt, not trusted. */
    java.util.Optional<SetMacShares> openShares(byte[] sealed) {
        return openDerived(sealed, SETMAC_SHARES, SetMacShares::fromBytes);
    }

    byte[] sealCheckpoint(LogCheckpoint checkpoint) {
        return Sealed.seal(dataKey, checkpoint.toBytes(), concat(LOG_CHECKPOINT, vaultId));
    }

    /** The log's checkpoint, or empty when it does not open (another key, damage): the whole log is walked then. */
    java.util.Optional<LogCheckpoint> openCheckpoint(byte[] sealed) {
        return openDerived(sealed, LOG_CHECKPOINT, LogCheckpoint::fromBytes);
    }

    /** A record derived from the vault, never its authority: empty when it does not open or parse, so it is not trusted. */
    private <T> java.util.Optional<T> openDerived(byte[] sealed, byte[] label, java.util.function.Function<byte[], T> parse) {
        try {
            return java.util.Optional.of(parse.apply(Sealed.open(dataKey, sealed, concat(label, vaultId))));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Re-encrypts an entry row under {@code target}'s key with a fresh nonce and the same associated
     * data (vault id, id, revision). The plaintext bytes (padding included) are carried over as they
     * are, without decoding, and wiped.
     */
    SealedRow resealEntry(Cipherer target, String id, long revision, byte[] nonce, byte[] ciphertext) {
        byte[] aad = entryAad(id, revision);
        return reseal(target, aad, Aead.decrypt(dataKey, nonce, ciphertext, aad));
    }

    /** Re-encrypts an event row under {@code target}'s key, same seq, fresh nonce. */
    SealedRow resealEvent(Cipherer target, long seq, byte[] nonce, byte[] ciphertext) {
        byte[] aad = eventAad(seq);
        return reseal(target, aad, Aead.decrypt(dataKey, nonce, ciphertext, aad));
    }

    /** Re-encrypts the sealed settings blob under {@code target}'s key. */
    byte[] resealSettings(Cipherer target, byte[] sealed) {
        return resealRecord(target, sealed, settingsAad(), target.settingsAad());
    }

    /** Re-encrypts the sealed kit record under {@code target}'s key. */
    byte[] resealKits(Cipherer target, byte[] sealed) {
        return resealRecord(target, sealed, kitsAad(), target.kitsAad());
    }

    private byte[] resealRecord(Cipherer target, byte[] sealed, byte[] aad, byte[] targetAad) {
        byte[] plaintext = Sealed.open(dataKey, sealed, aad);
        try {
            return Sealed.seal(target.dataKey, plaintext, targetAad);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static SealedRow reseal(Cipherer target, byte[] aad, byte[] plaintext) {
        try {
            byte[] nonce = Aead.newNonce();
            return new SealedRow(nonce, Aead.encrypt(target.dataKey, nonce, plaintext, aad));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** An entry's usage record, bound to the vault and the entry id (not to a revision: using is not editing). */
    byte[] sealUsage(String id, Usage usage) {
        return Sealed.seal(dataKey, usage.toBytes(), usageAad(id));
    }

    Usage openUsage(String id, byte[] sealed) {
        return Usage.fromBytes(Sealed.open(dataKey, sealed, usageAad(id)));
    }

    /** Re-encrypts a usage record under {@code target}'s key. */
    byte[] resealUsage(Cipherer target, String id, byte[] sealed) {
        return target.sealUsage(id, openUsage(id, sealed));
    }

    private byte[] usageAad(String id) {
        return concat(concat(USAGE, vaultId), id.getBytes(StandardCharsets.UTF_8));
    }

    /** A key's last check with its exchange, bound to the vault and the entry id (not a revision: checking is not editing). */
    byte[] sealCheck(String id, byte[] plaintext) {
        return Sealed.seal(dataKey, plaintext, checkAad(id));
    }

    byte[] openCheck(String id, byte[] sealed) {
        return Sealed.open(dataKey, sealed, checkAad(id));
    }

    /** Re-encrypts a check record under {@code target}'s key. */
    byte[] resealCheck(Cipherer target, String id, byte[] sealed) {
        return resealRecord(target, sealed, checkAad(id), target.checkAad(id));
    }

    private byte[] checkAad(String id) {
        return concat(concat(CHECK, vaultId), id.getBytes(StandardCharsets.UTF_8));
    }

    byte[] sealSettings(byte[] plaintext) {
        return Sealed.seal(dataKey, plaintext, settingsAad());
    }

    byte[] openSettings(byte[] sealed) {
        return Sealed.open(dataKey, sealed, settingsAad());
    }

    private byte[] settingsAad() {
        return concat(SETTINGS, vaultId);
    }

    byte[] sealKits(byte[] plaintext) {
        return Sealed.seal(dataKey, plaintext, kitsAad());
    }

    byte[] openKits(byte[] sealed) {
        return Sealed.open(dataKey, sealed, kitsAad());
    }

    private byte[] kitsAad() {
        return concat(KITS, vaultId);
    }

    private byte[] entryAad(String id, long revision) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(vaultId.length + idBytes.length + Long.BYTES)
                .put(vaultId).put(idBytes).putLong(revision).array();
    }

    private byte[] eventAad(long seq) {
        return ByteBuffer.allocate(vaultId.length + EVENT.length + Long.BYTES)
                .put(vaultId).put(EVENT).putLong(seq).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
