package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.kindOf;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.rewriteHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header edits with the plain checksum recomputed (issue 11 §9): what can be told from a wrong
 * password without a key is "damaged" and not counted as a failed unlock; an in-bounds edit of the
 * KDF parameters or salt cannot be told apart (docs/ARCHITECTURE.md says why) and reads as a wrong
 * password.
 */
class HeaderEditTest {
    @TempDir Path dir;

    Path file() {
        return dir.resolve("vault.apikeep");
    }

    private boolean failedUnlockCounted() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM meta WHERE name = 'failed_unlocks'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    @Test
    void aSaltOfALengthApiKeepNeverWritesIsDamageAndNotAFailedUnlock() throws Exception {
        create(file()).close();
        rewriteHeader(file(), h -> h.put("salt", Base64.getEncoder().encodeToString(new byte[12])));

        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.DAMAGED);
        assertThat(failedUnlockCounted()).isFalse();
    }

    @Test
    void aVaultIdOfALengthApiKeepNeverWritesIsDamageAndNotAFailedUnlock() throws Exception {
        create(file()).close();
        rewriteHeader(file(), h -> h.put("vaultId", Base64.getEncoder().encodeToString(new byte[20])));

        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.DAMAGED);
        assertThat(failedUnlockCounted()).isFalse();
    }

    @Test
    void kdfParametersOutOfBoundsAreDamageAndNotAFailedUnlock() throws Exception {
        create(file()).close();
        rewriteHeader(file(), h -> h.put("parallelism", 40));

        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.DAMAGED);
        assertThat(failedUnlockCounted()).isFalse();
    }

    /** The limit, kept visible: the right password with an edited salt derives another key, as a wrong password does. */
    @Test
    void anInBoundsEditOfTheSaltStillReadsAsAWrongPassword() throws Exception {
        create(file()).close();
        rewriteHeader(file(), h -> h.put("salt", Base64.getEncoder().encodeToString(new byte[16])));

        assertThat(kindOf(() -> open(file()))).isEqualTo(Kind.WRONG_PASSWORD);
        assertThat(failedUnlockCounted()).isTrue();
    }
}
