package dev.apikeep.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.vault.Vault;
import dev.apikeep.vault.VaultException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background half of unlock: window lock first, released on failure, password wiped. */
class VaultOpenerTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);

    @TempDir
    Path dir;

    @Test
    void aSecondWindowOnTheSameVaultIsRefusedAsInUse() {
        Path file = dir.resolve("vault.apikeep");
        char[] password = "pw one two three".toCharArray();
        VaultOpener.Opened first = VaultOpener.create(file, password, FAST, CATALOG, Clock.systemUTC());
        assertThat(password).containsOnly('\0');
        try {
            assertThatThrownBy(() -> VaultOpener.open(file, "pw one two three".toCharArray(), Vault.Access.NORMAL, CATALOG, Clock.systemUTC()))
                    .isInstanceOf(VaultException.class)
                    .extracting(e -> ((VaultException) e).kind()).isEqualTo(VaultException.Kind.IN_USE);
        } finally {
            first.service().close();
            first.lock().close();
        }
    }

    @Test
    void aWrongPasswordReleasesTheWindowLock() {
        Path file = dir.resolve("vault.apikeep");
        VaultOpener.Opened created = VaultOpener.create(file, "right password".toCharArray(), FAST, CATALOG, Clock.systemUTC());
        created.service().close();
        created.lock().close();
        char[] wrong = "wrong password".toCharArray();
        assertThatThrownBy(() -> VaultOpener.open(file, wrong, Vault.Access.NORMAL, CATALOG, Clock.systemUTC()))
                .extracting(e -> ((VaultException) e).kind()).isEqualTo(VaultException.Kind.WRONG_PASSWORD);
        assertThat(wrong).containsOnly('\0');
        VaultOpener.Opened again = VaultOpener.open(file, "right password".toCharArray(), Vault.Access.NORMAL, CATALOG, Clock.systemUTC());
        assertThat(again.settings().clipboardClearSeconds()).isEqualTo(20);
        again.service().close();
        again.lock().close();
    }
}
