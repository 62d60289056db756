package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.FAST;
import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.metaValue;
import static dev.apikeep.vault.VaultFixtures.pw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.FaultyArgon2;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Argon2 safety net at the vault: rekey and password change commit nothing the engines disagree on. */
class VaultKdfSafetyNetTest {
    @TempDir Path dir;

    @Test
    void rekeyRefusesWhenTheEnginesDisagreeOnTheNewSaltAndKeepsTheOldKey() throws Exception {
        Path file = dir.resolve("vault.apikeep");
        try (Vault vault = create(file)) {
            add(vault, entry("kept"));
        }
        byte[] wrappedBefore = metaValue(file, Meta.DATA_KEY);
        byte[] headerBefore = metaValue(file, Meta.HEADER);

        try (Vault vault = Vault.open(file, pw(), Vault.Access.NORMAL, FaultyArgon2.afterFirstSalt().checked())) {
            assertThatThrownBy(() -> vault.rekey(pw()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.IO))
                    .hasMessageContaining("gave different keys");
            assertThat(vault.entries()).extracting(e -> e.label()).containsExactly("kept");
        }

        assertThat(metaValue(file, Meta.DATA_KEY)).as("the wrapped key was not replaced").isEqualTo(wrappedBefore);
        assertThat(metaValue(file, Meta.HEADER)).isEqualTo(headerBefore);
        try (Vault vault = VaultFixtures.open(file)) {
            assertThat(vault.entries()).hasSize(1);
        }
    }

    @Test
    void changingThePasswordRefusesWhenTheEnginesDisagreeAndKeepsTheOldOne() throws Exception {
        Path file = dir.resolve("vault.apikeep");
        create(file).close();
        byte[] wrappedBefore = metaValue(file, Meta.DATA_KEY);

        try (Vault vault = Vault.open(file, pw(), Vault.Access.NORMAL, FaultyArgon2.afterFirstSalt().checked())) {
            assertThatThrownBy(() -> vault.changePassword("another password".toCharArray(), FAST))
                    .hasMessageContaining("nothing was written");
        }

        assertThat(metaValue(file, Meta.DATA_KEY)).isEqualTo(wrappedBefore);
        VaultFixtures.open(file).close();
    }

    @Test
    void createRefusesBeforeMakingTheFile() {
        Path file = dir.resolve("vault.apikeep");
        assertThatThrownBy(() -> Vault.create(file, pw(), FAST, FaultyArgon2.always().checked()))
                .hasMessageContaining("gave different keys");
        assertThat(file).doesNotExist();
    }

    @Test
    void aVaultTheFastEngineCannotOpenOpensAndSaysItFellBack() {
        Path file = dir.resolve("vault.apikeep");
        create(file).close();
        try (Vault vault = Vault.open(file, pw(), Vault.Access.NORMAL, FaultyArgon2.always().checked())) {
            assertThat(vault.kdfFellBack()).isTrue();
            assertThat(vault.verifyPassword(pw())).as("later derivations use the reference engine").isTrue();
        }
        try (Vault vault = VaultFixtures.open(file)) {
            assertThat(vault.kdfFellBack()).isFalse();
        }
    }
}
