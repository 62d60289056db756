package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exec} in its own JVM, started the way a service unit would start it: the vault and the
 * password file come from APIKEEP_* variables. The bot must get its keys and nothing that leads
 * back to the vault, and its exit code must come back unchanged.
 */
class ExecEnvironmentTest {
    @TempDir Path dir;

    @Test
    void theChildInheritsNoApikeepVariablesButGetsItsKeysAndItsExitCodePassesThrough() throws Exception {
        Path vault = dir.resolve("v.apikeep");
        CliRunner cli = new CliRunner(vault).init();
        cli.add("AK-env\nSK-env\n", "--exchange", "bybit", "--label", "Bot");
        Path passwordFile = dir.resolve("pw");
        Files.writeString(passwordFile, CliRunner.PASSWORD + "\n");
        Path seen = dir.resolve("env.txt");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.apikeep.Main", "exec", "--env", "BOT_SECRET=Bot", "--", "sh", "-c", "env > '" + seen + "'; exit 42");
        builder.environment().put("APIKEEP_VAULT", vault.toString());
        builder.environment().put("APIKEEP_PASSWORD_FILE", passwordFile.toString());
        builder.environment().put("APIKEEP_KIT_TOKEN", "akkit_not_for_the_bot");
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isEqualTo(42);
        String childEnvironment = Files.readString(seen);
        assertThat(childEnvironment).contains("BOT_SECRET=SK-env").doesNotContain("APIKEEP_")
                .doesNotContain(passwordFile.toString()).doesNotContain("akkit_not_for_the_bot");
    }
}
