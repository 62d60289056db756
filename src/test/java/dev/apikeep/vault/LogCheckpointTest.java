package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.kindOf;
import static dev.apikeep.vault.VaultFixtures.metaValue;
import static dev.apikeep.vault.VaultFixtures.open;
import static dev.apikeep.vault.VaultFixtures.pw;
import static dev.apikeep.vault.VaultFixtures.setMeta;
import static dev.apikeep.vault.VaultFixtures.sql;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.EventType;
import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activity log's checkpoint ({@link LogChain}): a whole-set check walks the chain only from a
 * sealed checkpoint {@link LogChain#RECHECKED} events behind the newest. Every tampering with the log
 * is still refused: cutting it short, deleting or adding an event and changing a recent one at the
 * whole-set check (open, list); changing or swapping an older one when the log is read and by
 * {@code check}. A checkpoint that does not fit is not trusted, and vaults without one open as before.
 */
class LogCheckpointTest {
    private static final int EVENTS = LogChain.RECHECKED + 200;
    @TempDir Path dir;
    Path file;

    @BeforeEach
    void aVaultWithALongLogAndItsCheckpoint() throws Exception {
        file = dir.resolve("vault.apikeep");
        try (Vault vault = create(file)) {
            add(vault, entry("alpha"));
            logEvents(vault, EVENTS);
        }
        assertThat(hasCheckpoint(file)).as("no whole-set check has proven a checkpoint yet").isFalse();
        withCheckpointStored(file);
    }

    /** A command's whole read (list) proves a checkpoint, and its closing write stores it. */
    private static void withCheckpointStored(Path file) {
        try (Vault vault = IntegrityOnReadTest.openOnRead(file)) {
            assertThat(vault.entries()).hasSize(1);
            logEvents(vault, 1);
        }
    }

    private static void logEvents(Vault vault, int n) {
        vault.write(tx -> {
            for (int i = 0; i < n; i++) tx.log(EventType.UNLOCK, null, 0, "event " + i);
            return null;
        });
    }

    private static boolean hasCheckpoint(Path file) throws Exception {
        try (Connection c = VaultFixtures.raw(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM meta WHERE name = 'log_checkpoint'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static void swapEvents(Path file, long a, long b) throws Exception {
        sql(file, "UPDATE events SET seq = -seq WHERE seq IN (" + a + ", " + b + ")");
        sql(file, "UPDATE events SET seq = " + (a + b) + " + seq WHERE seq IN (-" + a + ", -" + b + ")");
    }

    private static long newestSeq(Path file) throws Exception {
        try (Connection c = VaultFixtures.raw(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(seq) FROM events")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Test
    void anIntactVaultWithACheckpointOpensListsAndReadsItsWholeLog() {
        try (Vault vault = open(file)) {
            assertThat(vault.entries()).hasSize(1);
            assertThat(vault.events(0)).hasSizeGreaterThan(EVENTS);
            assertThat(vault.verify().intact()).isTrue();
        }
    }

    @Test
    void cuttingOffTheNewestEventIsRefusedAtOpen() throws Exception {
        sql(file, "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)");
        assertThat(thrown(() -> open(file).close()).getMessage()).contains("activity log");
        assertThat(kindOf(() -> {
            try (Vault vault = IntegrityOnReadTest.openOnRead(file)) {
                vault.entries();
            }
        })).isEqualTo(Kind.DAMAGED);
    }

    @Test
    void deletingAnEventBeforeTheCheckpointIsRefusedAtOpen() throws Exception {
        sql(file, "DELETE FROM events WHERE seq = 5");
        assertThat(thrown(() -> open(file).close()).getMessage()).contains("activity log");
    }

    @Test
    void swappingOrChangingRecentEventsIsRefusedAtOpen() throws Exception {
        Path copy = dir.resolve("copy.apikeep");
        Files.copy(file, copy);
        long newest = newestSeq(file);
        swapEvents(file, newest - 1, newest - 2);
        assertThat(thrown(() -> open(file).close()).getMessage()).contains("activity log");
        sql(copy, "UPDATE events SET ciphertext = (SELECT ciphertext FROM events WHERE seq = " + (newest - 3)
                + ") WHERE seq = " + (newest - 4));
        assertThat(thrown(() -> open(copy).close()).getMessage()).contains("activity log");
    }

    @Test
    void swappingOrChangingEventsBeforeTheCheckpointIsRefusedWhenTheLogIsReadAndByCheck() throws Exception {
        Path copy = dir.resolve("copy.apikeep");
        Files.copy(file, copy);
        swapEvents(file, 1, 2);
        sql(copy, "UPDATE events SET ciphertext = (SELECT ciphertext FROM events WHERE seq = 4) WHERE seq = 3");
        for (Path tampered : new Path[] {file, copy}) {
            try (Vault vault = open(tampered)) {
                assertThat(vault.entries()).as("the keys are intact and readable").hasSize(1);
                VaultException refused = thrown(() -> vault.events(0));
                assertThat(refused.kind()).isEqualTo(Kind.DAMAGED);
                assertThat(refused.getMessage()).contains("activity log");
                assertThat(vault.verify().intact()).as("check walks the whole log").isFalse();
            }
        }
    }

    @Test
    void aTamperedCheckpointIsNotTrustedAndTheWholeLogIsWalked() throws Exception {
        byte[] sealed = metaValue(file, Meta.LOG_CHECKPOINT);
        sealed[sealed.length - 1] ^= 1;
        setMeta(file, Meta.LOG_CHECKPOINT, sealed);
        try (Vault vault = open(file)) {
            assertThat(vault.entries()).hasSize(1);
        }
        setMeta(file, Meta.LOG_CHECKPOINT, sealed); // the open's write stored a good one again
        swapEvents(file, 1, 2);
        assertThat(thrown(() -> open(file).close()).getMessage()).contains("activity log");
    }

    @Test
    void aCheckpointFromAnotherCopyOfTheVaultIsNotTrusted() throws Exception {
        Path fork = dir.resolve("fork.apikeep");
        Files.copy(file, fork);
        for (Path each : new Path[] {file, fork}) {
            try (Vault vault = open(each)) {
                logEvents(vault, EVENTS); // two histories from one vault: each its own events after the copy
            }
            withCheckpointStored(each);
        }
        setMeta(file, Meta.LOG_CHECKPOINT, metaValue(fork, Meta.LOG_CHECKPOINT));
        try (Vault vault = open(file)) {
            assertThat(vault.events(0)).as("its own log is intact").hasSizeGreaterThan(2 * EVENTS);
        }
        setMeta(file, Meta.LOG_CHECKPOINT, metaValue(fork, Meta.LOG_CHECKPOINT));
        swapEvents(file, 1, 2);
        assertThat(thrown(() -> open(file).close()).getMessage()).as("walked whole").contains("activity log");
    }

    @Test
    void anEarlierCheckpointPutBackStillProvesTheEventsAfterIt() throws Exception {
        byte[] earlier = metaValue(file, Meta.LOG_CHECKPOINT);
        try (Vault vault = open(file)) {
            logEvents(vault, EVENTS);
        }
        withCheckpointStored(file);
        assertThat(metaValue(file, Meta.LOG_CHECKPOINT)).isNotEqualTo(earlier);
        setMeta(file, Meta.LOG_CHECKPOINT, earlier);
        try (Vault vault = open(file)) {
            assertThat(vault.entries()).hasSize(1);
        }
        setMeta(file, Meta.LOG_CHECKPOINT, earlier);
        sql(file, "DELETE FROM events WHERE seq = " + (newestSeq(file) - LogChain.RECHECKED - 100));
        assertThat(thrown(() -> open(file).close()).getMessage()).contains("activity log");
    }

    @Test
    void aRekeyDropsTheCheckpointAndTheVaultStillOpensAndGetsANewOne() throws Exception {
        try (Vault vault = open(file)) {
            vault.rekey(pw());
        }
        assertThat(hasCheckpoint(file)).isFalse();
        withCheckpointStored(file);
        assertThat(hasCheckpoint(file)).isTrue();
        try (Vault vault = open(file)) {
            assertThat(vault.events(0)).hasSizeGreaterThan(EVENTS);
        }
    }
}
