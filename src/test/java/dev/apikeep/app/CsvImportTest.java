package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvImportTest {
    private static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String HEADER = "exchange,label,account,api_key,secret,passphrase,permissions,ip_whitelist,created,expires,notes\n";

    @Test
    void readsEveryColumnWithCommas() {
        CsvImport.Preview preview = CsvImport.parse(HEADER
                + "bybit,Grid bot,sub-1,AK1,SK1,,read|spot-trade,1.2.3.4|10.0.0.0/8,2026-01-02,2026-12-31,\"note, with comma\"\n",
                CATALOG, TODAY);
        assertThat(preview.hasErrors()).isFalse();
        ApiKeyEntry entry = preview.validEntries().get(0);
        assertThat(entry.label()).isEqualTo("Grid bot");
        assertThat(entry.account()).isEqualTo("sub-1");
        assertThat(entry.secret().reveal()).isEqualTo("SK1");
        assertThat(entry.permissions()).containsExactly("read", "spot-trade");
        assertThat(entry.ipWhitelist()).extracting(Object::toString).containsExactly("1.2.3.4", "10.0.0.0/8");
        assertThat(entry.createdAt()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(entry.expiresAt()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(entry.notes()).isEqualTo("note, with comma");
    }

    @Test
    void detectsSemicolonsAndKeepsAQuotedMultiLinePemSecretExactly() {
        String pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA;\"quoted\"\n-----END PRIVATE KEY-----\n";
        String csv = "exchange;label;api_key;secret\ncoinbase;Tracker;organizations/x/apiKeys/y;\""
                + pem.replace("\"", "\"\"") + "\"\nbybit;Second;AK;SK\n";
        CsvImport.Preview preview = CsvImport.parse(csv, CATALOG, TODAY);
        assertThat(preview.invalidRows()).isEmpty();
        assertThat(preview.validEntries().get(0).secret().reveal()).isEqualTo(pem);
        assertThat(preview.rows().get(1).line()).isEqualTo(6);
        assertThat(preview.validEntries().get(1).createdAt()).isEqualTo(TODAY);
    }

    @Test
    void aBadIpOnLine7IsReportedWithItsLineAndTheOtherRowsStayValid() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 2; i <= 8; i++) {
            String ip = i == 7 ? "10.0.0.300" : "10.0.0." + i;
            csv.append("bybit,Key ").append(i).append(",,AK").append(i).append(",SK").append(i).append(",,read,").append(ip).append(",,,\n");
        }
        CsvImport.Preview preview = CsvImport.parse(csv.toString(), CATALOG, TODAY);
        assertThat(preview.invalidRows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(7);
            assertThat(row.errors()).singleElement().asString().startsWith("line 7, column 8 (ip_whitelist): expected IPv4").doesNotContain("10.0.0.300");
        });
        assertThat(preview.validEntries()).hasSize(6);
    }

    @Test
    void rowErrorsNameTheFieldAndTheLine() {
        CsvImport.Preview preview = CsvImport.parse(HEADER
                + "okx,No passphrase,,AK,SK,,read,,,,\n"
                + "nosuch,Unknown,,AK,SK,,,,,,\n"
                + "bybit,Bad date,,AK,SK,,,,2026-13-01,,\n", CATALOG, TODAY);
        assertThat(preview.invalidRows()).extracting(r -> r.errors().get(0)).satisfiesExactly(
                e -> assertThat(e).startsWith("line 2, column 6 (passphrase)"),
                e -> assertThat(e).startsWith("line 3, column 1 (exchange): not a known exchange"),
                e -> assertThat(e).isEqualTo("line 4, column 9 (created): expected a date like 2026-12-31"));
    }

    @Test
    void malformedFilesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> CsvImport.parse("", CATALOG, TODAY)).hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvImport.parse("exchange,label,secret\n", CATALOG, TODAY)).hasMessageContaining("api_key");
        assertThatThrownBy(() -> CsvImport.parse("exchange,label,api_key,secret,colour\n", CATALOG, TODAY)).hasMessageContaining("unknown column 'colour'");
        assertThatThrownBy(() -> CsvImport.parse("exchange,label,api_key,secret\nbybit,\"open,AK,SK\n", CATALOG, TODAY))
                .hasMessageContaining("line 2").hasMessageContaining("never closed");
    }
}
