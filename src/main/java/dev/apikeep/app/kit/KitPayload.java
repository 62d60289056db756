package dev.apikeep.app.kit;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The plaintext inside a kit: the chosen entries' copies in a small length-prefixed binary form
 * (no Jackson, so opening a kit loads no JSON library), padded with zeros to a multiple of 256
 * bytes so the file's size does not tell which exchanges it holds.
 *
 * <p>Per entry: id (16 bytes), revision (8), then as {@code u32 length + bytes}: exchange id,
 * environment id, label, account, API key, secret, passphrase; then {@code u16} permission count
 * and each permission. Nothing else of the entry (notes, tags, IPs, used-by) leaves the vault.
 */
final class KitPayload {
    private static final int PADDING = 256;
    private static final int MAX_ENTRIES = 1000;

    private KitPayload() {
    }

    /** The encoded entries; the caller wipes the result after encrypting it. */
    static byte[] encode(List<ApiKeyEntry> entries) {
        Writer out = new Writer();
        out.u16(entries.size());
        for (ApiKeyEntry e : entries) {
            out.uuid(e.id());
            out.i64(e.revision());
            out.text(e.exchangeId());
            out.text(e.environment().id());
            out.text(e.label());
            out.text(e.account());
            out.secret(e.apiKey());
            out.secret(e.secret());
            out.secret(e.passphrase());
            out.u16(e.permissions().size());
            e.permissions().forEach(out::text);
        }
        return out.paddedAndWiped();
    }

    /**
     * Decodes entries; their secrets live in fresh arrays the caller wipes (via {@link Kit#close()}).
     *
     * @throws IllegalArgumentException when the bytes are not a payload (the caller says "damaged")
     */
    static List<ApiKeyEntry> decode(byte[] plaintext, LocalDate created) {
        ByteBuffer in = ByteBuffer.wrap(plaintext);
        int count = in.getShort() & 0xffff;
        if (count > MAX_ENTRIES) throw new IllegalArgumentException("too many entries");
        List<ApiKeyEntry> entries = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) entries.add(entry(in, created));
            return entries;
        } catch (RuntimeException e) {
            entries.forEach(ApiKeyEntry::wipeSecrets);
            throw new IllegalArgumentException("not a kit payload", e);
        }
    }

    private static ApiKeyEntry entry(ByteBuffer in, LocalDate created) {
        UUID id = new UUID(in.getLong(), in.getLong());
        long revision = in.getLong();
        String exchange = text(in);
        Environment environment = Environment.parse(text(in));
        String label = text(in);
        String account = text(in);
        SecretBytes apiKey = SecretBytes.adopt(bytes(in));
        SecretBytes secret = SecretBytes.adopt(bytes(in));
        SecretBytes passphrase = SecretBytes.adopt(bytes(in));
        int permissionCount = in.getShort() & 0xffff;
        List<String> permissions = new ArrayList<>(permissionCount);
        for (int p = 0; p < permissionCount; p++) permissions.add(text(in));
        return ApiKeyEntry.builder().id(id).revision(revision).exchangeId(exchange).environment(environment)
                .label(label).account(account).apiKey(apiKey).secret(secret).passphrase(passphrase)
                .permissions(permissions).createdAt(created).status(KeyStatus.ACTIVE).build();
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = bytes(in);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) throw new IllegalArgumentException("length out of range");
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    /** A growable buffer that wipes every array it drops, since it holds secrets. */
    private static final class Writer {
        private byte[] buffer = new byte[1024];
        private int size;

        void u16(int value) {
            if (value > 0xffff) throw new IllegalArgumentException("too many items for a kit");
            ensure(2);
            buffer[size++] = (byte) (value >>> 8);
            buffer[size++] = (byte) value;
        }

        void i64(long value) {
            ensure(8);
            for (int shift = 56; shift >= 0; shift -= 8) buffer[size++] = (byte) (value >>> shift);
        }

        void uuid(UUID id) {
            i64(id.getMostSignificantBits());
            i64(id.getLeastSignificantBits());
        }

        void text(String value) {
            raw(value.getBytes(StandardCharsets.UTF_8));
        }

        void secret(SecretBytes value) {
            byte[] bytes = value.copyBytes();
            try {
                raw(bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }

        private void raw(byte[] bytes) {
            ensure(4 + bytes.length);
            int length = bytes.length;
            for (int shift = 24; shift >= 0; shift -= 8) buffer[size++] = (byte) (length >>> shift);
            System.arraycopy(bytes, 0, buffer, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more <= buffer.length) return;
            byte[] bigger = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            Arrays.fill(buffer, (byte) 0);
            buffer = bigger;
        }

        byte[] paddedAndWiped() {
            int padded = (size / PADDING + 1) * PADDING;
            byte[] result = Arrays.copyOf(buffer, padded);
            Arrays.fill(buffer, (byte) 0);
            return result;
        }
    }
}
