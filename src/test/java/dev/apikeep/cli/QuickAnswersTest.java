package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `--version` and `--help` printed without picocli say exactly what picocli says. */
class QuickAnswersTest {
    private final CliRunner picocli = new CliRunner(Path.of("never-opened.apikeep"));

    @Test
    void helpIsPicocliUsageWordForWord() {
        String usage = picocli.run("", "--help").out();
        assertThat(QuickAnswers.helpText().replace("\n", System.lineSeparator()))
                .as("HelpText.USAGE is out of date; replace it with:%n%s", usage)
                .isEqualTo(usage);
        assertThat(answer("--help")).isEqualTo(usage);
        assertThat(answer("-h")).isEqualTo(usage);
    }

    @Test
    void versionIsPicocliVersion() {
        String version = picocli.run("", "--version").out();
        assertThat(answer("--version")).isEqualTo(version).startsWith("apikeep ");
        assertThat(answer("-V")).isEqualTo(version);
    }

    @Test
    void anythingElseGoesToPicocli() {
        for (String[] args : new String[][] {{"get", "--help"}, {"--help", "list"}, {"--vault", "x"}, {"list"}, {}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(QuickAnswers.answer(args, new PrintStream(out, true, StandardCharsets.UTF_8))).as(String.join(" ", args)).isFalse();
            assertThat(out.size()).isZero();
        }
    }

    private static String answer(String arg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(QuickAnswers.answer(new String[] {arg}, new PrintStream(out, true, StandardCharsets.UTF_8))).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }
}
