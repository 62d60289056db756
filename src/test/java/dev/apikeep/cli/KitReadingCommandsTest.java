package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.kit.KitFile;
import dev.apikeep.app.kit.KitToken;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apikeep --kit FILE get|exec|inject|list} on a machine without a vault. The clock says 2026-03-01. */
class KitReadingCommandsTest {
    static final String PEM = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n";
    @TempDir Path dir;
    private CliRunner cli;
    private Path kit;
    private String token;

    @BeforeEach
    void writeKit() throws Exception {
        cli = new CliRunner(dir.resolve("no-vault-here.apikeep"));
        kit = dir.resolve("freqtrade-vps.akkit");
        ApiKeyEntry grid = ApiKeyEntry.builder().id(UUID.fromString("6f1c2a3b-0000-4000-8000-000000000001")).exchangeId("okx")
                .label("Grid bot").account("uid-77").revision(12).createdAt(LocalDate.of(2026, 2, 1))
                .apiKey(SecretBytes.of("AK-grid-0001")).secret(SecretBytes.of("SK-grid-0001"))
                .passphrase(SecretBytes.of("PP-grid")).permissions(List.of("read", "trade")).build();
        ApiKeyEntry pem = ApiKeyEntry.builder().exchangeId("coinbase").label("Coinbase bot").environment(Environment.TESTNET)
                .createdAt(LocalDate.of(2026, 2, 1)).apiKey(SecretBytes.of("organizations/1/apiKeys/2"))
                .secret(SecretBytes.of(PEM)).permissions(List.of("view")).build();
        try (KitToken t = KitToken.generate(new SecureRandom())) {
            Files.write(kit, KitFile.seal(new KitFile.Header(UUID.randomUUID(), "freqtrade-vps",
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1)), List.of(grid, pem), t));
            token = new String(t.toText());
        }
    }

    private CliRunner.Result withEnvToken(String... args) {
        return cli.runWithEnv(Map.of("APIKEEP_KIT_TOKEN", token), new byte[0], prepend(args));
    }

    private String[] prepend(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--kit";
        all[1] = kit.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    @Test
    void getReadsEveryFieldAndFormatFromTheKitWithNoVaultAnywhere() {
        assertThat(withEnvToken("get", "Grid bot").out()).isEqualTo("SK-grid-0001\n");
        assertThat(withEnvToken("get", "grid BOT", "--field", "key").out()).isEqualTo("AK-grid-0001\n");
        assertThat(withEnvToken("get", "6f1c2a3b", "--field", "passphrase").out()).isEqualTo("PP-grid\n");
        assertThat(withEnvToken("get", "Grid bot", "--format", "ccxt").out()).isEqualTo("""
                {
                  "apiKey" : "AK-grid-0001",
                  "secret" : "SK-grid-0001",
                  "password" : "PP-grid",
                  "uid" : "uid-77"
                }
                """);
        assertThat(withEnvToken("get", "Coinbase bot").outBytes()).isEqualTo(PEM.getBytes(StandardCharsets.UTF_8));
        assertThat(dir.resolve("no-vault-here.apikeep")).doesNotExist();
    }

    @Test
    void theTokenComesFromTheTokenFileTheSystemdCredentialOrStdinButNeverAnArgument() throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, token + "\n");
        assertThat(cli.runWithEnv(Map.of(), new byte[0], prepend("--kit-token-file", tokenFile.toString(), "get", "Grid bot")).out())
                .isEqualTo("SK-grid-0001\n");

        Path credentials = Files.createDirectory(dir.resolve("credentials"));
        Files.writeString(credentials.resolve("apikeep-kit-token"), token);
        assertThat(cli.runWithEnv(Map.of("CREDENTIALS_DIRECTORY", credentials.toString()), new byte[0], prepend("get", "Grid bot")).out())
                .isEqualTo("SK-grid-0001\n");

        assertThat(cli.runWithEnv(Map.of(), (token + "\n").getBytes(StandardCharsets.UTF_8), prepend("get", "Grid bot")).out())
                .isEqualTo("SK-grid-0001\n");

        CliRunner.Result asArgument = cli.runWithEnv(Map.of(), new byte[0], prepend("--kit-token", token, "get", "Grid bot"));
        assertThat(asArgument.code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aWrongOrTruncatedTokenIsExitThreeAndNeverEchoesTheToken() {
        try (KitToken other = KitToken.generate(new SecureRandom())) {
            String otherText = new String(other.toText());
            CliRunner.Result wrong = cli.runWithEnv(Map.of("APIKEEP_KIT_TOKEN", otherText), new byte[0], prepend("get", "Grid bot"));
            assertThat(wrong.code()).isEqualTo(ExitCode.WRONG_PASSWORD);
            assertThat(wrong.err()).startsWith("apikeep: the token does not open kit 'freqtrade-vps'").doesNotContain(otherText.substring(6));
            assertThat(wrong.out()).isEmpty();
        }
        CliRunner.Result truncated = cli.runWithEnv(Map.of("APIKEEP_KIT_TOKEN", token.substring(0, 50)), new byte[0], prepend("get", "Grid bot"));
        assertThat(truncated.code()).isEqualTo(ExitCode.WRONG_PASSWORD);
        assertThat(truncated.err()).contains("cut off").doesNotContain(token.substring(6, 50));
    }

    @Test
    void aDamagedKitIsExitFourAnExpiredOneExitOneWithItsDateAndAMissingOneExitOne() throws Exception {
        byte[] bytes = Files.readAllBytes(kit);
        bytes[bytes.length / 2] ^= 0x10;
        Path damaged = Files.write(dir.resolve("damaged.akkit"), bytes);
        CliRunner.Result d = cli.runWithEnv(Map.of("APIKEEP_KIT_TOKEN", token), new byte[0], "--kit", damaged.toString(), "get", "Grid bot");
        assertThat(d.code()).isEqualTo(ExitCode.DAMAGED);
        assertThat(d.err()).contains("damaged or was tampered with");

        Path expired = dir.resolve("expired.akkit");
        try (KitToken t = KitToken.generate(new SecureRandom())) {
            Files.write(expired, KitFile.seal(new KitFile.Header(UUID.randomUUID(), "old-vps", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 2, 28)), List.of(), t));
            CliRunner.Result e = cli.runWithEnv(Map.of("APIKEEP_KIT_TOKEN", new String(t.toText())), new byte[0],
                    "--kit", expired.toString(), "get", "Grid bot");
            assertThat(e.code()).isEqualTo(ExitCode.ERROR);
            assertThat(e.err()).contains("kit 'old-vps'", "expired on 2026-02-28", "apikeep kit reissue old-vps");
        }

        CliRunner.Result missing = cli.runWithEnv(Map.of("APIKEEP_KIT_TOKEN", token), new byte[0], "--kit", dir.resolve("nope").toString(), "list");
        assertThat(missing.code()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).contains("there is no kit file at");
    }

    @Test
    void anotherCommandWithKitIsAUsageErrorNamingTheCommandsThatTakeAKit() {
        for (String[] args : new String[][] {{"show", "Grid bot"}, {"add", "--exchange", "okx", "--label", "x"}, {"rotate", "Grid bot"}, {"audit"}}) {
            CliRunner.Result r = withEnvToken(args);
            assertThat(r.code()).as(args[0]).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("--kit works only with", "get, exec, inject and list", "'" + args[0] + "'");
        }
    }

    @Test
    void execStartsTheBotWithTheKitsKeysAndReturnsItsExitCode() throws Exception {
        Path seen = dir.resolve("seen.txt");
        CliRunner.Result run = withEnvToken("exec", "--freqtrade", "Grid bot", "--env", "K=Grid bot:key", "--", "sh", "-c",
                "printf '%s %s %s %s %s' \"$FREQTRADE__EXCHANGE__KEY\" \"$FREQTRADE__EXCHANGE__SECRET\" \"$FREQTRADE__EXCHANGE__PASSWORD\" \"$FREQTRADE__EXCHANGE__UID\" \"$K\" > " + seen + "; exit 9");
        assertThat(run.code()).isEqualTo(9);
        assertThat(Files.readString(seen)).isEqualTo("AK-grid-0001 SK-grid-0001 PP-grid uid-77 AK-grid-0001");
    }

    @Test
    void injectFillsATemplateFromTheKitWithMode0600() throws Exception {
        Path template = Files.writeString(dir.resolve("t.json"), "{\"key\": \"{{ apikeep://Grid bot/key }}\", \"secret\": \"{{ apikeep://Grid bot/secret }}\"}\n");
        Path out = dir.resolve("config.json");
        assertThat(withEnvToken("inject", "--in", template.toString(), "--out", out.toString()).code()).isEqualTo(0);
        assertThat(Files.readString(out)).isEqualTo("{\"key\": \"AK-grid-0001\", \"secret\": \"SK-grid-0001\"}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");

        Files.writeString(template, "x: {{ apikeep://Hedge bot/secret }}\n");
        CliRunner.Result unknown = withEnvToken("inject", "--in", template.toString(), "--out", dir.resolve("o").toString());
        assertThat(unknown.code()).isEqualTo(ExitCode.ERROR);
        assertThat(unknown.err()).contains("line 1", "kit 'freqtrade-vps' holds no key 'Hedge bot'");
    }

    @Test
    void listShowsTheKitsKeysWithoutSecretsAndTheKitsExpiry() {
        CliRunner.Result text = withEnvToken("list");
        assertThat(text.out()).contains("6f1c2a3b  Grid bot", "okx", "read,trade", "mainnet", "kit freqtrade-vps expires in 61 d")
                .contains("Coinbase bot", "testnet").doesNotContain("SK-grid", "AK-grid-0001", "PP-grid");
        CliRunner.Result json = withEnvToken("list", "--json");
        assertThat(json.out()).contains("\"label\" : \"Grid bot\"", "\"apiKeyMasked\" : \"AK-g****0001\"", "\"kitExpiresAt\" : \"2026-05-01\"")
                .doesNotContain("SK-grid");
    }
}
