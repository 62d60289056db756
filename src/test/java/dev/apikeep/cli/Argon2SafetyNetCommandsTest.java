package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KeyDerivation;
import dev.apikeep.crypto.CheckedKdf;
import dev.apikeep.crypto.FaultyArgon2;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Argon2 safety net through the real commands, with a fast engine that goes wrong: a key the two
 * engines disagree on is never written, and a vault the fast engine cannot open still opens, with a
 * warning, before anyone is told their password is wrong.
 */
class Argon2SafetyNetCommandsTest {
    @TempDir
    Path dir;

    private CliRunner runner(Path vault, FaultyArgon2 engine) {
        return new CliRunner(vault).withKeyDerivation(KeyDerivation.of(engine.checked()));
    }

    @Test
    void initRefusesWhenTheEnginesDisagreeAndLeavesNoFile() {
        Path vault = dir.resolve("vault.apikeep");
        CliRunner.Result r = runner(vault, FaultyArgon2.always()).run(CliRunner.PASSWORD + "\n",
                "init", "--kdf-memory", "19", "--kdf-iterations", "2", "--kdf-parallelism", "1");

        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("two Argon2 implementations gave different keys").contains("nothing was written");
        assertThat(vault).doesNotExist();
    }

    @Test
    void aVaultTheFastEngineCannotOpenOpensWithTheReferenceAndSaysSo() {
        Path vault = dir.resolve("vault.apikeep");
        new CliRunner(vault).init();
        FaultyArgon2 faulty = FaultyArgon2.always();
        CheckedKdf engines = faulty.checked();
        CliRunner cli = new CliRunner(vault).withKeyDerivation(KeyDerivation.of(engines));

        CliRunner.Result r = cli.run(CliRunner.stdin(), "list");

        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("apikeep: warning: the fast Argon2 engine derived a key that did not open this vault")
                .contains("reference (BouncyCastle) engine");
        assertThat(engines.usingReference()).as("the rest of the run uses the reference engine").isTrue();
    }

    @Test
    void aWrongPasswordIsStillWrongWithTheSafetyNet() {
        Path vault = dir.resolve("vault.apikeep");
        new CliRunner(vault).init();

        CliRunner.Result r = runner(vault, FaultyArgon2.always()).run("not the password\n", "list");

        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.WRONG_PASSWORD);
        assertThat(r.err()).doesNotContain("Argon2");
    }

    @Test
    void passwdRefusesWhenTheEnginesDisagreeOnTheNewSettingsAndChangesNothing() {
        Path vault = dir.resolve("vault.apikeep");
        new CliRunner(vault).init();
        CliRunner cli = runner(vault, FaultyArgon2.atMemoryKiB(20 * 1024));

        CliRunner.Result r = cli.run(CliRunner.stdin("a new password"), "passwd", "--kdf-memory", "20");

        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("gave different keys").contains("nothing was written");
        CliRunner plain = new CliRunner(vault);
        assertThat(plain.run(CliRunner.stdin(), "list").code()).as("the old password still opens").isEqualTo(ExitCode.OK);
        assertThat(plain.run("a new password\n", "list").code()).isEqualTo(ExitCode.WRONG_PASSWORD);
    }
}
