package dev.apikeep.vault;

import static dev.apikeep.vault.HeaderEdits.failedUnlockCounted;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.kindOf;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.pw;
import static dev.apikeep.vault.VaultFixtures.rewriteHeader;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header edits with the plain checksum recomputed (issue 11 §9): what can be told from a wrong
 * password without a key is "damaged" and not counted as a failed unlock. An in-bounds edit of the
 * KDF parameters or salt cannot be told apart inside the file (docs/ARCHITECTURE.md says why); with
 * this machine's memory of the header that last unlocked the vault ({@link KdfHeader.Memory}) it is
 * {@link Kind#HEADER_CHANGED}, and without one it still reads as a wrong password.
 */
class HeaderEditTest {
    @TempDir Path dir;

    Path file() {
        return dir.resolve("vault.apikeep");
    }

    /** Creates the vault and remembers its header as this machine would after unlocking it. */
    private KdfHeader.Memory createAndRemember() {
        KdfHeader header;
        try (Vault vault = create(file())) {
            VaultFixtures.add(vault, VaultFixtures.entry("Grid bot"));
            header = vault.kdfHeader();
        }
        return vaultId -> vaultId.equals(header.vaultId()) ? Optional.of(header) : Optional.empty();
    }

    private Vault openWith(KdfHeader.Memory memory, char[] password, Vault.Access access) {
        return Vault.open(file(), password, access, CheckedKdf.standard(), memory);
    }

    @Test
    void aSaltOfALengthApiKeepNeverWritesIsDamageAndNotAFailedUnlock() throws Exception {
        create(file()).close();
        rewriteHeader(file(), h -> h.put("salt", Base64.getEncoder().encodeToString(new byte[12])));

        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.DAMAGED);
        assertThat(failedUnlockCounted(file())).isFalse();
    }

    @Test
    void aVaultIdOfALengthApiKeepNeverWritesIsDamageAndNotAFailedUnlock() throws Exception {
        create(file()).close();
        rewriteHeader(file(), h -> h.put("vaultId", Base64.getEncoder().encodeToString(new byte[20])));

        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.DAMAGED);
        assertThat(failedUnlockCounted(file())).isFalse();
    }

    @Test
    void kdfParametersOutOfBoundsAreDamageAndNotAFailedUnlock() throws Exception {
        create(file()).close();
        rewriteHeader(file(), h -> h.put("parallelism", 40));

        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.DAMAGED);
        assertThat(failedUnlockCounted(file())).isFalse();
    }

    /** The limit inside the file, kept visible: the right password with an edited salt derives another key, as a wrong password does. */
    @Test
    void anInBoundsEditOfTheSaltOfAVaultNeverUnlockedHereReadsAsAWrongPassword() throws Exception {
        create(file()).close();
        HeaderEdits.setSalt(file(), (byte) 7);

        assertThat(kindOf(() -> openWith(KdfHeader.Memory.NONE, pw(), Vault.Access.NORMAL))).isEqualTo(Kind.WRONG_PASSWORD);
        assertThat(failedUnlockCounted(file())).isTrue();
    }

    @Test
    void anInBoundsEditOfTheMemoryCostSinceTheLastUnlockHereIsAChangedHeaderAndNotAFailedUnlock() throws Exception {
        KdfHeader.Memory memory = createAndRemember();
        HeaderEdits.setMemoryKiB(file(), 32 * 1024);

        VaultException e = thrown(() -> openWith(memory, pw(), Vault.Access.NORMAL));
        assertThat(e.kind()).isEqualTo(Kind.HEADER_CHANGED);
        assertThat(e.getMessage()).contains("changed since it last opened on this machine").contains("memory 19456 KiB → 32768 KiB");
        assertThat(failedUnlockCounted(file())).isFalse();
    }

    @Test
    void anInBoundsEditOfTheIterationsOrTheSaltIsAChangedHeaderToo() throws Exception {
        KdfHeader.Memory memory = createAndRemember();
        HeaderEdits.setIterations(file(), 5);
        assertThat(thrown(() -> openWith(memory, pw(), Vault.Access.NORMAL)).getMessage()).contains("iterations 2 → 5");

        HeaderEdits.setIterations(file(), 2);
        HeaderEdits.setSalt(file(), (byte) 7);
        VaultException salt = thrown(() -> openWith(memory, pw(), Vault.Access.NORMAL));
        assertThat(salt.kind()).isEqualTo(Kind.HEADER_CHANGED);
        assertThat(salt.getMessage()).contains("(salt)");
        assertThat(failedUnlockCounted(file())).isFalse();
    }

    @Test
    void aWrongPasswordIsStillWrongWhetherTheHeaderWasEditedOrNot() throws Exception {
        KdfHeader.Memory memory = createAndRemember();
        assertThat(kindOf(() -> openWith(memory, "not the password".toCharArray(), Vault.Access.NORMAL)))
                .isEqualTo(Kind.WRONG_PASSWORD);

        HeaderEdits.setSalt(file(), (byte) 7);
        assertThat(kindOf(() -> openWith(memory, "not the password".toCharArray(), Vault.Access.NORMAL)))
                .isEqualTo(Kind.WRONG_PASSWORD);
        assertThat(failedUnlockCounted(file())).isTrue();
    }

    @Test
    void aRescueReadsTheVaultReadOnlyUnderTheRememberedHeader() throws Exception {
        KdfHeader.Memory memory = createAndRemember();
        HeaderEdits.setMemoryKiB(file(), 32 * 1024);

        try (Vault rescued = openWith(memory, pw(), Vault.Access.RESCUE)) {
            assertThat(rescued.isReadOnly()).isTrue();
            assertThat(rescued.entries()).extracting(e -> e.label()).containsExactly("Grid bot");
            assertThat(rescued.kdfParams().memoryKiB()).isEqualTo(19 * 1024);
        }
    }
}
