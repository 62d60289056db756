package dev.apikeep.vault;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The plaintext of one stored entry: JSON of every field, padded with spaces to a multiple of
 * 256 bytes so the ciphertext length does not hint at the exchange or the secret's size.
 * Streaming Jackson keeps secrets out of String objects: they are written from and read into
 * char arrays that are wiped.
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
        try (JsonParser p = JSON.createParser(plaintext)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                readField(p, field, b);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("entry plaintext is not valid", e);
        }
        return b.build();
    }

    private static void readField(JsonParser p, String field, ApiKeyEntry.Builder b) throws IOException {
        switch (field) {
            case "id" -> b.id(UUID.fromString(p.getText()));
            case "exchange" -> b.exchangeId(p.getText());
            case "environment" -> b.environment(Environment.parse(p.getText()));
            case "label" -> b.label(p.getText());
            case "account" -> b.account(p.getText());
            case "apiKey" -> b.apiKey(readSecret(p));
            case "secret" -> b.secret(readSecret(p));
            case "passphrase" -> b.passphrase(readSecret(p));
            case "keyType" -> b.keyType(KeyType.parse(p.getText()));
            case "permissions" -> b.permissions(readList(p));
            case "ipWhitelist" -> b.ipWhitelist(readList(p).stream().map(IpRule::parse).toList());
            case "createdAt" -> b.createdAt(LocalDate.parse(p.getText()));
            case "expiresAt" -> b.expiresAt(nullOr(p, LocalDate::parse));
            case "rotateEveryDays" -> b.rotateEveryDays(p.getIntValue());
            case "status" -> b.status(KeyStatus.valueOf(p.getText().toUpperCase(java.util.Locale.ROOT)));
            case "revokedAt" -> b.revokedAt(nullOr(p, LocalDate::parse));
            case "usedBy" -> b.usedBy(readList(p));
            case "tags" -> b.tags(readList(p));
            case "notes" -> b.notes(p.getText());
            case "rotatedFrom" -> b.rotatedFrom(nullOr(p, UUID::fromString));
            case "rotatedTo" -> b.rotatedTo(nullOr(p, UUID::fromString));
            case "lastUsedAt" -> b.lastUsedAt(nullOr(p, Instant::parse));
            case "readOnly" -> b.readOnly(p.currentToken() == JsonToken.VALUE_NULL ? null : p.getBooleanValue());
            case "apiHost" -> b.apiHost(p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
            default -> p.skipChildren(); // a field from a newer minor version: keep reading
        }
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

    private static SecretBytes readSecret(JsonParser p) throws IOException {
        char[] buffer = p.getTextCharacters();
        char[] chars = Arrays.copyOfRange(buffer, p.getTextOffset(), p.getTextOffset() + p.getTextLength());
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

    private static List<String> readList(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) values.add(p.getText());
        return values;
    }

    private static void writeNullable(JsonGenerator g, String name, Object value) throws IOException {
        if (value != null) g.writeStringField(name, value.toString());
    }

    private static <T> T nullOr(JsonParser p, java.util.function.Function<String, T> parse) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : parse.apply(p.getText());
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) throw new IllegalArgumentException("expected " + expected + " but found " + actual);
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
