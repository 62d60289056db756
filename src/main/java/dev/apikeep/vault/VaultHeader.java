package dev.apikeep.vault;

import dev.apikeep.crypto.KdfParams;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The only readable part of a vault: format version, vault id and the KDF parameters with salt.
 * A SHA-256 checksum over header and wrapped key (stored beside them) tells accidental damage of
 * the header apart from a wrong password.
 */
record VaultHeader(int formatVersion, byte[] vaultId, KdfParams kdf, byte[] salt) {
    static final int FORMAT_VERSION = 1;
    /** Every vault ApiKeep makes has a 16-byte salt and a 16-byte id; a header saying otherwise was edited. */
    static final int SALT_LENGTH = 16;
    static final int VAULT_ID_LENGTH = 16;

    static VaultHeader fresh(byte[] vaultId, KdfParams kdf, byte[] salt) {
        return new VaultHeader(FORMAT_VERSION, vaultId, kdf, salt);
    }

    VaultHeader withKdf(KdfParams newKdf, byte[] newSalt) {
        return new VaultHeader(formatVersion, vaultId, newKdf, newSalt);
    }

    byte[] toJson() {
        return FlatJson.write(g -> {
            g.writeNumberField("format", formatVersion);
            g.writeStringField("vaultId", Base64.getEncoder().encodeToString(vaultId));
            g.writeStringField("kdf", "argon2id");
            g.writeNumberField("memoryKiB", kdf.memoryKiB());
            g.writeNumberField("iterations", kdf.iterations());
            g.writeNumberField("parallelism", kdf.parallelism());
            g.writeStringField("salt", Base64.getEncoder().encodeToString(salt));
        });
    }

    static VaultHeader fromJson(byte[] json) {
        try {
            Map<String, String> node = FlatJson.read(json);
            String kdfName = node.getOrDefault("kdf", "");
            if (!"argon2id".equals(kdfName)) throw new IllegalArgumentException("unknown KDF " + kdfName);
            return new VaultHeader(
                    Integer.parseInt(node.getOrDefault("format", "-1")),
                    Base64.getDecoder().decode(node.getOrDefault("vaultId", "")),
                    new KdfParams(Integer.parseInt(node.getOrDefault("memoryKiB", "0")),
                            Integer.parseInt(node.getOrDefault("iterations", "0")),
                            Integer.parseInt(node.getOrDefault("parallelism", "0"))),
                    Base64.getDecoder().decode(node.getOrDefault("salt", "")));
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
