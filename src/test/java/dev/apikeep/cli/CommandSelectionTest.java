package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the named command is built (issue 15 §2), and the tool still answers as a whole where it must. */
class CommandSelectionTest {
    @TempDir
    Path dir;

    @Test
    void aNamedCommandAfterTheRootsOptionsIsTheOnlyOneBuilt() {
        assertThat(ApiKeepCli.commandsToBuild(new String[] {"--vault", "v.apikeep", "--debug", "get", "Grid bot"}))
                .containsExactly(GetCommand.class);
        assertThat(ApiKeepCli.commandsToBuild(new String[] {"--password-file=pw", "list", "--all"}))
                .containsExactly(ListCommand.class);
        assertThat(ApiKeepCli.commandsToBuild(new String[] {"--kit", "bot.kit", "exec", "--", "bot"}))
                .containsExactly(ExecCommand.class);
    }

    @Test
    void aTypoOrNoCommandBuildsThemAllSoTheAnswerCoversTheWholeTool() {
        assertThat(ApiKeepCli.commandsToBuild(new String[] {"--vault", "v.apikeep", "gte", "x"})).hasSizeGreaterThan(10);
        assertThat(ApiKeepCli.commandsToBuild(new String[] {"--vault", "v.apikeep"})).hasSizeGreaterThan(10);
        // a command name given as an option's value is not the command
        assertThat(ApiKeepCli.commandsToBuild(new String[] {"--vault", "list", "--help"})).hasSizeGreaterThan(10);
    }

    @Test
    void aMistypedCommandIsStillAUsageErrorNamingWhatWasNotUnderstood() {
        CliRunner cli = new CliRunner(dir.resolve("vault.apikeep")).init();
        CliRunner.Result r = cli.run(stdin(), "lsit");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("'lsit'").contains("see --help");
    }

    @Test
    void withAKitAVaultOnlyCommandIsStillExplained() {
        CliRunner cli = new CliRunner(dir.resolve("vault.apikeep"));
        CliRunner.Result r = cli.run("", "--kit", dir.resolve("bot.kit").toString(), "rm", "Grid bot");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--kit works only with the commands that read keys");
    }
}
