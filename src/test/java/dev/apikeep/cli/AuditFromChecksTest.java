package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikeep.exchange.fake.FakeBybit;
import dev.apikeep.exchange.fake.FakeExchange.Trouble;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} keeps each key's last check in the vault; a later {@code audit} (another run, no
 * network) turns it into findings: withdraw on at the exchange but not in the vault and a refused
 * key are high, any other difference medium.
 */
class AuditFromChecksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    CliRunner cli;
    FakeBybit bybit;

    @BeforeEach
    void setUp() {
        bybit = new FakeBybit();
        cli = new CliRunner(dir.resolve("v.apikeep")).init().withEnv(bybit.env());
        cli.add(bybit.apiKey + "\n" + bybit.secret + "\n", "--exchange", "bybit", "--label", "grid bot",
                "--permissions", "contract-orders,contract-positions,spot-trade", "--ip", "203.0.113.7", "--created", "2026-02-10");
    }

    @AfterEach
    void tearDown() {
        bybit.close();
    }

    private List<JsonNode> exchangeFindings() throws Exception {
        CliRunner.Result audit = cli.run(CliRunner.stdin(), "audit", "--json");
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(audit.out()).forEach(f -> {
            if (f.get("rule").asText().startsWith("exchange-")) found.add(f);
        });
        return found;
    }

    @Test
    void withdrawOnAtTheExchangeButNotInTheVaultIsHigh_andTheAuditAsksNoExchange() throws Exception {
        bybit.result.with("permissions").putArray("Wallet").add("Withdraw");
        cli.run(CliRunner.stdin(), "compare", "grid bot");
        int requests = bybit.received().size();

        List<JsonNode> findings = exchangeFindings();
        CliRunner.Result text = cli.run(CliRunner.stdin(), "audit");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("high");
            assertThat(f.get("rule").asText()).isEqualTo("exchange-withdraw-on");
            assertThat(f.get("message").asText()).contains("Bybit says 'grid bot' can move funds (Withdrawal)");
        });
        assertThat(text.code()).isEqualTo(ExitCode.ATTENTION);
        assertThat(text.out()).contains("exchange-withdraw-on");
        assertThat(bybit.received()).as("audit reads the stored check; it contacts nobody").hasSize(requests);
    }

    @Test
    void aRejectedKeyIsHigh_withTheExchangesMessage() throws Exception {
        bybit.trouble = Trouble.EXPIRED;
        cli.run(CliRunner.stdin(), "compare", "grid bot");

        assertThat(exchangeFindings()).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("high");
            assertThat(f.get("rule").asText()).isEqualTo("exchange-rejected");
            assertThat(f.get("message").asText()).contains("Your api key has expired.");
        });
    }

    @Test
    void otherDifferencesAreMedium_andApplyingTheExchangesValuesClearsThem() throws Exception {
        bybit.result.putArray("ips").add("198.51.100.9");
        bybit.result.put("createdAt", "2026-02-09T23:59:00Z");
        cli.run(CliRunner.stdin(), "compare", "grid bot");

        assertThat(exchangeFindings()).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("medium");
            assertThat(f.get("rule").asText()).isEqualTo("exchange-differs");
            assertThat(f.get("message").asText()).contains("ipWhitelist, createdAt");
        });

        cli.run(CliRunner.stdin(), "edit", "grid bot", "--ip", "198.51.100.9", "--created", "2026-02-09");
        assertThat(exchangeFindings()).as("the stored answer is held against the key as it is now").isEmpty();
    }

    @Test
    void anUnreachableExchangeOrAMatchGivesNoFinding() throws Exception {
        cli.run(CliRunner.stdin(), "compare", "grid bot");
        assertThat(exchangeFindings()).isEmpty();
        bybit.trouble = Trouble.MALFORMED;
        cli.run(CliRunner.stdin(), "compare", "grid bot");
        assertThat(exchangeFindings()).isEmpty();
    }
}
