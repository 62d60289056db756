package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static dev.apikeep.vault.VaultFixtures.pw;
import static dev.apikeep.vault.VaultFixtures.thrown;
import static dev.apikeep.vault.VaultFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.Argon2Engine;
import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.crypto.Kdf;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An open that reads every entry ({@link Vault.Check#READING_ALL}: the desktop app, {@code list}) reads
 * the entry rows on another thread while the key is derived ({@link RowsDuringKdf}). What it then
 * returns and refuses is what a read after the KDF would: a commit by another program in between is
 * seen, never taken for damage, and a wrong password keeps nothing and is counted as before.
 */
class RowsDuringKdfTest {
    private static final String READER = "apikeep-rows";

    @TempDir Path dir;
    Path file;
    ApiKeyEntry alpha;

    @BeforeEach
    void manyEntries() {
        file = dir.resolve("vault.apikeep");
        try (Vault vault = create(file)) {
            alpha = add(vault, entry("alpha"));
            vault.write(tx -> IntStream.range(0, 2000).mapToObj(i -> tx.insert(entry("bulk " + i))).toList());
        }
    }

    /** The reader thread while it is still at work, if it is. */
    private static Optional<Thread> reader() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(READER) && t.isAlive()).findFirst();
    }

    /** Threads started in this JVM so far: the open starts none before the KDF but the reader. */
    private static long threadsStarted() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
    }

    /**
     * Whether the reader was started before the KDF: seen at work, or (under load it may have ended before
     * the KDF's first line) a thread started since {@code before}. Waits for it to end if it is at work.
     */
    private static boolean readerStartedAndDone(long before) {
        Optional<Thread> reader = reader();
        reader.ifPresent(EntryOpening::joinUninterruptibly);
        return reader.isPresent() || threadsStarted() > before;
    }

    /** Argon2 that runs {@code first} once, at its first derivation, before deriving. */
    private static CheckedKdf kdfRunningFirst(Runnable first) {
        AtomicBoolean ran = new AtomicBoolean();
        Argon2Engine engine = (password, salt, params) -> {
            if (ran.compareAndSet(false, true)) first.run();
            return Kdf.Engine.PARALLEL.derive(password, salt, params);
        };
        return new CheckedKdf(engine, engine);
    }

    private static Vault openReadingAll(Path file, char[] password, CheckedKdf kdf) {
        return Vault.open(file, password, Vault.Access.NORMAL, Vault.Check.READING_ALL, kdf, KdfHeader.Memory.NONE);
    }

    private static List<String> labels(List<ApiKeyEntry> entries) {
        return entries.stream().map(ApiKeyEntry::label).filter(l -> !l.startsWith("bulk ")).sorted().toList();
    }

    @Test
    void aCommitByAnotherProgramAfterTheRowsWereReadDuringTheKdfIsListedAndNotTakenForDamage() {
        AtomicBoolean readDuringKdf = new AtomicBoolean();
        long before = threadsStarted();
        CheckedKdf kdf = kdfRunningFirst(() -> {
            readDuringKdf.set(readerStartedAndDone(before));
            try (Vault other = VaultFixtures.open(file)) {  // after the rows were read, before the check
                update(other, alpha.toBuilder().label("alpha renamed").build());
                add(other, entry("charlie"));
            }
        });
        try (Vault vault = openReadingAll(file, pw(), kdf)) {
            assertThat(readDuringKdf).as("the rows were being read while the key was derived").isTrue();
            List<ApiKeyEntry> entries = vault.entries();
            assertThat(labels(entries)).containsExactly("alpha renamed", "charlie");
            assertThat(entries).hasSize(2002);
            assertThat(vault.damagedEntries()).isEmpty();
        }
    }

    @Test
    void withNoCommitInBetweenTheRowsReadDuringTheKdfAreTheList() {
        AtomicBoolean readDuringKdf = new AtomicBoolean();
        long before = threadsStarted();
        CheckedKdf kdf = kdfRunningFirst(() -> readDuringKdf.set(readerStartedAndDone(before)));
        try (Vault vault = openReadingAll(file, pw(), kdf)) {
            assertThat(readDuringKdf).isTrue();
            assertThat(labels(vault.entries())).containsExactly("alpha");
            assertThat(vault.entries()).hasSize(2001);
        }
    }

    @Test
    void aWrongPasswordKeepsNothingReadBesideItAndIsCountedAsBefore() {
        Argon2Engine instantlyWrong = (password, salt, params) -> new byte[Kdf.KEY_LENGTH]; // fails while the rows are still read
        CheckedKdf kdf = new CheckedKdf(instantlyWrong, instantlyWrong);
        VaultException e = thrown(() -> openReadingAll(file, "wrong".toCharArray(), kdf).close());
        assertThat(e.kind()).isEqualTo(Kind.WRONG_PASSWORD);
        assertThat(e.getMessage()).isEqualTo("wrong master password; try again");
        assertThat(reader()).as("the reader is done before the open returns: the connection was its own").isEmpty();
        try (Vault vault = openReadingAll(file, pw(), CheckedKdf.standard())) {
            assertThat(vault.failedUnlocks()).hasValueSatisfying(failed -> assertThat(failed.count()).isEqualTo(1));
            assertThat(vault.entries()).hasSize(2001);
        }
    }

    @Test
    void aCommandThatReadsKeysOneByOneReadsNoRowsDuringTheKdf() {
        AtomicBoolean readDuringKdf = new AtomicBoolean();
        CheckedKdf kdf = kdfRunningFirst(() -> readDuringKdf.set(reader().isPresent()));
        try (Vault vault = Vault.open(file, pw(), Vault.Access.NORMAL, Vault.Check.ON_READ, kdf, KdfHeader.Memory.NONE)) {
            assertThat(readDuringKdf).isFalse();
            assertThat(vault.find(alpha.id())).isPresent();
        }
    }
}
