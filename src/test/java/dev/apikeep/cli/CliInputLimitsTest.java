package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.cli.CliRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the CLI must refuse with a clear message and no change: overflowing numbers, short passwords, huge lines. */
class CliInputLimitsTest {
    @TempDir Path dir;

    @Test
    void aKdfMemoryThatWouldOverflowIsRefusedNotWrappedToTheMinimum() {
        CliRunner cli = new CliRunner(dir.resolve("v.apikeep"));
        // 4,194,323 MiB * 1024 wraps a 32-bit int to exactly 19 MiB, the floor: it used to be accepted as that.
        Result r = cli.run(CliRunner.PASSWORD + "\n", "init", "--kdf-memory", "4194323", "--kdf-iterations", "2");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("above the 2 GiB maximum");
        assertThat(Files.exists(cli.vault)).isFalse();
    }

    @Test
    void aMasterPasswordShorterThanEightCharactersIsRefused() {
        CliRunner cli = new CliRunner(dir.resolve("v.apikeep"));
        Result r = cli.run("seven77\n", "init", "--kdf-memory", "19", "--kdf-iterations", "2", "--kdf-parallelism", "1");
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("at least 8").doesNotContain("seven77");
        assertThat(Files.exists(cli.vault)).isFalse();

        cli.init();
        Result passwd = cli.run(stdin("short"), "passwd");
        assertThat(passwd.code()).isEqualTo(ExitCode.ERROR);
        assertThat(passwd.err()).contains("at least 8");
        assertThat(cli.run(stdin(), "list").code()).isZero();
    }

    @Test
    void aBundlePasswordShorterThanEightCharactersIsRefusedAndNothingIsWritten() {
        CliRunner cli = new CliRunner(dir.resolve("v.apikeep")).init();
        Path bundle = dir.resolve("b.apikeep-export");
        Result r = cli.run(stdin("bundle1"), "export", bundle.toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("bundle password too short");
        assertThat(Files.exists(bundle)).isFalse();
    }

    @Test
    void aStandardInputLineLongerThan64KiBIsAClearErrorAndStoresNothing() {
        CliRunner cli = new CliRunner(dir.resolve("v.apikeep")).init();
        String huge = "A".repeat(64 * 1024 + 1);
        Result r = cli.run(stdin(huge, "secret"), "add", "--exchange", "bybit", "--label", "Huge");
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("longer than 64 KiB").hasLineCount(1);
        assertThat(cli.run(stdin(), "list").out()).doesNotContain("Huge");

        String exactly = "B".repeat(64 * 1024);
        assertThat(cli.run(stdin(exactly, "secret"), "add", "--exchange", "bybit", "--label", "Max").code()).isZero();
    }
}
