package dev.apikeep.vault;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The plaintext of one stored entry: JSON of every field, padded with spaces to a multiple of
 * 256 bytes so the ciphertext length does not hint at the exchange or the secret's size.
 * Secrets stay out of String objects: Jackson's generator writes them from char arrays, and
 * {@link JsonReader} (not Jackson: its per-parser set-up was a third of decoding, see the class)
 * reads them into char arrays; both are wiped.
 */
final class EntryCodec {
    static final int PAD_BLOCK = 256;
    private static final JsonFactory JSON = new JsonFactory();

    private EntryCodec() {
    }

    static byte[] encode(ApiKeyEntry e) {
        WipeableBuffer out = new WipeableBuffer();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", e.id().toString());
            g.writeStringField("exchange", e.exchangeId());
            g.writeStringField("environment", e.environment().id());
            g.writeStringField("label", e.label());
            g.writeStringField("account", e.account());
            writeSecret(g, "apiKey", e.apiKey());
            writeSecret(g, "secret", e.secret());
            writeSecret(g, "passphrase", e.passphrase());
            g.writeStringField("keyType", e.keyType().id());
            writeList(g, "permissions", e.permissions());
            writeList(g, "ipWhitelist", e.ipWhitelist().stream().map(IpRule::toString).toList());
            g.writeStringField("createdAt", e.createdAt().toString());
            writeNullable(g, "expiresAt", e.expiresAt());
            if (e.rotateEveryDays() != null) g.writeNumberField("rotateEveryDays", e.rotateEveryDays());
            g.writeStringField("status", e.status().id());
            writeNullable(g, "revokedAt", e.revokedAt());
            writeList(g, "usedBy", e.usedBy());
            writeList(g, "tags", e.tags());
            g.writeStringField("notes", e.notes());
            writeNullable(g, "rotatedFrom", e.rotatedFrom());
            writeNullable(g, "rotatedTo", e.rotatedTo());
            writeNullable(g, "lastUsedAt", e.lastUsedAt());
            if (e.readOnly() != null) g.writeBooleanField("readOnly", e.readOnly()); // absent = not stated (older entries)
            if (e.apiHost() != null) g.writeStringField("apiHost", e.apiHost()); // absent = the exchange's default host
            g.writeEndObject();
        } catch (IOException impossible) {
            throw new IllegalStateException("cannot serialize entry", impossible);
        }
        return out.toPaddedArrayAndWipe(PAD_BLOCK);
    }

    /** Reads an entry; {@code revision} comes from the row, where the AAD already proved it. */
    static ApiKeyEntry decode(byte[] plaintext, long revision) {
        ApiKeyEntry.Builder b = ApiKeyEntry.builder().revision(revision);
        JsonReader json = new JsonReader(plaintext);
        try {
            json.beginObject();
            for (String field = json.nextName(); field != null; field = json.nextName()) readField(json, field, b);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("entry plaintext is not valid", e);
        } finally {
            json.wipe();
        }
        return b.build();
    }

    private static void readField(JsonReader json, String field, ApiKeyEntry.Builder b) {
        switch (field) {
            case "id" -> b.id(UUID.fromString(json.nextString()));
            case "exchange" -> b.exchangeId(json.nextString());
            case "environment" -> b.environment(Environment.parse(json.nextString()));
            case "label" -> b.label(json.nextString());
            case "account" -> b.account(json.nextString());
            case "apiKey" -> b.apiKey(readSecret(json));
            case "secret" -> b.secret(readSecret(json));
            case "passphrase" -> b.passphrase(readSecret(json));
            case "keyType" -> b.keyType(KeyType.parse(json.nextString()));
            case "permissions" -> b.permissions(json.nextStringList());
            case "ipWhitelist" -> b.ipWhitelist(json.nextStringList().stream().map(IpRule::parse).toList());
            case "createdAt" -> b.createdAt(date(json.nextString()));
            case "expiresAt" -> b.expiresAt(nullOr(json, EntryCodec::date));
            case "rotateEveryDays" -> b.rotateEveryDays(json.nextInt());
            case "status" -> b.status(KeyStatus.valueOf(json.nextString().toUpperCase(java.util.Locale.ROOT)));
            case "revokedAt" -> b.revokedAt(nullOr(json, EntryCodec::date));
            case "usedBy" -> b.usedBy(json.nextStringList());
            case "tags" -> b.tags(json.nextStringList());
            case "notes" -> b.notes(json.nextString());
            case "rotatedFrom" -> b.rotatedFrom(nullOr(json, UUID::fromString));
            case "rotatedTo" -> b.rotatedTo(nullOr(json, UUID::fromString));
            case "lastUsedAt" -> b.lastUsedAt(nullOr(json, Instant::parse));
            case "readOnly" -> b.readOnly(json.nextIsNull() ? null : json.nextBoolean());
            case "apiHost" -> b.apiHost(nullOr(json, text -> text));
            default -> json.skipValue(); // a field from a newer minor version: keep reading
        }
    }

    /**
     * An ISO date as {@link LocalDate#toString} writes it. The common {@code yyyy-mm-dd} is read
     * directly ({@code LocalDate.parse} runs a formatter: a tenth of decoding an entry in a fresh JVM);
     * anything else (a year beyond 9999) goes through {@code parse}. Both refuse a day that does not exist.
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) return LocalDate.of(year, month, day);
        }
        return LocalDate.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void writeSecret(JsonGenerator g, String name, SecretBytes secret) throws IOException {
        char[] chars = secret.copyChars();
        try {
            g.writeFieldName(name);
            g.writeString(chars, 0, chars.length);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * A secret straight from the reader's buffer into wipeable bytes; a copy made on the way is wiped.
     * API keys and secrets are ASCII nearly always: those bytes are the characters, without a charset encoder.
     */
    private static SecretBytes readSecret(JsonReader json) {
        char[] buffer = json.nextStringChars();
        byte[] ascii = new byte[json.textLength()];
        int i = 0;
        while (i < ascii.length && buffer[i] < 0x80) {
            ascii[i] = (byte) buffer[i];
            i++;
        }
        if (i == ascii.length) return SecretBytes.adopt(ascii);
        Arrays.fill(ascii, (byte) 0);
        char[] chars = Arrays.copyOf(buffer, json.textLength());
        try {
            return SecretBytes.of(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static void writeList(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) g.writeString(value);
        g.writeEndArray();
    }

    private static void writeNullable(JsonGenerator g, String name, Object value) throws IOException {
        if (value != null) g.writeStringField(name, value.toString());
    }

    private static <T> T nullOr(JsonReader json, java.util.function.Function<String, T> parse) {
        return json.nextIsNull() ? null : parse.apply(json.nextString());
    }

    /** A byte buffer whose internal array can be wiped after use. */
    static final class WipeableBuffer extends ByteArrayOutputStream {
        WipeableBuffer() {
            super(8192); // large enough that PEM keys rarely force a regrowth (which leaves an unwiped copy)
        }

        byte[] toPaddedArrayAndWipe(int block) {
            int padded = ((count + block - 1) / block) * block;
            byte[] result = Arrays.copyOf(buf, Math.max(padded, block));
            Arrays.fill(result, count, result.length, (byte) ' ');
            Arrays.fill(buf, (byte) 0);
            return result;
        }
    }
}
