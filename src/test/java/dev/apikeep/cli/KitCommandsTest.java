package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apikeep kit create|list|show|reissue|forget} on a vault, then the kit read as a bot would. Clock: 2026-03-01. */
class KitCommandsTest {
    @TempDir Path dir;
    private CliRunner cli;
    private Path kit;

    @BeforeEach
    void vaultWithThreeKeys() {
        cli = new CliRunner(dir.resolve("v.apikeep")).init();
        cli.add("AK-grid-0001\nSK-grid-0001\nPP-grid\n", "--exchange", "okx", "--label", "Grid bot", "--account", "uid-7", "--permissions", "read,trade");
        cli.add("AK-hedge-0002\nSK-hedge-0002\n", "--exchange", "bybit", "--label", "Hedge bot", "--permissions", "read,withdraw");
        cli.add("AK-other-0003\nSK-other-0003\n", "--exchange", "binance", "--label", "Tax export", "--permissions", "reading");
        kit = dir.resolve("freqtrade-vps.akkit");
    }

    private String create(String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"kit", "create", "freqtrade-vps", "--key", "Grid bot", "--out"}, 0, args, 0, 6);
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, 6);
        all[6] = kit.toString();
        System.arraycopy(extra, 0, all, 7, extra.length);
        CliRunner.Result r = cli.run(stdin(), all);
        assertThat(r.code()).as(r.toString()).isZero();
        return r.out().strip();
    }

    private CliRunner.Result fromKit(String token, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--kit";
        all[1] = kit.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.runWithEnv(Map.of("APIKEEP_KIT_TOKEN", token), new byte[0], all);
    }

    @Test
    void createPrintsTheTokenOnceWritesA0600KitAndTheKitAnswersExactlyAsTheVaultDoes() throws Exception {
        String token = create("--key", "Hedge bot", "--days", "30");
        assertThat(token).matches("akkit_[a-z2-7]{59}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kit))).isEqualTo("rw-------");
        for (String[] get : new String[][] {{"get", "Grid bot"}, {"get", "Grid bot", "--field", "key"},
                {"get", "Grid bot", "--field", "passphrase"}, {"get", "Grid bot", "--format", "json"},
                {"get", "Hedge bot", "--format", "ccxt"}}) {
            CliRunner.Result fromVault = cli.run(stdin(), get);
            CliRunner.Result fromKit = fromKit(token, get);
            assertThat(fromKit.code()).isZero();
            assertThat(fromKit.out()).as(String.join(" ", get)).isEqualTo(fromVault.out());
        }
        assertThat(fromKit(token, "list").out()).contains("kit freqtrade-vps expires in 30 d");
    }

    @Test
    void aKitHoldsOnlyTheChosenKeysNeitherTheFileNorAnyOutputShowsTheOthers() throws Exception {
        String token = create();
        String file = new String(Files.readAllBytes(kit), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain("Tax export", "SK-other", "AK-other", "Hedge bot", "SK-grid");
        String listed = fromKit(token, "list", "--json").out() + fromKit(token, "list").out();
        assertThat(listed).contains("Grid bot").doesNotContain("Tax export", "Hedge bot", "SK-other", "AK-other", "SK-hedge");
        CliRunner.Result other = fromKit(token, "get", "Tax export");
        assertThat(other.code()).isEqualTo(ExitCode.ERROR);
        assertThat(other.err()).contains("holds no key 'Tax export'").doesNotContain("SK-other");
    }

    @Test
    void theTokenNeverAppearsInListShowOrTheActivityLogAndFilesAreNotReplacedWithoutForce() throws Exception {
        Path tokenFile = dir.resolve("token");
        CliRunner.Result created = cli.run(stdin(), "kit", "create", "freqtrade-vps", "--key", "Grid bot", "--out", kit.toString(),
                "--token-file", tokenFile.toString(), "--expires", "2026-06-30");
        assertThat(created.code()).isZero();
        assertThat(created.out()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
        String token = Files.readString(tokenFile).strip();
        assertThat(fromKit(token, "get", "Grid bot").out()).isEqualTo("SK-grid-0001\n");

        String everything = cli.run(stdin(), "kit", "list").out() + cli.run(stdin(), "kit", "list", "--json").out()
                + cli.run(stdin(), "kit", "show", "freqtrade-vps").out() + cli.run(stdin(), "log", "--json").out()
                + cli.run(stdin(), "log").out() + created.err();
        assertThat(everything).contains("freqtrade-vps", "Grid bot", "2026-06-30", "current", "kit-issued")
                .doesNotContain(token).doesNotContain(token.substring(6, 30));

        CliRunner.Result again = cli.run(stdin(), "kit", "create", "other", "--key", "Grid bot", "--out", kit.toString());
        assertThat(again.code()).isEqualTo(ExitCode.ERROR);
        assertThat(again.err()).contains("exists; pass --force");
        CliRunner.Result sameName = cli.run(stdin(), "kit", "create", "freqtrade-vps", "--key", "Grid bot", "--out", dir.resolve("x").toString());
        assertThat(sameName.err()).contains("a kit named 'freqtrade-vps' exists");
        assertThat(fromKit(token, "get", "Grid bot").out()).isEqualTo("SK-grid-0001\n");
    }

    @Test
    void anEditedSecretMakesTheKitStaleAndReissueGivesANewTokenThatTheOldOneCannotReplace() throws Exception {
        String oldToken = create();
        assertThat(cli.run(stdin("SK-grid-NEW"), "edit", "Grid bot", "--new-secret").code()).isZero();
        assertThat(cli.run(stdin(), "kit", "show", "freqtrade-vps").out()).contains("needs re-issue (changed since issued: Grid bot)");
        assertThat(fromKit(oldToken, "get", "Grid bot").out()).isEqualTo("SK-grid-0001\n");

        CliRunner.Result reissued = cli.run(stdin(), "kit", "reissue", "freqtrade-vps");
        assertThat(reissued.code()).as(reissued.toString()).isZero();
        String newToken = reissued.out().strip();
        assertThat(newToken).matches("akkit_[a-z2-7]{59}").isNotEqualTo(oldToken);
        assertThat(fromKit(newToken, "get", "Grid bot").out()).isEqualTo("SK-grid-NEW\n");
        CliRunner.Result old = fromKit(oldToken, "get", "Grid bot");
        assertThat(old.code()).isEqualTo(ExitCode.WRONG_PASSWORD);
        assertThat(cli.run(stdin(), "kit", "list").out()).contains("current");
    }

    @Test
    void rotatingAKeyListsItsKitsAndReissueFollowsTheRotationToTheNewKey() {
        create();
        CliRunner.Result rotated = cli.run(stdin("AK-grid-9999", "SK-grid-9999", "PP-new"), "rotate", "Grid bot");
        assertThat(rotated.code()).as(rotated.toString()).isZero();
        assertThat(rotated.err()).contains("[ ] re-issue kit freqtrade-vps (apikeep kit reissue freqtrade-vps)");
        String token = cli.run(stdin(), "kit", "reissue", "freqtrade-vps").out().strip();
        assertThat(fromKit(token, "get", "Grid bot", "--field", "key").out()).isEqualTo("AK-grid-9999\n");
    }

    @Test
    void forgetRemovesTheRecordSaysACopyKeepsWorkingAndOffersTheRotateChecklist() {
        String token = create();
        CliRunner.Result forgot = cli.run(stdin(), "kit", "forget", "freqtrade-vps");
        assertThat(forgot.code()).isZero();
        assertThat(forgot.err()).contains("keeps working", "until 2026-05-30", "[ ] apikeep rotate \"Grid bot\"")
                .doesNotContain(token);
        assertThat(cli.run(stdin(), "kit", "list").out()).startsWith("No kits yet");
        assertThat(fromKit(token, "get", "Grid bot").out()).isEqualTo("SK-grid-0001\n");
        assertThat(cli.run(stdin(), "kit", "show", "freqtrade-vps").code()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void theAuditNamesKitsWithAnOldSecretARevokedOrWithdrawKeyAndAnExpiringKit() {
        create("--key", "Hedge bot", "--days", "10");
        CliRunner.Result before = cli.run(stdin(), "audit");
        assertThat(before.out()).contains("kit-holds-withdraw-key", "kit freqtrade-vps holds Hedge bot, which can withdraw")
                .contains("kit-expiring", "kit freqtrade-vps expires on 2026-03-11 (in 10 days)")
                .doesNotContain("kit-holds-old-secret");
        assertThat(before.code()).isEqualTo(ExitCode.ATTENTION);

        assertThat(cli.run(stdin("SK-grid-NEW"), "edit", "Grid bot", "--new-secret").code()).isZero();
        assertThat(cli.run(stdin(), "revoke", "Hedge bot").code()).isZero();
        String after = cli.run(stdin(), "audit", "--json").out();
        assertThat(after).contains("re-issue kit freqtrade-vps: it holds the old secret of Grid bot", "\"rule\" : \"kit-holds-revoked-key\"",
                "kit freqtrade-vps holds Hedge bot, which was revoked");
    }

    @Test
    void remindersListAKitExpiringWithinTheLeadTimeAndOneToReissue() {
        create("--days", "10");
        CliRunner.Result soon = cli.run(stdin(), "reminders");
        assertThat(soon.code()).isZero();
        assertThat(soon.out()).contains("warning   kit-expiry   2026-03-11  kit freqtrade-vps expires in 10 days");
        assertThat(cli.run(stdin(), "reminders", "--days", "5").out()).doesNotContain("kit-expiry");

        assertThat(cli.run(stdin("SK-grid-NEW"), "edit", "Grid bot", "--new-secret").code()).isZero();
        CliRunner.Result json = cli.run(stdin(), "reminders", "--json");
        assertThat(json.out()).contains("\"kind\" : \"kit-reissue\"", "\"kit\" : \"freqtrade-vps\"", "\"staleKeys\" : [ \"Grid bot\" ]",
                "\"level\" : \"critical\"", "\"entryId\" : null");
    }
}
