package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit, reminders, rotate, log, export/import, exec and inject, driven as a user would. The clock says 2026-03-01. */
class LifecycleAndBotCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    private CliRunner cli;

    @BeforeEach
    void createVault() {
        cli = new CliRunner(dir.resolve("v.apikeep")).init();
    }

    @Test
    void auditExitsTenOnAWithdrawKeyAndListsEveryFindingAsJson() throws Exception {
        cli.add("AK-read\nSK-read\n", "--exchange", "bybit", "--label", "Tracker", "--permissions", "read", "--ip", "10.0.0.1");
        assertThat(cli.run(stdin(), "audit").code()).isEqualTo(0);
        String risky = cli.add("AK-w\nSK-w\n", "--exchange", "bybit", "--label", "Hedge bot", "--permissions", "read,withdraw");
        CliRunner.Result audit = cli.run(stdin(), "audit", "--json");
        assertThat(audit.code()).isEqualTo(ExitCode.ATTENTION);
        JsonNode findings = JSON.readTree(audit.out());
        JsonNode withdraw = find(findings, "rule", "withdraw-enabled");
        assertThat(withdraw.get("severity").asText()).isEqualTo("high");
        assertThat(withdraw.get("entryId").asText()).isEqualTo(risky);
        assertThat(withdraw.get("label").asText()).isEqualTo("Hedge bot");
        assertThat(iterableFieldNames(withdraw)).containsExactly("severity", "rule", "entryId", "label", "message", "action");
        assertThat(audit.out()).doesNotContain("SK-w");
    }

    @Test
    void remindersExitTenWhenAKeyHasExpiredAndSayHowManyDaysAreLeft() throws Exception {
        cli.add("AK1\nSK1\n", "--exchange", "kraken", "--label", "Soon", "--expires", "2026-03-11");
        CliRunner.Result soon = cli.run(stdin(), "reminders", "--json");
        assertThat(soon.code()).isEqualTo(0);
        JsonNode reminder = JSON.readTree(soon.out()).get(0);
        assertThat(reminder.get("kind").asText()).isEqualTo("expiry");
        assertThat(reminder.get("dueDate").asText()).isEqualTo("2026-03-11");
        assertThat(reminder.get("daysLeft").asLong()).isEqualTo(10);
        assertThat(reminder.get("level").asText()).isEqualTo("warning");
        assertThat(cli.run(stdin(), "reminders", "--days", "5", "--json").out()).contains("[ ]");

        cli.add("AK2\nSK2\n", "--exchange", "bybit", "--label", "Old bybit", "--created", "2025-11-01");
        CliRunner.Result expired = cli.run(stdin(), "reminders");
        assertThat(expired.code()).isEqualTo(ExitCode.ATTENTION);
        assertThat(expired.out()).contains("expired").contains("Old bybit");
    }

    @Test
    void rotateCreatesTheReplacementRevokesAndLinksTheOldOneAndListsTheToolsToUpdate() throws Exception {
        String old = cli.add("AK-old\nSK-old\n", "--exchange", "bybit", "--label", "Grid bot",
                "--permissions", "read,spot-trade", "--used-by", "freqtrade-vps", "--ip", "1.2.3.4");
        CliRunner.Result rotated = cli.run(stdin("AK-new", "SK-new"), "rotate", "Grid bot");
        assertThat(rotated.code()).isEqualTo(0);
        String replacement = rotated.out().strip();
        assertThat(rotated.err()).contains("delete the old key on Bybit").contains("update freqtrade-vps");

        assertThat(cli.run(stdin(), "get", replacement).out()).isEqualTo("SK-new\n");
        JsonNode retired = JSON.readTree(cli.run(stdin(), "show", old, "--json").out());
        assertThat(retired.get("status").asText()).isEqualTo("revoked");
        assertThat(retired.get("rotatedTo").asText()).isEqualTo(replacement);
        JsonNode fresh = JSON.readTree(cli.run(stdin(), "show", replacement, "--json").out());
        assertThat(fresh.get("rotatedFrom").asText()).isEqualTo(old);
        assertThat(fresh.get("permissions").toString()).isEqualTo("[\"read\",\"spot-trade\"]");
        assertThat(fresh.get("ipWhitelist").toString()).isEqualTo("[\"1.2.3.4\"]");

        JsonNode log = JSON.readTree(cli.run(stdin(), "log", "--json").out());
        assertThat(log.findValuesAsText("type")).contains("rotate", "revoke", "get");
        assertThat(cli.run(stdin(), "log", "--json").out()).doesNotContain("SK-new").doesNotContain("SK-old");

        assertThat(cli.run(stdin("AK-3", "SK-3"), "rotate", old).code()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void exportAndImportMoveEveryKeyToAnotherVaultAndAWrongBundlePasswordChangesNothing() {
        cli.add("AK-1\nSK-1\n", "--exchange", "bybit", "--label", "One");
        cli.add("AK-2\nSK-2\nPP-2\n", "--exchange", "okx", "--label", "Two", "--permissions", "read,trade");
        Path bundle = dir.resolve("backup.apikeep-bundle");
        assertThat(cli.run(stdin("bundle-pw"), "export", bundle.toString()).code()).isEqualTo(0);
        assertThat(cli.run(stdin("bundle-pw"), "export", bundle.toString()).code()).isEqualTo(ExitCode.ERROR);

        CliRunner other = new CliRunner(dir.resolve("other.apikeep")).init();
        CliRunner.Result wrong = other.run(stdin("not-it"), "import", bundle.toString());
        assertThat(wrong.code()).isEqualTo(ExitCode.ERROR);
        assertThat(wrong.err()).contains("wrong bundle password");
        assertThat(other.run(stdin(), "list", "--json").out().strip()).isEqualTo("[ ]");

        CliRunner.Result imported = other.run(stdin("bundle-pw"), "import", bundle.toString());
        assertThat(imported.out()).contains("2 added");
        assertThat(other.run(stdin(), "get", "Two", "--field", "passphrase").out()).isEqualTo("PP-2\n");
    }

    @Test
    void csvImportWithABadIpOnLine7ImportsNothingAndNamesTheLine() throws Exception {
        StringBuilder csv = new StringBuilder("exchange,label,api_key,secret,ip_whitelist\n");
        for (int line = 2; line <= 8; line++) {
            csv.append("bybit,Key ").append(line).append(",AK").append(line).append(",SK").append(line).append(',')
                    .append(line == 7 ? "300.1.1.1" : "10.0.0." + line).append('\n');
        }
        Path file = dir.resolve("keys.csv");
        Files.writeString(file, csv);
        CliRunner.Result result = cli.run(stdin(), "import", file.toString());
        assertThat(result.code()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).contains("line 7, column 5 (ip_whitelist)").doesNotContain("300.1.1.1").contains("nothing was imported");
        assertThat(cli.run(stdin(), "list", "--json").out().strip()).isEqualTo("[ ]");

        assertThat(cli.run(stdin(), "import", file.toString(), "--skip-invalid").out()).contains("6 added");
    }

    @Test
    void execGivesTheBotItsKeysAndReturnsItsExitCode() throws Exception {
        cli.add("AK-x\nSK-x\nPP-x\n", "--exchange", "okx", "--label", "Bot", "--permissions", "read,trade");
        Path seen = dir.resolve("seen.txt");
        CliRunner.Result run = cli.run(stdin(), "exec", "--env", "MY_SECRET=Bot", "--env", "MY_KEY=Bot:key",
                "--freqtrade", "Bot", "--", "sh", "-c",
                "printf '%s %s %s' \"$MY_SECRET\" \"$MY_KEY\" \"$FREQTRADE__EXCHANGE__PASSWORD\" > " + seen + "; exit 7");
        assertThat(run.code()).isEqualTo(7);
        assertThat(Files.readString(seen)).isEqualTo("SK-x AK-x PP-x");
        assertThat(cli.run(stdin(), "show", "Bot", "--json").out()).contains("\"lastUsedAt\" : \"2026-03-01T10:00:00Z\"");

        CliRunner.Result missing = cli.run(stdin(), "exec", "--env", "S=Bot", "--", "no-such-program-apikeep");
        assertThat(missing.code()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).startsWith("apikeep: cannot run 'no-such-program-apikeep'");
    }

    @Test
    void injectFillsTheTemplateWithMode0600AndWritesNothingOnAnUnknownReference() throws Exception {
        cli.add("AK-i\nSK-i\n", "--exchange", "bybit", "--label", "Grid bot");
        Path template = dir.resolve("config.template.json");
        Files.writeString(template, "{\"key\": \"{{ apikeep://Grid bot/key }}\", \"secret\": \"{{ apikeep://Grid bot/secret }}\"}\n");
        Path out = dir.resolve("config.json");
        assertThat(cli.run(stdin(), "inject", "--in", template.toString(), "--out", out.toString()).code()).isEqualTo(0);
        assertThat(Files.readString(out)).isEqualTo("{\"key\": \"AK-i\", \"secret\": \"SK-i\"}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(cli.run(stdin(), "inject", "--in", template.toString(), "--out", out.toString()).code()).isEqualTo(ExitCode.ERROR);

        Files.writeString(template, "a: {{ apikeep://Grid bot/key }}\nb: {{ apikeep://Ghost/secret }}\n");
        Path other = dir.resolve("other.yml");
        CliRunner.Result unknown = cli.run(stdin(), "inject", "--in", template.toString(), "--out", other.toString());
        assertThat(unknown.code()).isEqualTo(ExitCode.ERROR);
        assertThat(unknown.err()).contains("line 2").contains("apikeep://Ghost/secret");
        assertThat(other).doesNotExist();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) if (node.path(field).asText().equals(value)) return node;
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    private static java.util.List<String> iterableFieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
