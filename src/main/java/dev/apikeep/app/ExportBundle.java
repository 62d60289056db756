package dev.apikeep.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.Kdf;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.Messages;
import dev.apikeep.vault.EntryFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The encrypted export bundle: JSON of all entries (with their revisions) and the activity log,
 * sealed with AES-256-GCM under a key Argon2id derives from a bundle password the user chooses.
 * The envelope is readable JSON naming the format and KDF; everything else is ciphertext.
 */
public final class ExportBundle {
    static final String FORMAT = "apikeep-bundle";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] AAD = "apikeep-bundle-v1".getBytes(StandardCharsets.US_ASCII);

    private ExportBundle() {
    }

    /** The bundle's content once opened. */
    public record Content(List<ApiKeyEntry> entries, List<ActivityEvent> events) {
        @Override
        public String toString() {
            return "Content[" + entries.size() + " entries, " + events.size() + " events]";
        }
    }

    public static byte[] seal(Content content, char[] bundlePassword, KdfParams kdf) {
        byte[] plaintext = plaintextOf(content);
        byte[] salt = Aead.randomBytes(16);
        byte[] key = Kdf.derive(bundlePassword, salt, kdf);
        try {
            byte[] nonce = Aead.newNonce();
            byte[] ciphertext = Aead.encrypt(key, nonce, plaintext, AAD);
            ObjectNode envelope = JSON.createObjectNode();
            envelope.put("format", FORMAT);
            envelope.put("version", VERSION);
            envelope.put("kdf", "argon2id");
            envelope.put("memoryKiB", kdf.memoryKiB());
            envelope.put("iterations", kdf.iterations());
            envelope.put("parallelism", kdf.parallelism());
            envelope.put("salt", base64(salt));
            envelope.put("nonce", base64(nonce));
            envelope.put("ciphertext", base64(ciphertext));
            return envelope.toString().getBytes(StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** Opens a bundle; a wrong password, a truncated or a malformed file each get a clear message. */
    public static Content open(byte[] file, char[] bundlePassword) {
        Envelope envelope = envelopeOf(file);
        byte[] key = Kdf.derive(bundlePassword, envelope.salt(), envelope.kdf());
        byte[] plaintext;
        try {
            plaintext = Aead.decrypt(key, envelope.nonce(), envelope.ciphertext(), AAD);
        } catch (Aead.AuthenticationFailedException e) {
            throw new InvalidInputException(Messages.get("bundle.wrongPassword"));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        try {
            return contentOf(plaintext);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The envelope's fields, decoded and checked, before any key is derived. */
    record Envelope(KdfParams kdf, byte[] salt, byte[] nonce, byte[] ciphertext) {
    }

    /**
     * Everything {@link #open} checks before the (costly) KDF: complete JSON, the format and version,
     * acceptable KDF settings, and base64 salt, nonce and ciphertext. A malformed file is refused
     * here without deriving a key.
     */
    static Envelope envelopeOf(byte[] file) {
        JsonNode envelope = readEnvelope(file);
        KdfParams kdf = new KdfParams(envelope.path("memoryKiB").asInt(), envelope.path("iterations").asInt(),
                envelope.path("parallelism").asInt());
        if (kdf.problem() != null) throw malformed(Messages.format("bundle.why.kdf", kdf.problem()));
        byte[] salt = decode(envelope, "salt");
        byte[] nonce = decode(envelope, "nonce");
        byte[] ciphertext = decode(envelope, "ciphertext");
        if (salt.length < 8) throw malformed(Messages.format("bundle.why.fieldTooShort", "salt")); // RFC 9106: at least 8 bytes
        if (nonce.length != Aead.NONCE_LENGTH) throw malformed(Messages.format("bundle.why.fieldInvalid", "nonce"));
        return new Envelope(kdf, salt, nonce, ciphertext);
    }

    /** True when the bytes look like a bundle envelope (for choosing bundle vs CSV import). */
    public static boolean looksLikeBundle(byte[] file) {
        String head = new String(file, 0, Math.min(file.length, 64), StandardCharsets.UTF_8);
        return head.trim().startsWith("{") && head.contains(FORMAT);
    }

    private static JsonNode readEnvelope(byte[] file) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(file);
        } catch (IOException e) {
            throw malformed(Messages.get("bundle.why.notJson"));
        }
        if (envelope == null || !FORMAT.equals(envelope.path("format").asText())) throw malformed(Messages.get("bundle.why.notBundle"));
        if (envelope.path("version").asInt() > VERSION) {
            throw malformed(Messages.format("bundle.why.newer", String.valueOf(envelope.path("version").asInt())));
        }
        return envelope;
    }

    static byte[] plaintextOf(Content content) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode entries = root.putArray("entries");
        for (ApiKeyEntry entry : content.entries()) {
            byte[] json = EntryFormat.toJson(entry);
            try {
                ObjectNode item = entries.addObject();
                item.put("revision", entry.revision());
                item.set("entry", JSON.readTree(json));
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            } finally {
                Arrays.fill(json, (byte) 0);
            }
        }
        ArrayNode events = root.putArray("events");
        for (ActivityEvent event : content.events()) {
            ObjectNode item = events.addObject();
            item.put("seq", event.seq());
            item.put("time", event.time().toString());
            item.put("type", event.type().id());
            if (event.entryId() != null) item.put("entryId", event.entryId().toString());
            item.put("detail", event.detail());
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The decrypted JSON to entries and events; package-private for the malformed-input properties. */
    static Content contentOf(byte[] plaintext) {
        try {
            JsonNode root = JSON.readTree(plaintext);
            List<ApiKeyEntry> entries = new ArrayList<>();
            int index = 0;
            for (JsonNode item : root.path("entries")) {
                index++;
                try {
                    entries.add(EntryFormat.fromJson(JSON.writeValueAsBytes(item.path("entry")), item.path("revision").asLong(1)));
                } catch (IllegalArgumentException e) {
                    throw malformed(Messages.format("bundle.why.entry", String.valueOf(index)));
                }
            }
            List<ActivityEvent> events = new ArrayList<>();
            for (JsonNode item : root.path("events")) {
                String entryId = item.path("entryId").asText(null);
                events.add(new ActivityEvent(item.path("seq").asLong(), Instant.parse(item.path("time").asText()),
                        EventType.parse(item.path("type").asText()), entryId == null ? null : UUID.fromString(entryId),
                        0, item.path("detail").asText("")));
            }
            return new Content(entries, events);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) throw invalid;
            throw malformed(Messages.get("bundle.why.content"));
        }
    }

    private static byte[] decode(JsonNode envelope, String field) {
        try {
            return Base64.getDecoder().decode(envelope.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw malformed(Messages.format("bundle.why.fieldInvalid", field));
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static InvalidInputException malformed(String why) {
        return new InvalidInputException(Messages.format("bundle.malformed", why));
    }
}
