package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session tells its listeners of every committed write, with the entries it touched, so a
 * screen reloads those instead of every entry; a failed write tells nobody; a listener's failure
 * neither undoes the write nor puts a secret in the log. No JavaFX involved.
 */
class SessionChangesTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final String SECRET = "s3cr3t-that-must-never-be-logged";

    @TempDir
    Path dir;

    private Session create(Path file) {
        return Session.create(file, "pw one two three".toCharArray(), SessionTest.FAST, Session.Claim.SHARED, CATALOG,
                Clock.systemUTC());
    }

    private static ApiKeyEntry draft(String label) {
        return ApiKeyEntry.builder().exchangeId("binance").label(label)
                .apiKey(SecretBytes.of("key-" + label)).secret(SecretBytes.of(SECRET)).build();
    }

    @Test
    void eachWriteNamesTheEntriesItTouchedAndNothingElse() {
        try (Session session = create(dir.resolve("vault.apikeep"))) {
            List<VaultChange> heard = new CopyOnWriteArrayList<>();
            session.onChange(heard::add);
            KeyService keys = session.keys();

            ApiKeyEntry one = keys.add(draft("one"));
            ApiKeyEntry two = keys.add(draft("two"));
            ApiKeyEntry edited = keys.edit(one.toBuilder().notes("changed").build());
            keys.recordUse(two, EventType.COPY, "secret");
            keys.delete(edited);
            keys.recordEvent(EventType.EXPORT, "3 keys");

            assertThat(heard).extracting(VaultChange::entries).containsExactly(
                    Set.of(one.id()), Set.of(two.id()), Set.of(one.id()), Set.of(two.id()), Set.of(one.id()), Set.of());
            assertThat(heard).noneMatch(VaultChange::elsewhere);
            assertThat(heard.get(1).mayHaveChanged(two.id())).isTrue();
            assertThat(heard.get(1).mayHaveChanged(one.id())).isFalse();
        }
    }

    @Test
    void anImportIsOneChangeNamingEveryEntryItWrote() {
        try (Session session = create(dir.resolve("vault.apikeep"))) {
            List<VaultChange> heard = new CopyOnWriteArrayList<>();
            session.onChange(heard::add);
            ApiKeyEntry a = draft("a").toBuilder().id(UUID.randomUUID()).build();
            ApiKeyEntry b = draft("b").toBuilder().id(UUID.randomUUID()).build();
            new Importing(session.keys()).merge(List.of(a, b), "csv keys.csv");
            assertThat(heard).hasSize(1);
            assertThat(heard.get(0).entries()).containsExactlyInAnyOrder(a.id(), b.id());
        }
    }

    @Test
    void aWriteThatFailsTellsNobodyAndAClosedSubscriptionHearsNothing() {
        try (Session session = create(dir.resolve("vault.apikeep"))) {
            ApiKeyEntry stored = session.keys().add(draft("one"));
            List<VaultChange> heard = new CopyOnWriteArrayList<>();
            Session.Subscription subscription = session.onChange(heard::add);
            session.keys().edit(stored.toBuilder().notes("first").build());
            // the same stale revision again: another write won the race, nothing is written
            assertThatThrownBy(() -> session.keys().edit(stored.toBuilder().notes("second").build()))
                    .isInstanceOf(AppException.class);
            assertThat(heard).hasSize(1);

            subscription.close();
            session.keys().add(draft("two"));
            assertThat(heard).hasSize(1);
        }
    }

    @Test
    void aListenerThatThrowsLeavesTheWriteStandingAndLogsNoSecret() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Logger appLog = Logger.getLogger("dev.apikeep");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = appLog.getLevel();
        appLog.setLevel(Level.ALL);
        appLog.addHandler(capture);
        try (Session session = create(dir.resolve("vault.apikeep"))) {
            List<VaultChange> heardAfter = new CopyOnWriteArrayList<>();
            session.onChange(change -> {
                throw new IllegalStateException("a screen failed while showing " + SECRET);
            });
            session.onChange(heardAfter::add);

            ApiKeyEntry stored = session.keys().add(draft("one"));

            assertThat(session.keys().find(stored.id())).isPresent();
            assertThat(heardAfter).hasSize(1);
            assertThat(logged).isNotEmpty();
            for (LogRecord record : logged) {
                assertThat(record.getMessage()).doesNotContain(SECRET);
                if (record.getThrown() != null) assertThat(String.valueOf(record.getThrown().getMessage())).doesNotContain(SECRET);
                if (record.getParameters() != null) assertThat(List.of(record.getParameters()).toString()).doesNotContain(SECRET);
            }
        } finally {
            appLog.removeHandler(capture);
            appLog.setLevel(before);
        }
    }

    @Test
    void aWriteByAnotherProgramReachesTheListenersAsAChangeElsewhere() throws Exception {
        Path file = dir.resolve("vault.apikeep");
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (Session window = create(file)) {
            CountDownLatch elsewhere = new CountDownLatch(1);
            List<VaultChange> heard = new CopyOnWriteArrayList<>();
            window.onChange(change -> {
                heard.add(change);
                if (change.elsewhere()) elsewhere.countDown();
            });
            window.watchOutsideChanges(scheduler, Duration.ofMillis(20), () -> { });
            try (Session cli = Session.unlock(file, "pw one two three".toCharArray(), Session.Access.NORMAL,
                    Session.Claim.SHARED, CATALOG, Clock.systemUTC())) {
                cli.keys().add(draft("from the command line"));
            }
            assertThat(elsewhere.await(30, TimeUnit.SECONDS)).as("the window heard of the outside write").isTrue();
            VaultChange change = heard.stream().filter(VaultChange::elsewhere).findFirst().orElseThrow();
            assertThat(change.mayHaveChanged(UUID.randomUUID())).isTrue();
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void watchingAgainKeepsTheRunningWatch_soAWriteByAnotherProgramInBetweenIsStillHeard() throws Exception {
        Path file = dir.resolve("vault.apikeep");
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch gate = new CountDownLatch(1);
        try (Session window = create(file)) {
            scheduler.execute(() -> awaitQuietly(gate)); // no check runs until the second call is made
            CountDownLatch elsewhere = new CountDownLatch(1);
            window.onChange(change -> { if (change.elsewhere()) elsewhere.countDown(); });
            window.watchOutsideChanges(scheduler, Duration.ofMillis(20), () -> { });
            try (Session cli = Session.unlock(file, "pw one two three".toCharArray(), Session.Access.NORMAL,
                    Session.Claim.SHARED, CATALOG, Clock.systemUTC())) {
                cli.keys().add(draft("from the command line, while the window was built again"));
            }
            window.watchOutsideChanges(scheduler, Duration.ofMillis(20), () -> { }); // a window built again
            gate.countDown();
            assertThat(elsewhere.await(10, TimeUnit.SECONDS)).as("the window heard of the outside write").isTrue();
        } finally {
            gate.countDown();
            scheduler.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
