package dev.apikeep.vault;

import dev.apikeep.crypto.KdfParams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The part of a vault's readable header that its wrapped data key is bound to (the key's associated
 * data): the vault id (hex), the KDF parameters and the salt. Nothing secret: it is readable in the
 * file by anyone. The app keeps the one that last unlocked each vault on this machine, so that an
 * edit of these fields, which no key in the file can tell from a wrong password, can be told by
 * trying the remembered ones ({@link Memory}).
 */
public record KdfHeader(String vaultId, KdfParams kdf, byte[] salt) {
    public KdfHeader {
        salt = salt.clone();
    }

    /** This machine's memory of the header that last unlocked a vault, asked by the vault id in the file. */
    @FunctionalInterface
    public interface Memory {
        Memory NONE = vaultId -> Optional.empty();

        Optional<KdfHeader> lastUnlocked(String vaultId);
    }

    static KdfHeader of(VaultHeader header) {
        return new KdfHeader(HexFormat.of().formatHex(header.vaultId()), header.kdf(), header.salt());
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** A header ApiKeep could have written: the KDF within bounds, salt and vault id of the lengths it writes. */
    boolean plausible() {
        return kdf.withinBounds() && salt.length == VaultHeader.SALT_LENGTH
                && vaultId.length() == 2 * VaultHeader.VAULT_ID_LENGTH && vaultId.matches("[0-9a-f]+");
    }

    /** {@code header} with these fields in place of its own. */
    VaultHeader appliedTo(VaultHeader header) {
        return new VaultHeader(header.formatVersion(), HexFormat.of().parseHex(vaultId), kdf, salt);
    }

    /** What differs from {@code earlier}, in words ("memory 65536 KiB → 32768 KiB", "salt"); empty when nothing does. */
    public List<String> changesSince(KdfHeader earlier) {
        List<String> changes = new ArrayList<>();
        if (kdf.memoryKiB() != earlier.kdf.memoryKiB()) {
            changes.add("memory " + earlier.kdf.memoryKiB() + " KiB → " + kdf.memoryKiB() + " KiB");
        }
        if (kdf.iterations() != earlier.kdf.iterations()) {
            changes.add("iterations " + earlier.kdf.iterations() + " → " + kdf.iterations());
        }
        if (kdf.parallelism() != earlier.kdf.parallelism()) {
            changes.add("parallelism " + earlier.kdf.parallelism() + " → " + kdf.parallelism());
        }
        if (!Arrays.equals(salt, earlier.salt)) changes.add("salt");
        if (!vaultId.equals(earlier.vaultId)) changes.add("vault id");
        return changes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KdfHeader other && changesSince(other).isEmpty();
    }

    @Override
    public int hashCode() {
        return 31 * (31 * vaultId.hashCode() + kdf.hashCode()) + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "KdfHeader[" + vaultId + ", " + kdf + "]";
    }
}
