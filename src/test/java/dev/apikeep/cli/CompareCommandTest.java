package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikeep.exchange.fake.FakeBybit;
import dev.apikeep.exchange.fake.FakeExchange.Trouble;
import dev.apikeep.exchange.fake.FakeOkx;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apikeep compare} against fake exchanges on loopback: statuses, the JSON shape, exit codes and --apply. */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    CliRunner cli;
    FakeBybit bybit;
    FakeOkx okx;
    String bybitId;

    @BeforeEach
    void setUp() {
        bybit = new FakeBybit();
        okx = new FakeOkx();
        Map<String, String> env = new HashMap<>(bybit.env());
        env.putAll(okx.env());
        cli = new CliRunner(dir.resolve("v.apikeep")).init().withEnv(env);
        bybitId = cli.add(bybit.apiKey + "\n" + bybit.secret + "\n", "--exchange", "bybit", "--label", "grid bot",
                "--permissions", "contract-orders,contract-positions,spot-trade", "--ip", "203.0.113.7", "--created", "2026-02-10");
    }

    @AfterEach
    void tearDown() {
        bybit.close();
        okx.close();
    }

    private CliRunner.Result compare(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("compare"));
        all.addAll(List.of(args));
        return cli.run(CliRunner.stdin(), all.toArray(String[]::new));
    }

    private JsonNode show(String ref) throws Exception {
        return JSON.readTree(cli.run(CliRunner.stdin(), "show", ref, "--json").out());
    }

    private String okxKey() {
        return cli.add(okx.apiKey + "\n" + okx.secret + "\n" + okx.passphrase + "\n", "--exchange", "okx", "--label", "okx tracker",
                "--permissions", "read,trade", "--ip", "203.0.113.7,198.51.100.0/24");
    }

    @Test
    void aKeyTheExchangeAgreesWithMatches_exit0_andTheOverrideIsAnnounced() {
        CliRunner.Result r = compare("grid bot");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("grid bot (bybit, " + bybitId.substring(0, 8) + "): match");
        assertThat(r.err().lines()).singleElement().asString().startsWith("apikeep: warning: exchange address overridden: ")
                .contains("bybit -> http://127.0.0.1:");
    }

    @Test
    void theJsonHasTheFixedShape_withNullForWhatTheExchangeDoesNotReport() throws Exception {
        bybit.result.with("permissions").putArray("Wallet").add("Withdraw");
        CliRunner.Result r = compare("grid bot", "--json");

        assertThat(r.code()).isEqualTo(ExitCode.ATTENTION);
        JsonNode key = JSON.readTree(r.out()).get(0);
        assertThat(iterable(key.fieldNames())).containsExactly("id", "label", "exchange", "status", "checkedAt", "exchangeSays",
                "differences", "error");
        assertThat(iterable(key.get("exchangeSays").fieldNames())).containsExactly("permissions", "ipWhitelist", "ipBound",
                "readOnly", "expiresAt", "createdAt");
        assertThat(key.get("id").asText()).isEqualTo(bybitId);
        assertThat(key.get("status").asText()).isEqualTo("differs");
        assertThat(key.get("exchangeSays").get("expiresAt").isNull()).isTrue();
        assertThat(key.get("exchangeSays").get("createdAt").asText()).isEqualTo("2026-02-10");
        assertThat(key.get("exchangeSays").get("readOnly").asBoolean()).isFalse();
        assertThat(key.get("differences")).hasSize(1);
        JsonNode difference = key.get("differences").get(0);
        assertThat(difference.get("field").asText()).isEqualTo("permissions");
        assertThat(difference.get("vault").toString()).isEqualTo("[\"contract-orders\",\"contract-positions\",\"spot-trade\"]");
        assertThat(difference.get("exchange").toString()).isEqualTo("[\"contract-orders\",\"contract-positions\",\"spot-trade\",\"withdraw\"]");
        assertThat(key.get("error").isNull()).isTrue();
    }

    @Test
    void differencesArePrintedIndentedAndNothingIsWrittenWithoutApply() throws Exception {
        bybit.result.with("permissions").putArray("Wallet").add("Withdraw");
        bybit.result.putArray("ips").add("198.51.100.9");
        bybit.result.put("createdAt", "2026-02-09T23:59:00Z");
        bybit.result.put("expiredAt", "2026-05-11T00:00:00Z");
        long before = show(bybitId).path("revision").asLong(-1);
        CliRunner.Result r = compare("grid bot");

        assertThat(r.code()).isEqualTo(ExitCode.ATTENTION);
        assertThat(r.out()).contains("): differs\n")
                .contains("    permissions: vault contract-orders,contract-positions,spot-trade · exchange contract-orders,contract-positions,spot-trade,withdraw\n")
                .contains("    ipWhitelist: vault 203.0.113.7 · exchange 198.51.100.9\n")
                .contains("    expiresAt: vault none · exchange 2026-05-11\n")
                .contains("    createdAt: vault 2026-02-10 · exchange 2026-02-09\n");
        assertThat(show(bybitId).get("permissions").toString()).doesNotContain("withdraw");
        assertThat(show(bybitId).path("revision").asLong(-1)).isEqualTo(before);
        assertThat(cli.run(CliRunner.stdin(), "log", "--json").out()).doesNotContain("from the exchange");
    }

    @Test
    void applyWritesExactlyTheDifferences_inOneLoggedWrite() throws Exception {
        cli.run(CliRunner.stdin(), "edit", "grid bot", "--notes", "keep these notes", "--tag", "bots");
        bybit.result.with("permissions").putArray("Wallet").add("Withdraw");
        bybit.result.put("createdAt", "2026-02-09T23:59:00Z");
        CliRunner.Result r = compare("grid bot", "--apply");

        assertThat(r.code()).isEqualTo(ExitCode.ATTENTION);
        assertThat(r.out()).contains("    → wrote the exchange's permissions, createdAt");
        JsonNode after = show(bybitId);
        assertThat(after.get("permissions").toString()).isEqualTo("[\"contract-orders\",\"contract-positions\",\"spot-trade\",\"withdraw\"]");
        assertThat(after.get("createdAt").asText()).isEqualTo("2026-02-09");
        assertThat(after.get("ipWhitelist").toString()).isEqualTo("[\"203.0.113.7\"]");
        assertThat(after.get("notes").asText()).isEqualTo("keep these notes");
        assertThat(after.get("tags").toString()).isEqualTo("[\"bots\"]");
        JsonNode log = JSON.readTree(cli.run(CliRunner.stdin(), "log", "--json").out());
        long applied = java.util.stream.StreamSupport.stream(log.spliterator(), false)
                .filter(e -> e.path("detail").asText().equals("from the exchange: permissions, createdAt")).count();
        assertThat(applied).isEqualTo(1);

        assertThat(compare("grid bot").code()).as("the vault now says what the exchange says").isZero();
    }

    @Test
    void eachRefusalIsRejectedWithTheExchangesMessage_exit10() {
        bybit.trouble = Trouble.IP_NOT_ALLOWED;
        assertRejected(compare("grid bot"), "Unmatched IP, please check your API key's bound IP addresses.");
        bybit.trouble = Trouble.EXPIRED;
        assertRejected(compare("grid bot"), "Your api key has expired.");
        bybit.trouble = Trouble.NONE;
        bybit.apiKey = "a-key-deleted-on-the-exchange";
        assertRejected(compare("grid bot"), "API key is invalid.");

        okxKey();
        okx.passphrase = "changed-on-the-exchange";
        assertRejected(compare("okx tracker"), "OK-ACCESS-PASSPHRASE incorrect.");
    }

    private static void assertRejected(CliRunner.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.ATTENTION);
        assertThat(r.out()).contains(": rejected: ").contains(message);
    }

    @Test
    void anUnreachableExchangeIsExit1_andApplyWritesNothing() throws Exception {
        long before = show(bybitId).path("revision").asLong(-1);
        bybit.trouble = Trouble.SLOW;
        bybit.slowBy = java.time.Duration.ofSeconds(3);
        CliRunner.Result timeout = compare("grid bot", "--apply", "--timeout", "1");
        bybit.trouble = Trouble.MALFORMED;
        CliRunner.Result malformed = compare("grid bot", "--apply");
        bybit.trouble = Trouble.NONE;
        bybit.rateLimitNext = 5;
        bybit.retryAfterSeconds = 60;
        CliRunner.Result limited = compare("grid bot", "--apply", "--timeout", "5");

        assertThat(timeout.code()).isEqualTo(ExitCode.ERROR);
        assertThat(timeout.out()).contains(": unreachable: Bybit did not answer within 1 s");
        assertThat(malformed.code()).isEqualTo(ExitCode.ERROR);
        assertThat(malformed.out()).contains(": unreachable: ").contains("not the expected JSON");
        assertThat(limited.code()).isEqualTo(ExitCode.ERROR);
        assertThat(limited.out()).contains(": unreachable: Bybit is limiting requests (HTTP 429): try again in 60 s");
        assertThat(show(bybitId).path("revision").asLong(-1)).isEqualTo(before);
    }

    @Test
    void aTlsFailureIsUnreachable_withNothingWritten() throws Exception {
        cli.withEnv(Map.of("APIKEEP_EXCHANGE_URL_BYBIT", bybit.url().toString().replace("http://", "https://")));
        CliRunner.Result r = compare("grid bot", "--apply", "--timeout", "2");

        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.out()).contains(": unreachable: ");
        assertThat(cli.run(CliRunner.stdin(), "log", "--json").out()).doesNotContain("from the exchange");
    }

    @Test
    void allChecksEveryActiveKeyInVaultOrder_andCustomKeysAreUnsupported() throws Exception {
        String okxId = okxKey();
        cli.add("k\ns\n", "--exchange", "custom", "--label", "my dex", "--permissions", "read");
        CliRunner.Result r = compare("--all", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode keys = JSON.readTree(r.out());
        JsonNode listed = JSON.readTree(cli.run(CliRunner.stdin(), "list", "--json").out());
        assertThat(keys).hasSize(3);
        for (int i = 0; i < 3; i++) assertThat(keys.get(i).get("id")).as("vault order").isEqualTo(listed.get(i).get("id"));
        Map<String, JsonNode> byLabel = new HashMap<>();
        keys.forEach(k -> byLabel.put(k.get("label").asText(), k));
        assertThat(byLabel.get("grid bot").get("status").asText()).isEqualTo("match");
        assertThat(byLabel.get("okx tracker").get("id").asText()).isEqualTo(okxId);
        assertThat(byLabel.get("okx tracker").get("status").asText()).isEqualTo("match");
        assertThat(byLabel.get("okx tracker").get("exchangeSays").get("createdAt").isNull()).as("OKX reports no dates").isTrue();
        assertThat(byLabel.get("my dex").get("status").asText()).isEqualTo("unsupported");
        assertThat(byLabel.get("my dex").get("error").asText()).isNotBlank();
    }

    @Test
    void aPlainHttpOverrideToAnotherHostIsRefused() {
        cli.withEnv(Map.of("APIKEEP_EXCHANGE_URL_BYBIT", "http://203.0.113.5:8080"));
        CliRunner.Result r = compare("grid bot");

        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("APIKEEP_EXCHANGE_URL_BYBIT: plain http is allowed only for loopback addresses");
        assertThat(bybit.received()).isEmpty();
    }

    @Test
    void aRegionalHostIsAnEntryOption_checkedAgainstTheCatalog_andCompareStillAsksTheOverride() throws Exception {
        CliRunner.Result edit = cli.run(CliRunner.stdin(), "edit", "grid bot", "--api-host", "api.bybit.eu");
        CliRunner.Result bad = cli.run(CliRunner.stdin(), "edit", "grid bot", "--api-host", "api.example.net");

        assertThat(edit.code()).as(edit.toString()).isZero();
        assertThat(cli.run(CliRunner.stdin(), "show", "grid bot").out()).contains("API host     api.bybit.eu (compare asks here)");
        assertThat(bad.code()).isEqualTo(ExitCode.ERROR);
        assertThat(bad.err()).contains("the API host must be one of api.bybit.com, api.bytick.com, api.bybit.eu");
        CliRunner.Result r = compare("grid bot");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(": match");
        assertThat(cli.run(CliRunner.stdin(), "edit", "grid bot", "--api-host", "").code()).isZero();
        assertThat(cli.run(CliRunner.stdin(), "show", "grid bot").out()).doesNotContain("API host");
    }

    @Test
    void refOrAllIsRequired() {
        assertThat(compare().code()).isEqualTo(ExitCode.USAGE);
        assertThat(compare("grid bot", "--all").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theSecretNeverReachesTheExchange() {
        compare("--all");

        assertThat(bybit.received()).isNotEmpty().allSatisfy(req -> assertThat(req.everything()).doesNotContain(bybit.secret));
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
