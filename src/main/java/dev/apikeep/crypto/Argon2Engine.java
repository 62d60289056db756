package dev.apikeep.crypto;

/**
 * One implementation of Argon2id deriving a {@link Kdf#KEY_LENGTH}-byte key. {@link Kdf.Engine}
 * names the two ApiKeep ships; {@link CheckedKdf} runs them against each other.
 */
@FunctionalInterface
public interface Argon2Engine {
    /** The key for these inputs; the caller wipes it. The password bytes are not wiped here. */
    byte[] derive(byte[] passwordUtf8, byte[] salt, KdfParams params);
}
