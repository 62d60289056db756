package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.kindOf;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.raw;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static dev.apikeep.vault.VaultFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI and the CLI on the same vault: lost races are reported, never silently overwritten. */
class VaultConcurrencyTest {
    @TempDir Path dir;

    Path file() {
        return dir.resolve("vault.apikeep");
    }

    @Test
    void theSecondOfTwoRacingEditsIsChangedElsewhereAndTheFirstIsKept() {
        ApiKeyEntry original;
        try (Vault setup = create(file())) {
            original = add(setup, entry("shared"));
        }
        try (Vault gui = open(file()); Vault cli = open(file())) {
            ApiKeyEntry seenByGui = gui.find(original.id()).orElseThrow();
            ApiKeyEntry seenByCli = cli.find(original.id()).orElseThrow();
            long versionBefore = gui.dataVersion();

            update(cli, seenByCli.toBuilder().label("edited by cli").build());
            assertThat(gui.dataVersion()).as("the GUI can notice the CLI's write").isNotEqualTo(versionBefore);

            VaultException lost = thrown(() -> update(gui, seenByGui.toBuilder().label("edited by gui").build()));
            assertThat(lost.kind()).isEqualTo(Kind.CHANGED_ELSEWHERE);
            assertThat(lost.getMessage()).contains("changed or deleted elsewhere");

            assertThat(gui.find(original.id()).orElseThrow().label()).isEqualTo("edited by cli");
            assertThat(gui.verify().intact()).isTrue();
        }
        try (Vault vault = open(file())) {
            ApiKeyEntry stored = vault.find(original.id()).orElseThrow();
            assertThat(stored.label()).isEqualTo("edited by cli");
            assertThat(stored.revision()).isEqualTo(2);
        }
    }

    @Test
    void deletingAnEntryEditedElsewhereIsRefused() {
        ApiKeyEntry original;
        try (Vault setup = create(file())) {
            original = add(setup, entry("shared"));
        }
        try (Vault gui = open(file()); Vault cli = open(file())) {
            update(cli, original.toBuilder().label("newer").build());
            assertThat(kindOf(() -> gui.write(tx -> {
                tx.delete(original.id(), original.revision());
                return null;
            }))).isEqualTo(Kind.CHANGED_ELSEWHERE);
            assertThat(gui.entryCount()).isEqualTo(1);
        }
        open(file()).close();
    }

    @Test
    void insertsFromBothSidesKeepTheSetMacConsistent() {
        create(file()).close();
        try (Vault gui = open(file()); Vault cli = open(file())) {
            add(gui, entry("g1"));
            add(cli, entry("c1"));
            add(gui, entry("g2"));
            ApiKeyEntry dup = entry("dup");
            add(cli, dup);
            assertThat(kindOf(() -> add(gui, dup))).isEqualTo(Kind.CHANGED_ELSEWHERE);
        }
        try (Vault vault = open(file())) {
            assertThat(vault.entryCount()).isEqualTo(4);
            assertThat(vault.verify().intact()).isTrue();
        }
    }

    @Test
    void aWriteWaitsForAnotherWriterThenReportsBusy() throws Exception {
        try (Vault vault = create(file())) {
            add(vault, entry("a"));
            try (Connection other = raw(file()); Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                long start = System.nanoTime();
                VaultException busy = thrown(() -> add(vault, entry("b")));
                long waitedMs = (System.nanoTime() - start) / 1_000_000;
                s.execute("ROLLBACK");
                assertThat(busy.kind()).isEqualTo(Kind.BUSY);
                assertThat(busy.getMessage()).contains("busy");
                assertThat(waitedMs).as("waits the 5 s busy timeout before giving up").isBetween(4_000L, 9_000L);
            }
            add(vault, entry("c")); // works once the other writer is gone
            assertThat(vault.entryCount()).isEqualTo(2);
            assertThat(vault.events(0)).extracting(e -> e.type()).containsOnly(EventType.ADD).hasSize(2);
        }
    }

    @Test
    void changingThePasswordDoesNotHoldTheWriteLockWhileTheKdfRuns() throws Exception {
        dev.apikeep.crypto.KdfParams slow = dev.apikeep.crypto.KdfParams.ofMebibytes(64, 12, 1);
        try (Vault vault = create(file())) {
            add(vault, entry("a"));
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread change = new Thread(() -> {
                try {
                    vault.changePassword("new".toCharArray(), slow);
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            int busy = 0;
            int free = 0;
            try (Connection other = raw(file()); Statement s = other.createStatement()) {
                s.execute("PRAGMA busy_timeout=0");
                change.start();
                Thread.sleep(100);
                // while Argon2 runs (well over a second at these settings), another writer must get through
                for (int i = 0; i < 5 && change.isAlive(); i++) {
                    try {
                        s.execute("BEGIN IMMEDIATE");
                        s.execute("ROLLBACK");
                        free++;
                    } catch (java.sql.SQLException e) {
                        busy++;
                    }
                    Thread.sleep(20);
                }
                change.join();
            }
            assertThat(failure.get()).isNull();
            org.junit.jupiter.api.Assumptions.assumeTrue(free + busy > 0, "the KDF finished too fast to observe");
            assertThat(busy).as("attempts refused because changePassword held the write lock").isZero();
        }
        try (Vault vault = Vault.open(file(), "new".toCharArray(), Vault.Access.NORMAL)) {
            assertThat(vault.entryCount()).isEqualTo(1);
        }
    }

    @Test
    void aSecondLockOnTheSameVaultIsInUseUntilTheFirstCloses() {
        create(file()).close();
        VaultLock first = VaultLock.acquire(file());
        VaultException e = thrown(() -> VaultLock.acquire(file()));
        assertThat(e.kind()).isEqualTo(Kind.IN_USE);
        assertThat(e.getMessage()).contains("already open");
        first.close();
        try (VaultLock again = VaultLock.acquire(file())) {
            assertThat(VaultLock.lockFileOf(file())).exists();
        }
    }

    @Test
    void locksOnDifferentVaultsDoNotConflict() {
        try (VaultLock one = VaultLock.acquire(dir.resolve("one.apikeep"));
             VaultLock two = VaultLock.acquire(dir.resolve("two.apikeep"))) {
            assertThat(VaultLock.lockFileOf(dir.resolve("one.apikeep")).getFileName().toString())
                    .isEqualTo("one.apikeep.lock");
        }
    }
}
