package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.vault.VaultException.Kind;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The readable header and the wrapped data key in {@code meta}: reading them (with the checks that
 * tell damage and tampering from a wrong password), unwrapping the key with the master password,
 * and storing a new header with a newly wrapped key.
 */
final class KeyHeader {
    private KeyHeader() {
    }

    static VaultHeader read(SqliteFile sqlite) {
        byte[] json = Meta.get(sqlite, Meta.HEADER).orElseThrow(() -> damaged("its header is missing"));
        byte[] wrapped = Meta.get(sqlite, Meta.DATA_KEY).orElseThrow(() -> damaged("its key is missing"));
        byte[] check = Meta.get(sqlite, Meta.HEADER_CHECK).orElseThrow(() -> damaged("its checksum is missing"));
        if (!MessageDigest.isEqual(check, VaultHeader.checksum(json, wrapped))) {
            throw damaged("its header does not match its checksum");
        }
        VaultHeader header;
        try {
            header = VaultHeader.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw damaged("its header cannot be read");
        }
        if (header.formatVersion() > VaultHeader.FORMAT_VERSION) {
            throw new VaultException(Kind.NEWER_FORMAT, "this vault was written by a newer ApiKeep (format "
                    + header.formatVersion() + "); update ApiKeep to open it");
        }
        if (header.salt().length != VaultHeader.SALT_LENGTH || header.vaultId().length != VaultHeader.VAULT_ID_LENGTH) {
            // never written by ApiKeep: telling it apart needs no key, so it is not a "wrong password"
            throw new VaultException(Kind.DAMAGED, "the vault header was tampered with: its salt or vault id has a"
                    + " length ApiKeep never writes; restore a backup");
        }
        String kdfProblem = header.kdf().problem();
        if (kdfProblem != null) {
            throw new VaultException(Kind.DAMAGED, "the vault header was tampered with: " + kdfProblem
                    + " (a vault is never created like that); restore a backup");
        }
        return header;
    }

    /**
     * The data key, or {@link Kind#WRONG_PASSWORD} when the password does not unwrap it with either
     * Argon2 engine ({@link CheckedKdf#open}: the reference engine is tried before "wrong password").
     */
    static CheckedKdf.Opened<byte[]> unwrap(SqliteFile sqlite, VaultHeader header, char[] password, CheckedKdf kdf) {
        return unwrap(wrappedKey(sqlite), header, password, kdf);
    }

    /** The wrapped data key as stored. */
    static byte[] wrappedKey(SqliteFile sqlite) {
        return Meta.get(sqlite, Meta.DATA_KEY).orElseThrow(() -> damaged("its key is missing"));
    }

    /** As above, with the wrapped key read already: touches no connection (the KDF's time is spent here). */
    static CheckedKdf.Opened<byte[]> unwrap(byte[] wrapped, VaultHeader header, char[] password, CheckedKdf kdf) {
        try {
            return kdf.open(password, header.salt(), header.kdf(), kek -> Sealed.open(kek, wrapped, header.dekAad()));
        } catch (Aead.AuthenticationFailedException e) {
            throw new VaultException(Kind.WRONG_PASSWORD, "wrong master password; try again");
        }
    }

    /**
     * Wraps {@code dataKey} under the key the password derives with {@code header}'s KDF and salt,
     * derived by both Argon2 engines: when they differ nothing is returned, so nothing is written.
     */
    static byte[] wrap(char[] password, VaultHeader header, byte[] dataKey, CheckedKdf kdf) {
        byte[] kek;
        try {
            kek = kdf.deriveForNewKey(password, header.salt(), header.kdf());
        } catch (CheckedKdf.EnginesDisagreeException e) {
            throw new VaultException(Kind.IO, e.getMessage(), e);
        }
        try {
            return Sealed.seal(kek, dataKey, header.dekAad());
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Stores the header, the wrapped key, the plain checksum and the keyed one ({@code keys} hold the data key wrapped). */
    static void put(SqliteFile sqlite, VaultHeader header, byte[] wrapped, VaultKeys keys) {
        byte[] json = header.toJson();
        Meta.put(sqlite, Meta.HEADER, json);
        Meta.put(sqlite, Meta.DATA_KEY, wrapped);
        Meta.put(sqlite, Meta.HEADER_CHECK, VaultHeader.checksum(json, wrapped));
        putMac(sqlite, keys);
    }

    /** The keyed checksum over the header and the wrapped key as stored now. */
    static void putMac(SqliteFile sqlite, VaultKeys keys) {
        Meta.put(sqlite, Meta.HEADER_MAC, keys.headerMac(stored(sqlite, Meta.HEADER), stored(sqlite, Meta.DATA_KEY)));
    }

    /**
     * After the data key was unwrapped: the header must carry the checksum only its holder can make.
     * The plain SHA-256 beside it tells accidental damage before any key exists, but anyone can
     * recompute it; an edit that still lets the key unwrap (the format number, the JSON's shape) is
     * caught here and reported as damage, never as a wrong password (and never counted as one).
     */
    static void verifyMac(SqliteFile sqlite, VaultKeys keys) {
        byte[] expected = keys.headerMac(stored(sqlite, Meta.HEADER), stored(sqlite, Meta.DATA_KEY));
        byte[] actual = Meta.get(sqlite, Meta.HEADER_MAC).orElseThrow(() -> damaged("its keyed header checksum is missing"));
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new VaultException(Kind.DAMAGED, "the vault header was changed by something other than ApiKeep"
                    + " (its keyed checksum does not match); the password is right; restore a backup");
        }
    }

    private static byte[] stored(SqliteFile sqlite, String name) {
        return Meta.get(sqlite, name).orElseThrow(() -> damaged("its " + name + " is missing"));
    }

    static VaultException damaged(String what) {
        return new VaultException(Kind.DAMAGED, "the vault is damaged: " + what + "; restore a backup");
    }
}
