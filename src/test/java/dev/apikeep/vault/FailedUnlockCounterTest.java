package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.FAST;
import static dev.apikeep.vault.VaultFixtures.pw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plaintext failed-unlock counter: counted on a wrong password, logged encrypted and reset on the next unlock. */
class FailedUnlockCounterTest {
    @TempDir Path dir;

    Path file() {
        return dir.resolve("v.apikeep");
    }

    @Test
    void wrongPasswordTwiceThenRightLogsTheCountAndResets() throws Exception {
        Vault.create(file(), pw(), FAST).close();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Vault.open(file(), "nope".toCharArray(), Vault.Access.NORMAL))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSWORD));
        }
        assertThat(rawCounter()).startsWith("2 ");

        try (KeyService service = KeyService.open(file(), pw(), Vault.Access.NORMAL, ExchangeCatalog.loadDefault(), Clock.systemUTC())) {
            assertThat(service.failedUnlocksAtOpen()).get().extracting(dev.apikeep.app.FailedUnlocks::count).isEqualTo(2);
            List<ActivityEvent> failed = service.events(0).stream().filter(e -> e.type() == EventType.UNLOCK_FAILED).toList();
            assertThat(failed).hasSize(1);
            assertThat(failed.get(0).detail()).startsWith("2 failed attempts since last unlock, last at ");
            assertThat(rawCounter()).as("the counter is reset by the unlock").isNull();
        }
        assertThat(rawCounter()).isNull();

        // the next unlock has nothing to report
        try (KeyService service = KeyService.open(file(), pw(), Vault.Access.NORMAL, ExchangeCatalog.loadDefault(), Clock.systemUTC())) {
            assertThat(service.failedUnlocksAtOpen()).isEmpty();
            assertThat(service.events(0).stream().filter(e -> e.type() == EventType.UNLOCK_FAILED)).hasSize(1);
        }
    }

    @Test
    void aReadOnlyFileStillSaysWrongPassword() throws Exception {
        Vault.create(file(), pw(), FAST).close();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--------"));
        try {
            assertThatThrownBy(() -> Vault.open(file(), "nope".toCharArray(), Vault.Access.NORMAL))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSWORD));
        } finally {
            Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aLockedFileStillSaysWrongPasswordQuickly() throws Exception {
        Vault.create(file(), pw(), FAST).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // another program is writing: readers go on, a second writer waits
            long start = System.nanoTime();
            assertThatThrownBy(() -> Vault.open(file(), "nope".toCharArray(), Vault.Access.NORMAL))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSWORD));
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
            s.execute("ROLLBACK");
        }
    }

    @Test
    void theCounterHoldsNoSecret() {
        FailedUnlocks f = new FailedUnlocks(3, java.time.Instant.parse("2026-10-01T14:03:00Z"));
        assertThat(new String(f.encode(), StandardCharsets.UTF_8)).isEqualTo("3 2026-10-01T14:03:00Z");
        assertThat(FailedUnlocks.decode(f.encode())).contains(f);
        assertThat(FailedUnlocks.decode("garbage".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(new dev.apikeep.app.FailedUnlocks(f.count(), f.last()).describe()).isEqualTo("3 failed attempts since last unlock, last at 2026-10-01 14:03 UTC");
    }

    private String rawCounter() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE name = 'failed_unlocks'")) {
            return rs.next() ? new String(rs.getBytes(1), StandardCharsets.UTF_8) : null;
        }
    }
}
