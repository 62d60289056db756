package dev.apikeep.app.kit;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.Hkdf;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The kit file, version 1. Everything a bot needs to read its keys, sealed under its token alone:
 *
 * <pre>
 *   header   "APIKEEP-KIT\n" | version u8 | kit id (16) | created, expires (epoch days, i64 each) | name (u16 + UTF-8)
 *   check    16 bytes = HKDF-SHA256(token, salt = kit id, "apikeep-kit-v1 check")
 *   nonce    12 bytes
 *   sealed   AES-256-GCM(HKDF-SHA256(token, salt = kit id, "apikeep-kit-v1 key"), payload, AAD = header)
 *   checksum SHA-256 of all the bytes before it
 * </pre>
 *
 * The token is 256 random bits, so no password KDF is needed. The plain checksum is checked first:
 * any accidental damage, to the key-check bytes too, reads as "damaged" (exit 4), never as a wrong
 * token. The key check then tells a wrong token (exit 3) from a file that was altered and had its
 * checksum recomputed (GCM fails: tampered, exit 4). The AAD binds version, id, name and both dates,
 * so an edited expiry cannot open.
 */
public final class KitFile {
    static final byte[] MAGIC = "APIKEEP-KIT\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    private static final int CHECK_LENGTH = 16;
    private static final int CHECKSUM_LENGTH = 32;
    private static final int MAX_NAME_BYTES = 200;
    private static final byte[] KEY_INFO = "apikeep-kit-v1 key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECK_INFO = "apikeep-kit-v1 check".getBytes(StandardCharsets.US_ASCII);

    private KitFile() {
    }

    /** What the header says: readable without the token (the file's name for a kit is not a secret). */
    public record Header(UUID id, String name, LocalDate created, LocalDate expires) {
        public Header {
            if (name.isBlank() || name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new IllegalArgumentException("a kit name is 1 to " + MAX_NAME_BYTES + " bytes");
            }
            if (expires.isBefore(created)) throw new IllegalArgumentException("a kit cannot expire before it is created");
        }

        byte[] encode() {
            byte[] name = this.name.getBytes(StandardCharsets.UTF_8);
            ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 1 + 16 + 16 + 2 + name.length);
            out.put(MAGIC).put((byte) VERSION)
                    .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                    .putLong(created.toEpochDay()).putLong(expires.toEpochDay())
                    .putShort((short) name.length).put(name);
            return out.array();
        }
    }

    /** Seals {@code entries} for {@code header} under {@code token}. */
    public static byte[] seal(Header header, List<ApiKeyEntry> entries, KitToken token) {
        byte[] headerBytes = header.encode();
        byte[] key = derive(token, header.id(), KEY_INFO, 32);
        byte[] plaintext = KitPayload.encode(entries);
        try {
            byte[] nonce = Aead.newNonce();
            byte[] sealed = Aead.encrypt(key, nonce, plaintext, headerBytes);
            byte[] check = derive(token, header.id(), CHECK_INFO, CHECK_LENGTH);
            ByteBuffer out = ByteBuffer.allocate(headerBytes.length + CHECK_LENGTH + nonce.length + sealed.length + CHECKSUM_LENGTH);
            out.put(headerBytes).put(check).put(nonce).put(sealed);
            out.put(sha256(out.array(), out.position()));
            return out.array();
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * Opens a kit file's bytes with its token, refusing it after its expiry date.
     *
     * @param source how to name the file in messages (its path)
     * @throws KitException damaged (also: not a kit, newer format), wrong token, or expired
     */
    public static Kit open(byte[] file, KitToken token, LocalDate today, String source) {
        Parsed parsed = parse(file, source);
        Header header = parsed.header();
        byte[] expectedCheck = derive(token, header.id(), CHECK_INFO, CHECK_LENGTH);
        if (!MessageDigest.isEqual(expectedCheck, parsed.check())) {
            throw new KitException(KitException.KitKind.WRONG_TOKEN, Messages.format("kit.file.wrongToken", header.name(), source));
        }
        byte[] key = derive(token, header.id(), KEY_INFO, 32);
        byte[] plaintext = null;
        try {
            plaintext = Aead.decrypt(key, parsed.nonce(), parsed.sealed(), parsed.headerBytes());
            Kit kit = new Kit(header.id(), header.name(), header.created(), header.expires(),
                    KitPayload.decode(plaintext, header.created()));
            refuseIfExpired(kit, today, source);
            return kit;
        } catch (Aead.AuthenticationFailedException | IllegalArgumentException e) {
            throw damaged(source, Messages.get("kit.file.how.altered"));
        } finally {
            Arrays.fill(key, (byte) 0);
            if (plaintext != null) Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The header alone, checked against the file's checksum; needs no token. */
    public static Header header(byte[] file, String source) {
        return parse(file, source).header();
    }

    private static void refuseIfExpired(Kit kit, LocalDate today, String source) {
        if (!today.isAfter(kit.expires())) return;
        kit.close();
        throw new KitException(KitException.KitKind.EXPIRED, Messages.format("kit.file.expired", kit.name(), source, kit.expires()));
    }

    private record Parsed(Header header, byte[] headerBytes, byte[] check, byte[] nonce, byte[] sealed) {
    }

    private static Parsed parse(byte[] file, String source) {
        if (file.length < MAGIC.length + CHECKSUM_LENGTH
                || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new KitException(KitException.KitKind.DAMAGED, Messages.format("kit.file.notAKit", source));
        }
        int body = file.length - CHECKSUM_LENGTH;
        if (!MessageDigest.isEqual(sha256(file, body), Arrays.copyOfRange(file, body, file.length))) {
            throw damaged(source, Messages.get("kit.file.how.checksum"));
        }
        int version = file[MAGIC.length] & 0xff;
        if (version > VERSION) {
            throw new KitException(KitException.KitKind.DAMAGED, Messages.format("kit.file.newer", source, String.valueOf(version)));
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(file, 0, body).position(MAGIC.length + 1);
            UUID id = new UUID(in.getLong(), in.getLong());
            LocalDate created = LocalDate.ofEpochDay(in.getLong());
            LocalDate expires = LocalDate.ofEpochDay(in.getLong());
            byte[] name = new byte[in.getShort() & 0xffff];
            in.get(name);
            Header header = new Header(id, new String(name, StandardCharsets.UTF_8), created, expires);
            byte[] headerBytes = Arrays.copyOf(file, in.position());
            byte[] check = new byte[CHECK_LENGTH];
            byte[] nonce = new byte[Aead.NONCE_LENGTH];
            in.get(check).get(nonce);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            return new Parsed(header, headerBytes, check, nonce, sealed);
        } catch (BufferUnderflowException | java.time.DateTimeException | IllegalArgumentException e) {
            throw damaged(source, Messages.get("kit.file.how.header"));
        }
    }

    private static KitException damaged(String source, String how) {
        return new KitException(KitException.KitKind.DAMAGED, Messages.format("kit.file.damaged", source, how));
    }

    private static byte[] derive(KitToken token, UUID kitId, byte[] info, int length) {
        byte[] salt = ByteBuffer.allocate(16).putLong(kitId.getMostSignificantBits()).putLong(kitId.getLeastSignificantBits()).array();
        return Hkdf.derive(token.secret(), salt, info, length);
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
