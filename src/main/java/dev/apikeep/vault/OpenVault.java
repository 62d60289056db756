package dev.apikeep.vault;

import dev.apikeep.crypto.CheckedKdf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the parts of an open {@link Vault} share: the file, its connection, the header and keys in
 * use, and what the opening and the reads found (format, read-only, damaged entries). Package-private:
 * only the vault's own parts ({@link Unlocking}, {@link EntryReads}, {@link Transactions},
 * {@link KeyChange}) read or change it.
 */
final class OpenVault {
    final Path file;
    final SqliteFile sqlite;
    /** Argon2 with its safety net: both engines for a new wrapping, the reference one before "wrong password". */
    final CheckedKdf kdf;
    /** True when only the reference Argon2 engine's key opened this vault (the fast one is faulty here). */
    boolean kdfFellBack;
    VaultHeader header;
    /** Not final: a rekey switches the open vault to a fresh data key. */
    VaultKeys keys;
    /** The file's format: 1 only while a format-1 vault is open read-only (a rescue); writes need the current one. */
    int format = SqliteFile.SCHEMA_VERSION;
    boolean readOnly;
    final List<UUID> damaged = new ArrayList<>();
    /** When the set-MAC is checked: at open, or share by share as entries are read. */
    final IntegrityOnRead integrity = new IntegrityOnRead(this);
    /** The copy made before this open upgraded an older format, or null. */
    Path migrationBackup;
    /** The entries the unlock opened with its check, for the first read of them all ({@link Vault.Check#READING_ALL}). */
    final FirstRead firstRead = new FirstRead();

    OpenVault(Path file, SqliteFile sqlite, VaultHeader header, byte[] dataKey, CheckedKdf kdf) {
        this.file = file;
        this.sqlite = sqlite;
        this.kdf = kdf;
        this.header = header;
        this.keys = new VaultKeys(dataKey, header.vaultId());
    }

    /** An entry that failed to decrypt: named in the damaged list, and no more writes. */
    void markDamaged(String id) {
        UUID bad = Integrity.parseOrNil(id);
        if (!damaged.contains(bad)) damaged.add(bad);
        readOnly = true;
    }

    /** After a committed rekey: the new key and header are in use, the old keys are wiped. */
    void switchTo(VaultKeys newKeys, VaultHeader newHeader) {
        firstRead.forget(); // its rows decrypt under the old keys
        VaultKeys oldKeys = keys;
        keys = newKeys;
        header = newHeader;
        oldKeys.wipe();
    }

    /** Wipes the data key, every key derived from it and any entries kept from the unlock, and closes the file. */
    void close() {
        firstRead.forget();
        keys.wipe();
        sqlite.close();
    }
}
