package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.kit.KitTokenBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's proof: the token never appears in a heap dump after {@code apikeep --kit F get REF}.
 * A child JVM runs the real command (token from a file, or from stdin), then dumps its whole heap,
 * unreachable objects included; the dump must not hold the token's text (as Latin-1 bytes, which
 * is how a Java string of it is stored, or as UTF-16 chars in either byte order) nor its 32 raw
 * bytes. The label of the key read from the kit is in the dump: that shows the dump is real.
 * A token in {@code $APIKEEP_KIT_TOKEN} is not tested: the JVM keeps its environment as strings.
 */
class KitTokenHeapDumpTest {
    @TempDir Path dir;
    private Path kit;
    private String token;

    @BeforeEach
    void kit() {
        CliRunner cli = new CliRunner(dir.resolve("v.apikeep")).init();
        cli.add("AK-grid-0001\nSK-grid-secret-0001\n", "--exchange", "bybit", "--label", "Grid bot", "--permissions", "read");
        kit = dir.resolve("bot.akkit");
        // the runner's fixed clock is 2026-03-01; the child JVM reads today's date, so give the kit years
        CliRunner.Result created = cli.run(stdin(), "kit", "create", "bot", "--key", "Grid bot", "--out", kit.toString(),
                "--expires", java.time.LocalDate.of(2026, 3, 1).plusDays(3650).toString());
        assertThat(created.code()).as(created.toString()).isZero();
        token = created.out().strip();
    }

    @Test
    void aTokenReadFromAFileIsNotInTheHeapAfterGet() throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, token + "\n");
        byte[] dump = runAndDump("", "--kit", kit.toString(), "--kit-token-file", tokenFile.toString(), "get", "Grid bot");
        assertTokenAbsent(dump);
    }

    @Test
    void aTokenReadFromStdinIsNotInTheHeapAfterGet() throws Exception {
        byte[] dump = runAndDump(token + "\n", "--kit", kit.toString(), "get", "Grid bot");
        assertTokenAbsent(dump);
    }

    private void assertTokenAbsent(byte[] dump) {
        assertThat(indexOf(dump, "Grid bot".getBytes(StandardCharsets.ISO_8859_1)))
                .as("the kit's label is in the dump (so the dump holds what the command decrypted)").isNotNegative();
        assertThat(indexOf(dump, token.getBytes(StandardCharsets.ISO_8859_1))).as("token text, Latin-1").isNegative();
        assertThat(indexOf(dump, token.getBytes(StandardCharsets.UTF_16BE))).as("token text, UTF-16BE").isNegative();
        assertThat(indexOf(dump, token.getBytes(StandardCharsets.UTF_16LE))).as("token text, UTF-16LE").isNegative();
        // the base32 body alone, in case the prefix was split off somewhere
        String body = token.substring(6, 6 + 52);
        assertThat(indexOf(dump, body.getBytes(StandardCharsets.ISO_8859_1))).as("token body, Latin-1").isNegative();
        assertThat(indexOf(dump, body.getBytes(StandardCharsets.UTF_16BE))).as("token body, UTF-16BE").isNegative();
        assertThat(indexOf(dump, KitTokenBytes.of(token))).as("the token's 32 raw bytes").isNegative();
    }

    private byte[] runAndDump(String stdin, String... args) throws IOException, InterruptedException {
        Path dump = dir.resolve("heap.hprof");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), KitHeapDumpHarness.class.getName(), dump.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("APIKEEP_KIT_TOKEN");
        Process child = builder.start();
        child.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).startsWith("SK-grid-secret-0001");
        try {
            return Files.readAllBytes(dump);
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
