package dev.apikeep.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikeep.crypto.KdfParams;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The only readable part of a vault: format version, vault id and the KDF parameters with salt.
 * A SHA-256 checksum over header and wrapped key (stored beside them) tells accidental damage of
 * the header apart from a wrong password.
 */
record VaultHeader(int formatVersion, byte[] vaultId, KdfParams kdf, byte[] salt) {
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    static VaultHeader fresh(byte[] vaultId, KdfParams kdf, byte[] salt) {
        return new VaultHeader(FORMAT_VERSION, vaultId, kdf, salt);
    }

    VaultHeader withKdf(KdfParams newKdf, byte[] newSalt) {
        return new VaultHeader(formatVersion, vaultId, newKdf, newSalt);
    }

    byte[] toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", formatVersion);
        node.put("vaultId", Base64.getEncoder().encodeToString(vaultId));
        node.put("kdf", "argon2id");
        node.put("memoryKiB", kdf.memoryKiB());
        node.put("iterations", kdf.iterations());
        node.put("parallelism", kdf.parallelism());
        node.put("salt", Base64.getEncoder().encodeToString(salt));
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    static VaultHeader fromJson(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (!"argon2id".equals(node.path("kdf").asText())) {
                throw new IllegalArgumentException("unknown KDF " + node.path("kdf").asText());
            }
            return new VaultHeader(
                    node.path("format").asInt(-1),
                    Base64.getDecoder().decode(node.path("vaultId").asText()),
                    new KdfParams(node.path("memoryKiB").asInt(), node.path("iterations").asInt(),
                            node.path("parallelism").asInt()),
                    Base64.getDecoder().decode(node.path("salt").asText()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("vault header is not readable", e);
        }
    }

    /** Associated data for the wrapped data key: binds it to this vault and these KDF settings. */
    byte[] dekAad() {
        byte[] label = "apikeep-dek".getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(label.length + vaultId.length + 12 + salt.length)
                .put(label).put(vaultId)
                .putInt(kdf.memoryKiB()).putInt(kdf.iterations()).putInt(kdf.parallelism())
                .put(salt).array();
    }

    static byte[] checksum(byte[] headerJson, byte[] wrappedDek) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(headerJson);
            sha.update(wrappedDek);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }
}
