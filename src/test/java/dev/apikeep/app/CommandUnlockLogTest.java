package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command ({@link Session.Claim#SHARED}) writes its unlock event in the transaction of its first
 * write, so a {@code get} commits once instead of twice (issue 15 goal 2), and the activity log
 * reads as before: the unlock, then what the command did. A command that writes nothing still logs
 * its unlock (when it closes); the desktop app logs it at once.
 */
class CommandUnlockLogTest {
    private static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    private static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    private static final String PASSWORD = "correct horse battery";
    @TempDir Path dir;
    private Path file;

    @BeforeEach
    void vaultWithOneKey() {
        file = dir.resolve("v.apikeep");
        try (KeyService keys = KeyService.create(file, PASSWORD.toCharArray(), FAST, CATALOG, Clock.systemUTC())) {
            keys.add(ApiKeyEntry.builder().exchangeId("custom").label("Bot").createdAt(LocalDate.of(2026, 3, 1))
                    .apiKey(SecretBytes.of("AK-1")).secret(SecretBytes.of("SK-1")).permissions(List.of("read")).build());
        }
    }

    private Session unlock(Session.Claim claim) {
        return Session.unlock(file, PASSWORD.toCharArray(), Session.Access.NORMAL, claim, CATALOG, Clock.systemUTC());
    }

    /** Every write raises the generation by one: how many transactions committed. */
    private long generation() {
        try (Vault vault = Vault.open(file, PASSWORD.toCharArray(), Vault.Access.NORMAL)) {
            return vault.generation();
        }
    }

    private List<EventType> lastEvents(int n) {
        try (Vault vault = Vault.open(file, PASSWORD.toCharArray(), Vault.Access.NORMAL)) {
            return vault.events(n).stream().map(ActivityEvent::type).toList();
        }
    }

    @Test
    void aGetCommitsOnceWithTheUnlockBeforeTheUse() {
        long before = generation();
        try (Session session = unlock(Session.Claim.SHARED)) {
            assertThat(generation()).as("nothing written at unlock").isEqualTo(before);
            ApiKeyEntry bot = session.keys().resolve("Bot");
            session.keys().recordUse(bot, EventType.GET, "secret");
        }
        assertThat(generation()).as("one transaction for the unlock and the use").isEqualTo(before + 1);
        assertThat(lastEvents(2)).containsExactly(EventType.UNLOCK, EventType.GET);
    }

    @Test
    void aCommandThatWritesNothingOrFailsStillLogsItsUnlockWhenItCloses() {
        long before = generation();
        try (Session session = unlock(Session.Claim.SHARED)) {
            session.keys().list(true);
        }
        try (Session session = unlock(Session.Claim.SHARED)) {
            assertThatThrownBy(() -> session.keys().resolve("nobody")).isInstanceOf(AppException.class);
        }
        assertThat(generation()).isEqualTo(before + 2);
        assertThat(lastEvents(2)).containsExactly(EventType.UNLOCK, EventType.UNLOCK);
    }

    @Test
    void wrongPasswordsBeforeAreLoggedWithTheUnlockAndTheUseInOneTransaction() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Session.unlock(file, "wrong".toCharArray(), Session.Access.NORMAL,
                    Session.Claim.SHARED, CATALOG, Clock.systemUTC())).isInstanceOf(AppException.class)
                    .extracting(e -> ((AppException) e).kind()).isEqualTo(AppException.Kind.WRONG_PASSWORD);
        }
        long before = generation();
        try (Session session = unlock(Session.Claim.SHARED)) {
            session.keys().recordUse(session.keys().resolve("Bot"), EventType.GET, "key");
        }
        assertThat(generation()).isEqualTo(before + 1);
        assertThat(lastEvents(3)).containsExactly(EventType.UNLOCK_FAILED, EventType.UNLOCK, EventType.GET);
        try (Session session = unlock(Session.Claim.SHARED)) {
            assertThat(session.keys().vault().failedUnlocks()).as("the counter was reset in that transaction").isEmpty();
        }
    }

    @Test
    void theDesktopAppLogsItsUnlockAtOnce() {
        long before = generation();
        try (Session session = unlock(Session.Claim.WINDOW)) {
            assertThat(generation()).isEqualTo(before + 1);
            assertThat(lastEvents(1)).containsExactly(EventType.UNLOCK);
        }
        assertThat(generation()).as("closing writes nothing more").isEqualTo(before + 1);
    }

    @Test
    void aPasswordChangeIsLoggedAfterTheCommandsUnlock() {
        try (Session session = unlock(Session.Claim.SHARED)) {
            session.keys().changePassword("new password here".toCharArray(), KdfSettings.ofMebibytes(19, 2, 1));
        }
        try (Vault vault = Vault.open(file, "new password here".toCharArray(), Vault.Access.NORMAL)) {
            assertThat(vault.events(2).stream().map(ActivityEvent::type).toList())
                    .containsExactly(EventType.UNLOCK, EventType.PASSWORD_CHANGED);
        }
    }
}
