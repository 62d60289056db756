package dev.apikeep.vault;

import dev.apikeep.crypto.Aead;
import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.vault.Vault.Access;
import dev.apikeep.vault.VaultException.Kind;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Creating a vault file and unlocking one: the header read and checked, the data key unwrapped,
 * the keyed header checksum and the set-MAC verified, an older format upgraded. Wrong password,
 * not-a-vault and damage are distinct outcomes; a rescue opens a damaged vault read-only.
 * {@code connect} opens the SQLite file: {@code SqliteFile::open}, or a test's, to keep hold of it.
 */
final class Unlocking {
    private Unlocking() {
    }

    static Vault create(Path file, char[] password, KdfParams kdf, Function<Path, SqliteFile> connect) {
        return create(file, password, kdf, CheckedKdf.standard(), connect);
    }

    /**
     * The key is derived (by both Argon2 engines, which must agree) before the file is made, so a
     * refusal leaves nothing behind.
     */
    static Vault create(Path file, char[] password, KdfParams kdf, CheckedKdf engines, Function<Path, SqliteFile> connect) {
        KeyChange.refuseUnsafe(kdf);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) throw alreadyExists(file); // before the KDF's time
        VaultHeader header = VaultHeader.fresh(Aead.randomBytes(16), kdf, Aead.randomBytes(16));
        byte[] dataKey = Aead.randomBytes(32);
        byte[] wrapped;
        try {
            wrapped = KeyHeader.wrap(password, header, dataKey, engines);
        } catch (RuntimeException e) {
            Arrays.fill(dataKey, (byte) 0);
            throw e;
        }
        createPrivateFile(file);
        SqliteFile sqlite = connect.apply(file);
        OpenVault vault = null;
        try {
            vault = new OpenVault(file, sqlite, header, dataKey, engines);
            OpenVault created = vault;
            new Transactions(created).immediate("create the vault", () -> {
                sqlite.createSchema();
                KeyHeader.put(sqlite, header, wrapped, created.keys);
                Meta.put(sqlite, Meta.SET_MAC, created.keys.cipherer.sealSetMac(SetMacRecord.EMPTY));
                Meta.put(sqlite, Meta.SET_MAC_SHARES, created.keys.cipherer.sealShares(SetMacShares.empty()));
                return null;
            });
            return new Vault(vault);
        } catch (RuntimeException e) {
            if (vault != null) vault.keys.wipe();
            Arrays.fill(dataKey, (byte) 0);
            sqlite.close();
            deleteQuietly(file);
            throw e;
        }
    }

    static Vault open(Path file, char[] password, Access access, CheckedKdf engines, Function<Path, SqliteFile> connect) {
        return open(file, password, access, Vault.Check.AT_OPEN, engines, connect);
    }

    static Vault open(Path file, char[] password, Access access, Vault.Check when, CheckedKdf engines,
                      Function<Path, SqliteFile> connect) {
        if (!Files.isRegularFile(file)) {
            throw new VaultException(Kind.NOT_FOUND, "no vault at " + file + ": create one first (apikeep init)");
        }
        SqliteFile sqlite = connect.apply(file);
        OpenVault vault = null;
        try {
            sqlite.checkIdentity(file);
            VaultHeader header = KeyHeader.read(sqlite);
            CheckedKdf.Opened<byte[]> dataKey = KeyHeader.unwrap(sqlite, header, password, engines);
            vault = new OpenVault(file, sqlite, header, dataKey.value(), engines);
            vault.kdfFellBack = dataKey.switchedToReference();
            vault.format = sqlite.userVersion();
            if (vault.format >= 2) verifyHeaderMac(vault, access);
            vault.integrity.atOpen(access, when);
            if (vault.format < SqliteFile.SCHEMA_VERSION) upgrade(vault, access);
            return new Vault(vault);
        } catch (SQLException e) {
            closeAfterFailure(vault, sqlite);
            throw SqliteFile.translate(e, "read the vault");
        } catch (RuntimeException e) {
            if (e instanceof VaultException v && v.kind() == Kind.WRONG_PASSWORD) FailedUnlockCounter.countOne(sqlite);
            closeAfterFailure(vault, sqlite);
            throw e;
        }
    }

    /** Also wipes the data key, once it was unwrapped. */
    private static void closeAfterFailure(OpenVault vault, SqliteFile sqlite) {
        if (vault != null) vault.close();
        else sqlite.close();
    }

    /** A header changed behind ApiKeep's back is damage; a rescue still reads what the (right) key opens. */
    private static void verifyHeaderMac(OpenVault vault, Access access) {
        try {
            KeyHeader.verifyMac(vault.sqlite, vault.keys);
        } catch (VaultException e) {
            if (access == Access.NORMAL) throw e;
            vault.readOnly = true;
        }
    }

    /**
     * Upgrades an intact format-1 vault in one transaction ({@link FormatMigration}). A vault that
     * is damaged stays as it is: refused normally, or readable (format 1, read-only) in a rescue.
     */
    private static void upgrade(OpenVault vault, Access access) {
        if (vault.readOnly) return; // a damaged format-1 vault opened to rescue: read it as it is
        try {
            vault.migrationBackup = FormatMigration.upgrade(vault.file, vault.sqlite, vault.header, vault.keys);
            vault.format = SqliteFile.SCHEMA_VERSION;
        } catch (VaultException e) {
            if (e.kind() != Kind.DAMAGED || access == Access.NORMAL) throw e;
            vault.readOnly = true;
            vault.damaged.addAll(e.damagedEntries());
        }
    }

    private static void createPrivateFile(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) PrivateFiles.createDirectories(dir);
            PrivateFiles.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(file);
        } catch (IOException e) {
            throw new VaultException(Kind.IO, "could not create " + file + ": " + e.getMessage(), e);
        }
    }

    private static VaultException alreadyExists(Path file) {
        return new VaultException(Kind.ALREADY_EXISTS, file + " already exists; choose another file"
                + " or open the existing vault");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the half-made file holds no secrets
        }
    }
}
