package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.PASSWORD;
import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikeep.cli.CliRunner.Result;
import dev.apikeep.vault.VaultTampering;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of DESIGN.md section 5, driven in-process through {@link ApiKeepCli#run}. */
class CliCommandsTest {
    static final String KEY = "AKZqKEY0123456789Hd0";
    static final String SECRET = "sEcReT-9f8e7d6c5b4a3928171615141312";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The stable JSON field names of `list --json` / `show --json` in DESIGN.md section 5. */
    static final List<String> DESIGN_FIELDS = List.of("id", "exchange", "environment", "label", "account",
            "apiKeyMasked", "keyType", "permissions", "ipWhitelist", "createdAt", "expiresAt", "rotateEveryDays",
            "status", "tags", "usedBy", "notes", "lastUsedAt", "daysToExpiry", "rotatedFrom", "rotatedTo");

    @TempDir Path dir;
    CliRunner cli;

    @BeforeEach
    void createVault() {
        cli = new CliRunner(dir.resolve("vault.apikeep")).init();
    }

    private String addGridBot() {
        return cli.add(KEY + "\n" + SECRET + "\n", "--exchange", "bybit", "--label", "Grid bot",
                "--account", "sub-1", "--permissions", "read,spot-trade", "--tag", "bots", "--used-by", "freqtrade",
                "--notes", "VPS in Frankfurt", "--rotate-days", "60");
    }

    private static JsonNode json(Result r) throws Exception {
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void addListShowGetRoundTrip() {
        String id = addGridBot();
        assertThat(UUID.fromString(id)).isNotNull();

        Result list = cli.run(stdin(), "list");
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).contains("Grid bot", "bybit", "any IP").doesNotContain(SECRET).doesNotContain(KEY);

        Result show = cli.run(stdin(), "show", "Grid bot");
        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.out())
                .contains("Exchange     Bybit (bybit)")
                .contains("Read-Only (read): not confirmed", "Trade (spot-trade): medium risk") // issue 13: no reassuring Read-Only beside Trade
                .contains("IP binding   none: the key works from any IP address")
                // created today (2026-03-01) without IP binding: Bybit's 90-day rule
                .contains("Expires      2026-05-30 (in 90 days; Bybit: keys without IP binding stop working after 90 days)")
                .contains("Rotation     every 60 days; due 2026-04-30 (in 60 days)")
                .contains("Last used    never")
                .contains("AKZq****9Hd0", "freqtrade", "VPS in Frankfurt")
                .doesNotContain(SECRET).doesNotContain(KEY);

        assertThat(cli.run(stdin(), "get", "Grid bot").out()).isEqualTo(SECRET + "\n");
        assertThat(cli.run(stdin(), "get", id.substring(0, 8), "--field", "key").out()).isEqualTo(KEY + "\n");
        Result asJson = cli.run(stdin(), "get", id, "--format", "json");
        assertThat(asJson.out()).contains("\"apiKey\" : \"" + KEY + "\"", "\"secret\" : \"" + SECRET + "\"");
    }

    @Test
    void listAndShowJsonUseDesignFieldNamesAndNeverTheSecret() throws Exception {
        String id = addGridBot();
        JsonNode list = json(cli.run(stdin(), "list", "--json"));
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode shown = json(cli.run(stdin(), "show", id, "--json"));
        for (JsonNode node : List.of(list.get(0), shown)) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsAll(DESIGN_FIELDS);
            assertThat(node.get("id").asText()).isEqualTo(id);
            assertThat(node.get("exchange").asText()).isEqualTo("bybit");
            assertThat(node.get("environment").asText()).isEqualTo("mainnet");
            assertThat(node.get("status").asText()).isEqualTo("active");
            assertThat(node.get("createdAt").asText()).isEqualTo("2026-03-01");
            assertThat(node.get("expiresAt").asText()).isEqualTo("2026-05-30");
            assertThat(node.get("daysToExpiry").asLong()).isEqualTo(90);
            assertThat(node.get("rotateEveryDays").asInt()).isEqualTo(60);
            assertThat(node.get("permissions")).extracting(JsonNode::asText).containsExactly("read", "spot-trade");
            assertThat(node.get("apiKeyMasked").asText()).isEqualTo("AKZq****9Hd0");
            assertThat(node.toString()).doesNotContain(SECRET).doesNotContain(KEY);
        }
    }

    @Test
    void okxNeedsItsPassphraseAndGetCcxtSpeaksCcxtNames() throws Exception {
        Result missing = cli.run(stdin(KEY, SECRET), "add", "--exchange", "okx", "--label", "OKX bot");
        assertThat(missing.code()).as(missing.toString()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).startsWith("apikeep: OKX keys need their passphrase").contains("nothing was stored");
        assertThat(json(cli.run(stdin(), "list", "--json"))).isEmpty();

        Result empty = cli.run(stdin(KEY, SECRET, ""), "add", "--exchange", "okx", "--label", "OKX bot");
        assertThat(empty.code()).isEqualTo(ExitCode.ERROR);
        assertThat(empty.err()).contains("passphrase");

        cli.add(KEY + "\n" + SECRET + "\nmy-passphrase\n", "--exchange", "okx", "--label", "OKX bot",
                "--account", "uid-42", "--permissions", "read,trade", "--ip", "203.0.113.7");
        JsonNode ccxt = json(cli.run(stdin(), "get", "OKX bot", "--format", "ccxt"));
        List<String> names = new ArrayList<>();
        ccxt.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("apiKey", "secret", "password", "uid");
        assertThat(ccxt.get("password").asText()).isEqualTo("my-passphrase");
        assertThat(ccxt.get("uid").asText()).isEqualTo("uid-42");
        assertThat(cli.run(stdin(), "get", "OKX bot", "--field", "passphrase").out()).isEqualTo("my-passphrase\n");
        assertThat(cli.run(stdin(), "show", "OKX bot").out()).contains("Passphrase   ********")
                .doesNotContain("my-passphrase");
    }

    @Test
    void pemSecretFromFileRoundTripsByteForByte() throws Exception {
        byte[] pem = ("-----BEGIN PRIVATE KEY-----\r\nMC4CAQAwBQYDK2VwBCIEIOq7\n  indented line\n"
                + "-----END PRIVATE KEY-----\n").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("key.pem");
        Files.write(file, pem);
        String id = cli.add("organizations/1/apiKeys/abc\n", "--exchange", "coinbase", "--label", "Coinbase",
                "--secret-file", file.toString());
        Result get = cli.run(stdin(), "get", id);
        assertThat(get.code()).isZero();
        assertThat(get.outBytes()).isEqualTo(pem);
        assertThat(cli.run(stdin(), "show", id).out()).contains("Key type     ed25519");
    }

    @Test
    void wrongPasswordIsExit3() {
        addGridBot();
        Result r = cli.run("not the password\n", "list");
        assertThat(r.code()).isEqualTo(ExitCode.WRONG_PASSWORD);
        assertThat(r.err()).startsWith("apikeep: wrong master password");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void notAVaultIsExit4AndMissingVaultIsExit1() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "this is not a vault, just some text that is long enough to look like a file\n".repeat(20));
        Result notVault = new CliRunner(text).run(stdin(), "list");
        assertThat(notVault.code()).as(notVault.toString()).isEqualTo(ExitCode.DAMAGED);
        assertThat(notVault.err()).startsWith("apikeep: ").contains("not an ApiKeep vault");

        Result missing = new CliRunner(dir.resolve("nowhere.apikeep")).run(stdin(), "list");
        assertThat(missing.code()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).startsWith("apikeep: no vault at").contains("apikeep init");
    }

    @Test
    void unknownRefIsExit1() {
        addGridBot();
        Result r = cli.run(stdin(), "show", "Nope bot");
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).isEqualTo("apikeep: no key matches 'Nope bot'; run `apikeep list` to see labels and ids\n");
    }

    @Test
    void badIpIsRejectedBeforeAnythingIsStoredNamingTheIp() throws Exception {
        Result r = cli.run(stdin(KEY, SECRET), "add", "--exchange", "bybit", "--label", "Bad", "--ip", "10.0.0.1,10.0.0.300");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).startsWith("apikeep: --ip: ").contains("10.0.0.300").doesNotContain("Exception");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(json(cli.run(stdin(), "list", "--json", "--all"))).isEmpty();
    }

    @Test
    void usageErrorsAreExit2() {
        Result unknownOption = cli.run(stdin(), "list", "--colour");
        assertThat(unknownOption.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownOption.err()).startsWith("apikeep: Unknown option: '--colour'");

        Result noExchange = cli.run(stdin(KEY, SECRET), "add", "--label", "x");
        assertThat(noExchange.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noExchange.err()).contains("--exchange");

        Result noChange = cli.run(stdin(), "edit", "x");
        assertThat(noChange.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noChange.err()).contains("nothing to change");
    }

    @Test
    void editChangesOnlyTheGivenFields() throws Exception {
        String id = addGridBot();
        Result edit = cli.run(stdin(), "edit", "Grid bot", "--ip", "203.0.113.7, 2001:db8::/32");
        assertThat(edit.code()).as(edit.toString()).isZero();
        JsonNode after = json(cli.run(stdin(), "show", id, "--json"));
        assertThat(after.get("ipWhitelist")).extracting(JsonNode::asText).containsExactly("203.0.113.7", "2001:db8::/32");
        assertThat(after.get("expiresAt").isNull()).as("IP-bound: Bybit's rule no longer applies").isTrue();
        assertThat(after.get("label").asText()).isEqualTo("Grid bot");
        assertThat(after.get("account").asText()).isEqualTo("sub-1");
        assertThat(after.get("permissions")).extracting(JsonNode::asText).containsExactly("read", "spot-trade");
        assertThat(after.get("tags")).extracting(JsonNode::asText).containsExactly("bots");
        assertThat(after.get("notes").asText()).isEqualTo("VPS in Frankfurt");
        assertThat(cli.run(stdin(), "get", id).out()).isEqualTo(SECRET + "\n");

        Result newSecret = cli.run(stdin("brand-new-secret"), "edit", id, "--new-secret", "--label", "Grid bot 2");
        assertThat(newSecret.code()).as(newSecret.toString()).isZero();
        assertThat(cli.run(stdin(), "get", "Grid bot 2").out()).isEqualTo("brand-new-secret\n");
        assertThat(cli.run(stdin(), "get", "Grid bot 2", "--field", "key").out()).isEqualTo(KEY + "\n");

        Result badPermission = cli.run(stdin(), "edit", id, "--permissions", "read,fly");
        assertThat(badPermission.code()).isEqualTo(ExitCode.ERROR);
        assertThat(badPermission.err()).contains("'fly' is not a Bybit permission");

        Result cleared = cli.run(stdin(), "edit", id, "--clear-ip");
        assertThat(cleared.code()).isZero();
        assertThat(json(cli.run(stdin(), "show", id, "--json")).get("ipWhitelist")).isEmpty();
    }

    @Test
    void revokeHidesFromListButListAllShowsIt() throws Exception {
        addGridBot();
        Result revoke = cli.run(stdin(), "revoke", "Grid bot");
        assertThat(revoke.code()).as(revoke.toString()).isZero();
        assertThat(revoke.out()).contains("Revoked 'Grid bot'", "https://www.bybit.com/app/user/api-management");
        assertThat(json(cli.run(stdin(), "list", "--json"))).isEmpty();
        JsonNode all = json(cli.run(stdin(), "list", "--json", "--all"));
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("status").asText()).isEqualTo("revoked");
        Result get = cli.run(stdin(), "get", "Grid bot");
        assertThat(get.code()).isEqualTo(ExitCode.ERROR);
        assertThat(get.out()).isEmpty();
    }

    @Test
    void rmNeedsYesWithoutATerminal() throws Exception {
        String id = addGridBot();
        Result refused = cli.run(stdin(), "rm", id);
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("--yes");
        assertThat(json(cli.run(stdin(), "list", "--json"))).hasSize(1);

        Result rm = cli.run(stdin(), "rm", id, "--yes");
        assertThat(rm.code()).as(rm.toString()).isZero();
        assertThat(json(cli.run(stdin(), "list", "--json", "--all"))).isEmpty();
        assertThat(cli.run(stdin(), "show", id).code()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void passwdReplacesTheMasterPassword() {
        addGridBot();
        Result passwd = cli.run(PASSWORD + "\nan even better password\n", "passwd");
        assertThat(passwd.code()).as(passwd.toString()).isZero();
        assertThat(cli.run(stdin(), "list").code()).isEqualTo(ExitCode.WRONG_PASSWORD);
        Result withNew = cli.run("an even better password\n", "get", "Grid bot");
        assertThat(withNew.code()).isZero();
        assertThat(withNew.out()).isEqualTo(SECRET + "\n");

        Result weak = cli.run("an even better password\nx\n", "passwd", "--kdf-memory", "8");
        assertThat(weak.code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("an even better password\n", "list").code()).isZero();
    }

    @Test
    void logListsWritesAndUsesWithoutSecrets() throws Exception {
        String id = addGridBot();
        cli.run(stdin(), "get", id);
        cli.run(stdin(), "edit", id, "--notes", "moved");
        JsonNode log = json(cli.run(stdin(), "log", "--json", "--limit", "0"));
        List<String> types = new ArrayList<>();
        for (JsonNode e : log) {
            assertThat(e.has("seq") && e.has("time") && e.has("type") && e.has("entryId") && e.has("detail")).isTrue();
            types.add(e.get("type").asText());
        }
        assertThat(types).contains("create", "add", "get", "edit");
        for (JsonNode e : log) {
            if (Set.of("add", "get", "edit").contains(e.get("type").asText())) {
                assertThat(e.get("entryId").asText()).isEqualTo(id);
            }
        }
        assertThat(log.toString()).doesNotContain(SECRET).doesNotContain(KEY);
        Result text = cli.run(stdin(), "log", "--limit", "3");
        assertThat(text.out().lines()).hasSize(3);
        assertThat(text.out()).doesNotContain(SECRET);
    }

    @Test
    void checkPassesAndThenNamesADamagedEntryWithExit4() {
        String damaged = addGridBot();
        cli.add("k2k2k2k2k2k2\ns2s2s2s2s2\n", "--exchange", "kraken", "--label", "Kraken tracker");
        Result ok = cli.run(stdin(), "check");
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).isEqualTo("ok: 2 entries intact\n");

        VaultTampering.flipCiphertextByte(cli.vault, UUID.fromString(damaged));
        Result bad = cli.run(stdin(), "check");
        assertThat(bad.code()).as(bad.toString()).isEqualTo(ExitCode.DAMAGED);
        assertThat(bad.out()).contains("damaged: " + damaged);
        assertThat(bad.err()).startsWith("apikeep: ").contains(damaged).contains("1 readable");
        assertThat(bad.err().lines()).hasSize(1);

        Result list = cli.run(stdin(), "list");
        assertThat(list.code()).as("a damaged key must not silently vanish from the list").isEqualTo(ExitCode.DAMAGED);
        assertThat(list.out()).contains("Kraken tracker").doesNotContain("No keys yet");
        assertThat(list.err()).contains(damaged, "apikeep check");
    }

    @Test
    void checkNamesAnEntryDeletedBehindTheVaultsBack() {
        String deleted = addGridBot();
        cli.add("k2k2k2k2k2k2\ns2s2s2s2s2\n", "--exchange", "kraken", "--label", "Kraken tracker");
        VaultTampering.deleteEntryRow(cli.vault, UUID.fromString(deleted));

        Result list = cli.run(stdin(), "list");
        assertThat(list.code()).as("normal commands refuse a damaged vault").isEqualTo(ExitCode.DAMAGED);
        Result check = cli.run(stdin(), "check");
        assertThat(check.code()).as(check.toString()).isEqualTo(ExitCode.DAMAGED);
        assertThat(check.err()).contains("1 entry(ies) missing", deleted);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("init", "exchanges", "add", "list", "show", "get", "edit", "revoke", "rm",
                "log", "passwd", "check")) {
            Result help = cli.run("", command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: apikeep " + command);
        }
        assertThat(cli.run("", "--version").out()).startsWith("apikeep ");
    }

    @Test
    void exchangesNeedsNoVault() throws Exception {
        CliRunner noVault = new CliRunner(dir.resolve("none.apikeep"));
        JsonNode exchanges = json(noVault.run("", "exchanges", "--json"));
        JsonNode bybit = null;
        for (JsonNode x : exchanges) if (x.get("id").asText().equals("bybit")) bybit = x;
        assertThat(bybit).isNotNull();
        assertThat(bybit.get("name").asText()).isEqualTo("Bybit");
        assertThat(bybit.get("passphraseRequired").asBoolean()).isFalse();
        assertThat(bybit.get("keyLimit").asInt()).isEqualTo(10);
        assertThat(bybit.get("expiryRule").get("daysWithoutIp").asInt()).isEqualTo(90);
        assertThat(bybit.get("expiryRule").get("description").asText()).contains("90 days");
        JsonNode withdraw = null;
        for (JsonNode p : bybit.get("permissions")) if (p.get("id").asText().equals("withdraw")) withdraw = p;
        assertThat(withdraw.get("risk").asText()).isEqualTo("high");
        assertThat(withdraw.get("name").asText()).isEqualTo("Withdrawal");

        Result text = noVault.run("", "exchanges");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("okx  OKX", "passphrase: required", "withdraw", "high");
        assertThat(Files.exists(dir.resolve("none.apikeep"))).isFalse();
    }
}
