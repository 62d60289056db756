package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.Argon2Engine;
import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.crypto.Kdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The unlock's warm-up runs the KDF and the entry path on made-up data, and yields at once to a real unlock. */
class WarmUpTest {

    @Test
    void runsTheKdfAndTheEntryPath_thenEnds() {
        AtomicInteger derivations = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        WarmUp.run(counting(derivations), () -> asked.incrementAndGet() > 0);
        assertThat(derivations.get()).isPositive();
        assertThat(asked.get()).as("rounds of the entry path, each asked first").isGreaterThan(derivations.get() + 1);
    }

    /**
     * The click on Unlock is seen within a few made-up entries: rounds of 250 took some 400 ms in a cold
     * JVM, during which the warm-up went on taking a core from the real unlock.
     */
    @Test
    void asksWhetherToGoOnEveryFewEntries_andStopsAtTheFirstNo() {
        AtomicInteger asked = new AtomicInteger();
        WarmUp.run(counting(new AtomicInteger()), () -> asked.incrementAndGet() > 0);
        assertThat(asked.get()).as("asked before each round of the entry path").isGreaterThanOrEqualTo(WarmUp.ENTRIES / WarmUp.ROUND);
        assertThat(WarmUp.ROUND).as("entries between two asks").isLessThanOrEqualTo(32);

        AtomicInteger askedUntilNo = new AtomicInteger();
        int clickAt = 10; // the user presses Unlock while the entry path runs
        WarmUp.run(counting(new AtomicInteger()), () -> askedUntilNo.incrementAndGet() < clickAt);
        assertThat(askedUntilNo.get()).as("not asked again, nothing more done, after the first no").isEqualTo(clickAt);
    }

    @Test
    void doesNothingOnceTheUnlockStarted() {
        AtomicInteger derivations = new AtomicInteger();
        WarmUp.run(counting(derivations), () -> false);
        assertThat(derivations.get()).isZero();
    }

    @Test
    void opensSqliteInMemory_leavingNoFileBehind() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        List<Path> before = filesIn(here);
        assertThat(SqliteFile.warmUpInMemory()).as("a connection opened and answered").isTrue();
        WarmUp.run(counting(new AtomicInteger()), () -> true);
        assertThat(filesIn(here)).as("no database file made where the app runs").isEqualTo(before);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static CheckedKdf counting(AtomicInteger derivations) {
        Argon2Engine engine = (password, salt, params) -> {
            derivations.incrementAndGet();
            return Kdf.Engine.PARALLEL.derive(password, salt, params);
        };
        return new CheckedKdf(engine, Kdf.Engine.BOUNCY_CASTLE);
    }
}
