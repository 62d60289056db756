package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.kit.KitFile;
import dev.apikeep.app.kit.KitToken;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code get REF} on a vault, and a bot's {@code --kit FILE get REF}, run without picocli
 * (issue 14's and 15's speed), and answer exactly as picocli's run of the same command does:
 * output, error text and exit code, for successes and failures alike. Anything less plain is left
 * to picocli.
 */
class QuickGetTest {
    @TempDir Path dir;
    private Path kit;
    private Path tokenFile;
    private String token;

    @BeforeEach
    void writeKit() throws Exception {
        kit = dir.resolve("bot.akkit");
        ApiKeyEntry grid = ApiKeyEntry.builder().id(UUID.fromString("6f1c2a3b-0000-4000-8000-000000000001")).exchangeId("okx")
                .label("Grid bot").account("uid-77").createdAt(LocalDate.of(2026, 2, 1))
                .apiKey(SecretBytes.of("AK-grid-0001")).secret(SecretBytes.of("SK-grid-0001"))
                .passphrase(SecretBytes.of("PP-grid")).permissions(List.of("read", "trade")).build();
        ApiKeyEntry plain = ApiKeyEntry.builder().exchangeId("binance").label("Plain bot").createdAt(LocalDate.of(2026, 2, 1))
                .apiKey(SecretBytes.of("AK-plain")).secret(SecretBytes.of("SK-plain")).permissions(List.of("read")).build();
        try (KitToken t = KitToken.generate(new SecureRandom())) {
            Files.write(kit, KitFile.seal(new KitFile.Header(UUID.randomUUID(), "vps", LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 5, 1)), List.of(grid, plain), t));
            token = new String(t.toText());
        }
        tokenFile = Files.writeString(dir.resolve("token"), token + "\n");
    }

    @Test
    void plainKitGetsAnswerWithoutPicocliExactlyAsPicocliDoes() {
        List<String[]> cases = List.of(
                args("get", "Grid bot"),
                args("get", "grid BOT", "--field", "key"),
                args("get", "--field=passphrase", "6f1c2a3b"),
                args("get", "Grid bot", "--format", "json"),
                args("get", "Grid bot", "--format=ccxt", "--field", "key"),
                args("get", "Plain bot", "--field", "passphrase"),      // no passphrase: exit 1
                args("get", "Grid bot", "--field", "nonsense"),         // unknown field: usage
                args("get", "nobody"),                                  // no such key
                args("--debug", "get", "nobody"),
                args("--vault", dir.resolve("v.apikeep").toString(), "get", "Grid bot"));
        for (String[] args : cases) {
            assertThat(quickAnswer(args, token)).as(String.join(" ", args)).isPresent();
            Result quick = run(true, args, token);
            Result parsed = run(false, args, token);
            if (List.of(args).contains("--debug")) {
                // the stack traces differ in picocli's frames; the message and the exit code must not
                quick = quick.withErr(firstLine(quick.err));
                parsed = parsed.withErr(firstLine(parsed.err));
            }
            assertThat(quick).as(String.join(" ", args)).isEqualTo(parsed);
        }
        assertThat(run(true, args("get", "Grid bot"), token).out).isEqualTo("SK-grid-0001\n");
    }

    @Test
    void plainVaultGetsAnswerWithoutPicocliExactlyAsPicocliDoes() throws Exception {
        CliRunner vault = new CliRunner(dir.resolve("vault.apikeep")).init();
        String id = vault.add("AK-v-1\nSK-v-1\n",
                "--exchange", "binance", "--label", "Vault key");
        Path passwordFile = Files.writeString(dir.resolve("pw"), CliRunner.PASSWORD + "\n");
        String v = vault.vault.toString();
        String pw = passwordFile.toString();
        List<String[]> cases = List.of(
                new String[] {"--vault", v, "--password-file", pw, "get", "Vault key"},
                new String[] {"--password-file=" + pw, "--vault", v, "get", "vault KEY", "--field", "key"},
                new String[] {"--vault", v, "--password-file", pw, "get", id.substring(0, 8), "--format", "ccxt"},
                new String[] {"--vault", v, "--password-file", pw, "get", "Vault key", "--field", "passphrase"}, // none: exit 1
                new String[] {"--vault", v, "--password-file", pw, "get", "nobody"},                            // exit 1
                new String[] {"--vault", v, "--password-file", pw, "get", "Vault key", "--field", "nonsense"},  // usage
                new String[] {"--vault", v, "--password-file", dir.resolve("none").toString(), "get", "Vault key"},
                new String[] {"--vault", dir.resolve("missing.apikeep").toString(), "--password-file", pw, "get", "x"},
                new String[] {"--vault", v, "get", "Vault key"});                              // stdin is empty: no password
        for (String[] args : cases) {
            assertThat(quickAnswer(args, null)).as(String.join(" ", args)).isPresent();
            assertThat(run(true, args, null)).as(String.join(" ", args)).isEqualTo(run(false, args, null));
        }
        assertThat(run(true, cases.get(0), null).out).isEqualTo("SK-v-1\n");
        CliRunner.Result wrong = vault.run("not the password\n", "get", "Vault key");
        assertThat(wrong.code()).isEqualTo(ExitCode.WRONG_PASSWORD);
        assertThat(vault.run(CliRunner.stdin(), "log").out())
                .as("each quick get still records its use").containsPattern("(?s)get.*get");
    }

    @Test
    void aWrongTokenOrAMissingKitFailsTheSameWayOnBothPaths() {
        try (KitToken other = KitToken.generate(new SecureRandom())) {
            String[] get = args("get", "Grid bot");
            Result wrong = run(true, get, new String(other.toText()));
            assertThat(wrong.code).isEqualTo(ExitCode.WRONG_PASSWORD);
            assertThat(wrong).isEqualTo(run(false, get, new String(other.toText())));
        }
        String[] missing = {"--kit", dir.resolve("nope.akkit").toString(), "--kit-token-file", tokenFile.toString(), "get", "x"};
        assertThat(quickAnswer(missing, null)).isPresent();
        assertThat(run(true, missing, null)).isEqualTo(run(false, missing, null));
    }

    @Test
    void anythingLessPlainIsLeftToPicocli() {
        String file = kit.toString();
        List<String[]> left = List.of(
                new String[] {"--kit-token-file", tokenFile.toString(), "get", "x"}, // a token file without a kit
                new String[] {"--kit", file, "get"},                               // no REF
                new String[] {"--kit", file, "get", "a", "b"},                     // two REFs
                new String[] {"--kit", file, "get", "--help"},
                new String[] {"--kit", file, "--help"},
                new String[] {"--kit", file, "get", "--", "Grid bot"},
                new String[] {"--kit", file, "get", "@args.txt"},
                new String[] {"--kit", file, "get", "x", "--field", "key", "--field", "secret"},
                new String[] {"--kit", file, "--kit", file, "get", "x"},
                new String[] {"--kit", file, "get", "x", "--format", "yaml"},
                new String[] {"--kit", file, "get", "x", "--field"},
                new String[] {"--kit", file, "get", "x", "--field", "--format"},
                new String[] {"--kit", file, "get", "x", "--debug"},
                new String[] {"--kit", "get", "x"},
                new String[] {"--kit", file, "list"},
                new String[] {"--kit", file, "rm", "x"});
        for (String[] args : left) {
            assertThat(quickAnswer(args, token)).as(String.join(" ", args)).isEmpty();
        }
        // and picocli still answers them as before
        assertThat(run(true, new String[] {"--kit", file, "get", "x", "--format", "yaml"}, token).code).isEqualTo(ExitCode.USAGE);
        assertThat(run(true, new String[] {"--kit", file, "rm", "x"}, token).err)
                .contains("--kit works only with the commands that read keys");
    }

    private String[] args(String... rest) {
        List<String> all = new ArrayList<>(List.of("--kit", kit.toString()));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private OptionalInt quickAnswer(String[] args, String token) {
        return QuickGet.run(args, new ApiKeepCli(context(token, new ByteArrayOutputStream(), new ByteArrayOutputStream()).inert()));
    }

    private Result run(boolean quick, String[] args, String token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ApiKeepCli.Context context = context(token, out, err);
        int code = quick ? ApiKeepCli.run(args, context) : ApiKeepCli.runParsed(args, new ApiKeepCli(context.inert()));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private ApiKeepCli.Context context(String token, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        Map<String, String> env = token == null ? Map.of() : Map.of("APIKEEP_KIT_TOKEN", token);
        return new ApiKeepCli.Context(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null, env, CliRunner.CLOCK, null);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private record Result(int code, String out, String err) {
        Result withErr(String newErr) {
            return new Result(code, out, newErr);
        }
    }
}
