package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI in its own JVM under a real pseudo-terminal ({@code script}), with standard output
 * redirected to a file as in {@code S=$(apikeep get X)}: prompts must reach the terminal through
 * stderr, and nothing typed may be echoed. The test "types" each answer only once its prompt has
 * appeared, as a person would.
 */
class TerminalPromptTest {
    private static final String TYPED_PASSWORD = "typed-master-pw-4711";
    @TempDir Path dir;

    @BeforeAll
    static void needsScript() {
        assumeTrue(Path.of("/usr/bin/script").toFile().canExecute() && Path.of("/dev/tty").toFile().exists(),
                "needs util-linux script(1) and /dev/tty");
    }

    @Test
    void initWithOutputRedirectedPromptsOnTheTerminalTwiceAndNeverEchoesThePassword() throws Exception {
        Path vault = dir.resolve("v.apikeep");
        Path out = dir.resolve("out.txt");
        Pty session = Pty.start(cli(vault, out, "init --kdf-memory 19 --kdf-iterations 2 --kdf-parallelism 1"));
        session.answer("New master password: ", TYPED_PASSWORD);
        session.answer("Repeat the master password: ", TYPED_PASSWORD);
        String screen = session.finish();

        assertThat(screen).contains("EXIT=0").doesNotContain(TYPED_PASSWORD);
        String stdout = Files.readString(out);
        assertThat(stdout).startsWith("Created ").doesNotContain("password").doesNotContain(TYPED_PASSWORD);
        CliRunner.Result list = new CliRunner(vault).run(TYPED_PASSWORD + "\n", "list");
        assertThat(list.code()).as(list.toString()).isZero();
    }

    @Test
    void addReadsTheApiKeySecretAndPassphraseFromTheTerminalWithoutEcho() throws Exception {
        Path vault = dir.resolve("v.apikeep");
        CliRunner runner = new CliRunner(vault);
        runner.run(TYPED_PASSWORD + "\n", "init", "--kdf-memory", "19", "--kdf-iterations", "2", "--kdf-parallelism", "1");
        Path out = dir.resolve("id.txt");
        Pty session = Pty.start(cli(vault, out, "add --exchange okx --label Bot"));
        session.answer("Master password: ", TYPED_PASSWORD);
        session.answer("API key: ", "AK-typed-123");
        session.answer("Secret: ", "SK-typed-456");
        session.answer("OKX passphrase: ", "PP-typed-789");
        String screen = session.finish();

        assertThat(screen).contains("EXIT=0").doesNotContain(TYPED_PASSWORD)
                .doesNotContain("AK-typed-123").doesNotContain("SK-typed-456").doesNotContain("PP-typed-789");
        assertThat(Files.readString(out)).doesNotContain(":").hasLineCount(1);
        CliRunner.Result get = runner.run(TYPED_PASSWORD + "\n", "get", "Bot", "--format", "json");
        assertThat(get.out()).contains("SK-typed-456").contains("PP-typed-789").contains("AK-typed-123");
    }

    /** {@code apikeep --vault V args > out; echo EXIT=$?} as one shell line for script(1). */
    private static String cli(Path vault, Path out, String args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "'" + java + "' -XX:TieredStopAtLevel=1 -Xshare:auto -cp '" + System.getProperty("java.class.path")
                + "' dev.apikeep.Main --vault '" + vault + "' " + args + " > '" + out + "'; echo EXIT=$?";
    }

    /** One command under script(1): what it prints is what the terminal shows; what we write is typed. */
    private static final class Pty {
        private final Process process;
        private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        private final OutputStream keyboard;
        private int seen;   // how much of the screen earlier prompts have consumed

        private Pty(Process process) {
            this.process = process;
            this.keyboard = process.getOutputStream();
            Thread pump = new Thread(() -> copy(process.getInputStream()), "pty-screen");
            pump.setDaemon(true);
            pump.start();
        }

        static Pty start(String commandLine) throws IOException {
            return new Pty(new ProcessBuilder("script", "-qec", commandLine, "/dev/null").redirectErrorStream(true).start());
        }

        void answer(String prompt, String typed) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                String now = screen();
                int at = now.indexOf(prompt, seen);
                if (at >= 0) {
                    seen = at + prompt.length();
                    break;
                }
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("no prompt '" + prompt + "'; the terminal showed:\n" + now);
                }
                Thread.sleep(20);
            }
            keyboard.write((typed + "\r").getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        }

        String finish() throws Exception {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the CLI did not finish; the terminal showed:\n" + screen());
            }
            Thread.sleep(50);   // the pump's last read
            return screen();
        }

        private String screen() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8);
            }
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[1024];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    synchronized (screen) {
                        screen.write(buffer, 0, n);
                    }
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }
    }
}
