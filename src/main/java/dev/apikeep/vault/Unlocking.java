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
import java.util.List;
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
        return open(file, password, access, Vault.Check.AT_OPEN, engines, KdfHeader.Memory.NONE, connect);
    }

    /**
     * {@code memory} is asked only when the password does not unwrap the key under the file's header
     * ({@link #unwrap}): a wrong password with an unchanged header costs nothing more. {@code when}
     * says when the set-MAC is checked ({@link IntegrityOnRead}).
     */
    static Vault open(Path file, char[] password, Access access, Vault.Check when, CheckedKdf engines,
                      KdfHeader.Memory memory, Function<Path, SqliteFile> connect) {
        if (!Files.isRegularFile(file)) {
            throw new VaultException(Kind.NOT_FOUND, "no vault at " + file + ": create one first (apikeep init)");
        }
        SqliteFile sqlite = connect.apply(file);
        OpenVault vault = null;
        try {
            sqlite.checkIdentity(file);
            VaultHeader header = KeyHeader.read(sqlite);
            byte[] wrapped = KeyHeader.wrappedKey(sqlite);
            boolean readingAll = when == Vault.Check.READING_ALL && access == Access.NORMAL
                    && sqlite.userVersion() == SqliteFile.SCHEMA_VERSION;
            RowsDuringKdf rowsAhead = readingAll ? RowsDuringKdf.start(sqlite) : RowsDuringKdf.NONE;
            Unwrapped unwrapped;
            RowsDuringKdf.Read rows;
            try {
                unwrapped = unwrap(wrapped, header, password, engines, memory);
            } finally {
                rows = rowsAhead.join(); // the connection is this thread's again (a wrong password's count writes on it)
            }
            vault = new OpenVault(file, sqlite, unwrapped.header(), unwrapped.dataKey().value(), engines);
            vault.kdfFellBack = unwrapped.dataKey().switchedToReference();
            vault.format = sqlite.userVersion();
            if (unwrapped.headerChanges() != null) refuseChangedHeader(vault, access, unwrapped.headerChanges());
            else if (vault.format >= 2) verifyHeaderMac(vault, access);
            if (readingAll && vault.format == SqliteFile.SCHEMA_VERSION) {
                new EntryReads(vault).readAllAtOpen(rows);
            } else {
                vault.integrity.atOpen(access, when);
            }
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

    /**
     * The data key, and the header that unwrapped it: the file's, or the one that last unlocked this
     * vault on this machine ({@code memory}) with the changes since then.
     */
    private record Unwrapped(CheckedKdf.Opened<byte[]> dataKey, VaultHeader header, List<String> headerChanges) {
    }

    /**
     * Under the file's header first. When the password does not unwrap the key under it, and this
     * machine remembers a different header that last unlocked this vault, the same password is tried
     * under that one: if it unwraps the key there, the password is right and the header was edited
     * since (damage, and not a failed unlock). Otherwise the wrong password stands. An edit of the
     * KDF parameters or salt cannot be told from a wrong password inside the file alone (the wrapped
     * key's associated data binds them; docs/ARCHITECTURE.md says why a verifier would weaken the vault).
     */
    private static Unwrapped unwrap(byte[] wrapped, VaultHeader header, char[] password, CheckedKdf engines,
                                    KdfHeader.Memory memory) {
        try {
            return new Unwrapped(KeyHeader.unwrap(wrapped, header, password, engines), header, null);
        } catch (VaultException wrong) {
            if (wrong.kind() != Kind.WRONG_PASSWORD) throw wrong;
            KdfHeader inFile = KdfHeader.of(header);
            KdfHeader remembered = memory.lastUnlocked(inFile.vaultId())
                    .filter(KdfHeader::plausible).filter(h -> !h.equals(inFile)).orElseThrow(() -> wrong);
            VaultHeader earlier = remembered.appliedTo(header);
            try {
                return new Unwrapped(KeyHeader.unwrap(wrapped, earlier, password, engines), earlier,
                        inFile.changesSince(remembered));
            } catch (VaultException stillWrong) {
                if (stillWrong.kind() == Kind.WRONG_PASSWORD) throw wrong;
                throw stillWrong;
            }
        }
    }

    /**
     * The key opened only under the header this machine remembers: never opened for use. A rescue
     * reads it read-only under the remembered header (whose fields the key authenticates).
     */
    private static void refuseChangedHeader(OpenVault vault, Access access, List<String> changes) {
        if (access == Access.RESCUE) {
            vault.readOnly = true;
            return;
        }
        throw new VaultException(Kind.HEADER_CHANGED, "the vault's header was changed since it last opened on this"
                + " machine: its KDF settings or salt differ (" + String.join(", ", changes) + "). The password is"
                + " right: the settings it opened with here still open it. Restore a backup, or open it read-only"
                + " to rescue the entries");
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
