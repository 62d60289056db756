package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.HeaderEdits;
import dev.apikeep.vault.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §9's last point: an in-bounds edit of the header's KDF parameters or salt made since the
 * vault last unlocked on this machine is damage ({@link HeaderChangedException}), not a wrong
 * password, and is not counted as a failed unlock; this machine remembers the header that unlocked
 * each vault ({@link SeenVaults}, beside the write generations) and tries it before "wrong password".
 */
class ChangedHeaderTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final String PASSWORD = "right password 1";

    @TempDir Path dir;
    Path file;
    SeenVaults seenHere;

    @BeforeEach
    void aVaultUnlockedOnceHere() {
        file = dir.resolve("vault.apikeep");
        seenHere = new SeenVaults(dir.resolve("config").resolve("seen-vaults.properties"));
        KeyService.create(file, PASSWORD.toCharArray(), KdfSettings.ofMebibytes(19, 2, 1).params(), CATALOG, Clock.systemUTC())
                .close();
        try (KeyService keys = open(PASSWORD, seenHere)) {
            keys.add(ApiKeyEntry.builder().exchangeId("binance").label("Grid bot").apiKey(SecretBytes.of("AK-1"))
                    .secret(SecretBytes.of("SK-1")).build());
        }
    }

    private KeyService open(String password, SeenVaults seen) {
        return KeyService.open(file, password.toCharArray(), Vault.Access.NORMAL, CATALOG, Clock.systemUTC(), seen,
                KeyDerivation.standard());
    }

    private static AppException.Kind kindOf(Runnable unlock) {
        try {
            unlock.run();
        } catch (AppException e) {
            return e.kind();
        }
        throw new AssertionError("the vault opened");
    }

    @Test
    void anEditedMemoryCostIsDamagedNotAWrongPasswordAndNotCounted() throws Exception {
        HeaderEdits.setMemoryKiB(file, 24 * 1024);

        assertThatThrownBy(() -> open(PASSWORD, seenHere).close())
                .isInstanceOf(HeaderChangedException.class)
                .hasMessageContaining("the vault's header was changed since it last opened on this machine")
                .hasMessageContaining("memory 19456 KiB → 24576 KiB")
                .extracting(e -> ((AppException) e).kind()).isEqualTo(AppException.Kind.DAMAGED);
        assertThat(HeaderEdits.failedUnlockCounted(file)).isFalse();
    }

    @Test
    void editedIterationsOrSaltAreDamagedToo() throws Exception {
        HeaderEdits.setIterations(file, 3);
        assertThat(kindOf(() -> open(PASSWORD, seenHere))).isEqualTo(AppException.Kind.DAMAGED);
        HeaderEdits.setIterations(file, 2);
        HeaderEdits.setSalt(file, (byte) 1);
        assertThatThrownBy(() -> open(PASSWORD, seenHere)).isInstanceOf(HeaderChangedException.class).hasMessageContaining("salt");
        assertThat(HeaderEdits.failedUnlockCounted(file)).isFalse();
    }

    @Test
    void anEditedVaultIdIsFoundByTheFilesPlace() throws Exception {
        HeaderEdits.rewrite(file, h -> h.put("vaultId", "AAAAAAAAAAAAAAAAAAAAAA=="));
        assertThatThrownBy(() -> open(PASSWORD, seenHere)).isInstanceOf(HeaderChangedException.class)
                .hasMessageContaining("vault id");
    }

    @Test
    void aWrongPasswordWithAnUntouchedHeaderIsStillAWrongPasswordAndCounted() throws Exception {
        assertThat(kindOf(() -> open("wrong password 1", seenHere))).isEqualTo(AppException.Kind.WRONG_PASSWORD);
        assertThat(HeaderEdits.failedUnlockCounted(file)).isTrue();
    }

    @Test
    void aVaultNeverUnlockedOnThisMachineStillReadsAsAWrongPassword() throws Exception {
        HeaderEdits.setMemoryKiB(file, 24 * 1024);
        SeenVaults elsewhere = new SeenVaults(dir.resolve("other-machine").resolve("seen-vaults.properties"));

        assertThat(kindOf(() -> open(PASSWORD, elsewhere))).isEqualTo(AppException.Kind.WRONG_PASSWORD);
    }

    @Test
    void aPasswordChangeIsRememberedSoAnEditAfterItIsStillTold() throws Exception {
        try (KeyService keys = open(PASSWORD, seenHere)) {
            keys.changePassword(PASSWORD.toCharArray(), "new password 22".toCharArray(), KdfSettings.ofMebibytes(20, 2, 1));
            assertThat(remembered(keys).kdf().memoryKiB()).as("remembered when it commits, not only at lock").isEqualTo(20 * 1024);
        }
        HeaderEdits.setMemoryKiB(file, 24 * 1024);
        assertThatThrownBy(() -> open("new password 22", seenHere)).isInstanceOf(HeaderChangedException.class)
                .hasMessageContaining("memory 20480 KiB → 24576 KiB");
    }

    @Test
    void aRekeyIsRememberedSoAnEditAfterItIsStillTold() throws Exception {
        try (KeyService keys = open(PASSWORD, seenHere)) {
            byte[] saltBefore = remembered(keys).salt();
            keys.rekey(PASSWORD.toCharArray());
            assertThat(remembered(keys).salt()).as("remembered when it commits, not only at lock").isNotEqualTo(saltBefore);
        }
        HeaderEdits.setSalt(file, (byte) 9);
        assertThat(kindOf(() -> open(PASSWORD, seenHere))).isEqualTo(AppException.Kind.DAMAGED);
    }

    @Test
    void theHeaderPutBackOpensAsBefore() throws Exception {
        Path before = copyOf(file);
        HeaderEdits.setMemoryKiB(file, 24 * 1024);
        assertThat(kindOf(() -> open(PASSWORD, seenHere))).isEqualTo(AppException.Kind.DAMAGED);

        Files.copy(before, file, StandardCopyOption.REPLACE_EXISTING);
        try (KeyService keys = open(PASSWORD, seenHere)) {
            assertThat(keys.list(true)).extracting(ApiKeyEntry::label).containsExactly("Grid bot");
            assertThat(keys.failedUnlocksAtOpen()).isEmpty();
        }
    }

    /** The header this machine remembers for the open vault now. */
    private dev.apikeep.vault.KdfHeader remembered(KeyService keys) {
        return seenHere.headers(file).lastUnlocked(keys.vault().vaultId()).orElseThrow();
    }

    private Path copyOf(Path vault) throws Exception {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".apikeep");
        Files.copy(vault, copy);
        return copy;
    }
}
