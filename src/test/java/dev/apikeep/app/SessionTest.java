package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ExchangeCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one road in: window lock first and released on failure, passwords wiped, errors as app kinds. */
class SessionTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final KdfSettings FAST = KdfSettings.ofMebibytes(19, 2, 1);

    @TempDir
    Path dir;

    @Test
    void aSecondWindowOnTheSameVaultIsRefusedAsInUse() {
        Path file = dir.resolve("vault.apikeep");
        char[] password = "pw one two three".toCharArray();
        try (Session first = Session.create(file, password, FAST, Session.Claim.WINDOW, CATALOG, Clock.systemUTC())) {
            assertThat(password).containsOnly('\0');
            assertThat(first.keys().list(true)).isEmpty();
            assertThatThrownBy(() -> Session.unlock(file, "pw one two three".toCharArray(), Session.Access.NORMAL,
                    Session.Claim.WINDOW, CATALOG, Clock.systemUTC()))
                    .isInstanceOf(AppException.class)
                    .extracting(e -> ((AppException) e).kind()).isEqualTo(AppException.Kind.IN_USE);
            // the command line runs beside the window
            try (Session cli = Session.unlock(file, "pw one two three".toCharArray(), Session.Access.NORMAL,
                    Session.Claim.SHARED, CATALOG, Clock.systemUTC())) {
                assertThat(cli.keys().isReadOnly()).isFalse();
            }
        }
    }

    @Test
    void aWrongPasswordIsAnAppErrorAndReleasesTheWindowLock() {
        Path file = dir.resolve("vault.apikeep");
        Session.create(file, "right password".toCharArray(), FAST, Session.Claim.WINDOW, CATALOG, Clock.systemUTC()).lock();
        char[] wrong = "wrong password".toCharArray();
        assertThatThrownBy(() -> Session.unlock(file, wrong, Session.Access.NORMAL, Session.Claim.WINDOW, CATALOG, Clock.systemUTC()))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).kind()).isEqualTo(AppException.Kind.WRONG_PASSWORD);
        assertThat(wrong).containsOnly('\0');
        try (Session again = Session.unlock(file, "right password".toCharArray(), Session.Access.NORMAL,
                Session.Claim.WINDOW, CATALOG, Clock.systemUTC())) {
            assertThat(again.settings().clipboardClearSeconds()).isEqualTo(20);
            assertThat(again.keys().kdf()).isEqualTo(FAST);
        }
    }

    @Test
    void creatingOverAnExistingFileIsRefusedAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("vault.apikeep");
        Files.writeString(file, "not mine");
        assertThatThrownBy(() -> Session.create(file, "pw one two three".toCharArray(), FAST, Session.Claim.WINDOW,
                CATALOG, Clock.systemUTC()))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).kind()).isEqualTo(AppException.Kind.ALREADY_EXISTS);
        assertThat(Files.readString(file)).isEqualTo("not mine");
    }

    @Test
    void aMissingVaultIsNotFound() {
        assertThatThrownBy(() -> Session.unlock(dir.resolve("none.apikeep"), "pw".toCharArray(), Session.Access.NORMAL,
                Session.Claim.SHARED, CATALOG, Clock.systemUTC()))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).kind()).isEqualTo(AppException.Kind.NOT_FOUND);
    }
}
