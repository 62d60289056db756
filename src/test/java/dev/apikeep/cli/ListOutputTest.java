package dev.apikeep.cli;

import static dev.apikeep.cli.CliRunner.stdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikeep.cli.CliRunner.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code list} prints, to the character: the order (label ignoring case, then id), the fixed-width
 * columns, the IP and expiry words, revoked keys only with {@code --all}, and the same order in JSON.
 * The columns are written by hand now (not {@code String.format}): the expected rows here still are.
 */
class ListOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    CliRunner cli;
    String beta;
    String upperAlpha;
    String lowerAlpha;
    String longLabel;
    String expired;
    String revoked;

    @BeforeEach
    void keys() {
        cli = new CliRunner(dir.resolve("vault.apikeep")).init();
        // created today (2026-03-01) without IP binding: Bybit's 90-day rule
        beta = add("--exchange", "bybit", "--label", "beta", "--permissions", "read,spot-trade");
        upperAlpha = add("--exchange", "custom", "--label", "Alpha", "--ip", "203.0.113.7", "--permissions", "withdraw funds");
        lowerAlpha = add("--exchange", "custom", "--label", "alpha");
        longLabel = add("--exchange", "custom", "--label", "Zulu: a label much longer than its column",
                "--permissions", "read,trade,withdraw,transfer,margin");
        expired = add("--exchange", "bybit", "--label", "Old bybit key", "--created", "2025-01-01");
        revoked = add("--exchange", "custom", "--label", "gone");
        assertThat(cli.run(stdin(), "revoke", revoked).code()).isZero();
    }

    private String add(String... args) {
        return cli.add("AKZqKEY0123456789Hd0\nsEcReT-9f8e7d6c5b4a3928171615141312\n", args);
    }

    @Test
    void rowsAreSortedByLabelIgnoringCaseThenIdInFixedColumns() {
        Result list = cli.run(stdin(), "list");
        assertThat(list.code()).as(list.toString()).isZero();
        List<String> alphas = upperAlpha.compareTo(lowerAlpha) < 0
                ? List.of(row(upperAlpha, "Alpha", "custom", "withdraw funds", "IP bound", "no expiry"),
                        row(lowerAlpha, "alpha", "custom", "", "any IP", "no expiry"))
                : List.of(row(lowerAlpha, "alpha", "custom", "", "any IP", "no expiry"),
                        row(upperAlpha, "Alpha", "custom", "withdraw funds", "IP bound", "no expiry"));
        List<String> expected = new ArrayList<>(alphas);
        expected.add(row(beta, "beta", "bybit", "read,spot-trade", "any IP", "expires in 90 d"));
        expected.add(row(expired, "Old bybit key", "bybit", "", "any IP", "expired"));
        expected.add(row(longLabel, "Zulu: a label much long…", "custom", "read,trade,withdraw,transfe…", "any IP", "no expiry"));
        assertThat(list.out().lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void allAddsRevokedKeysInTheirPlace() {
        Result all = cli.run(stdin(), "list", "--all");
        assertThat(all.code()).as(all.toString()).isZero();
        assertThat(all.out().lines()).hasSize(6)
                .element(3).isEqualTo(row(revoked, "gone", "custom", "", "any IP", "revoked"));
    }

    @Test
    void jsonKeepsTheSameOrder() throws Exception {
        JsonNode keys = JSON.readTree(cli.run(stdin(), "list", "--json", "--all").out());
        List<String> labels = new ArrayList<>();
        keys.forEach(k -> labels.add(k.get("label").asText()));
        String firstAlpha = upperAlpha.compareTo(lowerAlpha) < 0 ? "Alpha" : "alpha";
        assertThat(labels).containsExactly(firstAlpha, firstAlpha.equals("Alpha") ? "alpha" : "Alpha", "beta", "gone",
                "Old bybit key", "Zulu: a label much longer than its column");
        assertThat(keys.get(2).get("daysToExpiry").asLong()).isEqualTo(90);
        assertThat(keys.get(2).get("expirySource").asText()).isEqualTo("exchange-rule");
        assertThat(keys.get(4).get("status").asText()).isEqualTo("expired");
    }

    @Test
    void aManyKeyVaultWithARowDeletedBehindItsBackIsRefusedWhileItsRowsAreDecrypted() throws Exception {
        // enough rows that helper threads decrypt while the whole set is checked
        StringBuilder csv = new StringBuilder("exchange,label,api_key,secret\n");
        for (int i = 0; i < 300; i++) csv.append("custom,Bulk key ").append(i).append(",key").append(i).append("-0123456789,secret-").append(i).append('\n');
        Path file = dir.resolve("keys.csv");
        java.nio.file.Files.writeString(file, csv);
        assertThat(cli.run(stdin(), "import", file.toString()).code()).isZero();
        assertThat(cli.run(stdin(), "list").out().lines()).hasSize(305);

        dev.apikeep.vault.VaultTampering.deleteEntryRow(cli.vault, java.util.UUID.fromString(beta));
        Result list = cli.run(stdin(), "list");
        assertThat(list.code()).as(list.toString()).isEqualTo(ExitCode.DAMAGED);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).startsWith("apikeep: the vault is damaged or was tampered with: 1 entry(ies) missing");
    }

    /** A row as the table printed it before it was written by hand. */
    private static String row(String id, String label, String exchange, String permissions, String ip, String state) {
        return String.format("%-8s  %-24s  %-9s  %-28s  %-8s  %s", id.substring(0, 8), label, exchange, permissions, ip, state);
    }
}
