package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code add}/{@code edit --read-only | --read-write}: Bybit's switch, stated once, with the scopes' risk following it. */
class ReadOnlySwitchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("v.apikeep")).init();
    }

    private JsonNode show(String ref) throws Exception {
        return JSON.readTree(cli.run(CliRunner.stdin(), "show", ref, "--json").out());
    }

    @Test
    void aReadOnlyKeysScopesAreLowRisk_andReadWriteDropsTheSwitch() throws Exception {
        cli.add("k\ns\n", "--exchange", "bybit", "--label", "tracker", "--permissions", "spot-trade,contract-orders", "--read-only",
                "--ip", "203.0.113.7");

        assertThat(show("tracker").get("permissions").toString()).isEqualTo("[\"read\",\"spot-trade\",\"contract-orders\"]");
        assertThat(cli.run(CliRunner.stdin(), "show", "tracker").out()).contains("Trade (spot-trade): low risk (the key is Read-Only)");

        CliRunner.Result edit = cli.run(CliRunner.stdin(), "edit", "tracker", "--read-write");
        assertThat(edit.code()).as(edit.toString()).isZero();
        assertThat(show("tracker").get("permissions").toString()).isEqualTo("[\"spot-trade\",\"contract-orders\"]");
        assertThat(cli.run(CliRunner.stdin(), "show", "tracker").out()).contains("Trade (spot-trade): medium risk");
    }

    @Test
    void anOlderEntryListingReadOnlyBesideTradeSaysItIsNotConfirmed() {
        cli.add("k\ns\n", "--exchange", "bybit", "--label", "old bot", "--permissions", "read,spot-trade");

        assertThat(cli.run(CliRunner.stdin(), "show", "old bot").out())
                .contains("Read-Only (read): not confirmed")
                .contains("Trade (spot-trade): medium risk");
    }

    @Test
    void theSwitchIsRefusedWhereTheExchangeHasNone_andBothAtOnce() {
        CliRunner.Result okx = cli.run(CliRunner.stdin("k", "s", "p"), "add", "--exchange", "okx", "--label", "o", "--read-only");
        CliRunner.Result both = cli.run(CliRunner.stdin("k", "s"), "add", "--exchange", "bybit", "--label", "b", "--read-only", "--read-write");

        assertThat(okx.code()).isEqualTo(ExitCode.ERROR);
        assertThat(okx.err()).contains("OKX keys have no Read-Only/Read-Write switch");
        assertThat(both.code()).isEqualTo(ExitCode.ERROR);
        assertThat(both.err()).contains("--read-only and --read-write exclude each other");
        assertThat(cli.run(CliRunner.stdin(), "list", "--json").out()).doesNotContain("\"o\"").doesNotContain("\"b\"");
    }
}
