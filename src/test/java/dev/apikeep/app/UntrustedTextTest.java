package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from files (CSV, bundles) is untrusted: control characters are refused where they could act
 * on a terminal, and no error ever repeats a value that could be a secret in a misaligned row.
 */
class UntrustedTextTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String HEADER = "exchange,label,account,api_key,secret,passphrase,permissions,ip_whitelist,created,expires,notes,key_type\n";
    static final String SECRET = "sk_live_9f8e7d6c5b4a";
    @TempDir Path dir;

    @Test
    void aSecretShiftedIntoAnyCheckedColumnIsNeverQuotedButItsLineAndColumnAre() {
        String[] columns = HEADER.strip().split(",");
        for (int column = 0; column < columns.length; column++) {
            String[] row = {"bybit", "Shifted", "", "AK1", "SK1", "", "read", "", "", "", "", ""};
            if (List.of("label", "account", "api_key", "secret", "passphrase", "notes").contains(columns[column])) continue;
            row[column] = SECRET;
            CsvImport.Preview preview = CsvImport.parse(HEADER + String.join(",", row) + "\n", CATALOG, TODAY);
            String name = columns[column];
            assertThat(preview.invalidRows()).as(name).singleElement().satisfies(invalid -> {
                assertThat(String.join("\n", invalid.errors())).as(name).doesNotContain(SECRET)
                        .startsWith("line 2, column " + (List.of(columns).indexOf(name) + 1) + " (" + name + "): ");
            });
        }
    }

    @Test
    void controlCharactersInSingleLineFieldsAreRefusedWithLineAndColumnAndNotesKeepLineBreaksAndTabs() {
        CsvImport.Preview preview = CsvImport.parse(HEADER
                + "bybit,\"Red \u001b[31mbot\",,AK1,SK1,,read,,,,,\n"
                + "bybit,Fine,\"sub\u009b1\",AK2,SK2,,read,,,,,\n"
                + "bybit,Notes ok,,AK3,SK3,,read,,,,\"line one\r\n\tindented\",\n"
                + "bybit,Bare CR,,AK4,SK4,,read,,,,\"fake\rline\",\n", CATALOG, TODAY);
        assertThat(preview.invalidRows()).extracting(r -> String.join("; ", r.errors())).containsExactly(
                "line 2, column 2 (label): contains the control character U+001B at character 5; expected one line of printable text",
                "line 3, column 3 (account): contains the control character U+009B at character 4; expected one line of printable text",
                "line 6, column 11 (notes): contains the control character U+000D at character 5; notes may hold text, line breaks and tabs only");
        assertThat(preview.validEntries()).singleElement().satisfies(e -> assertThat(e.notes()).isEqualTo("line one\n\tindented"));
    }

    @Test
    void aBundleEntryWithASecretInItsExchangeOrPermissionsOrAnEscapeInItsLabelIsRefusedWithoutQuotingIt() throws Exception {
        try (KeyService service = KeyService.create(dir.resolve("v.apikeep"), "master password".toCharArray(),
                KdfParams.ofMebibytes(19, 2, 1), CATALOG, Clock.systemUTC())) {
            ApiKeyEntry good = entry("bybit", "Good", List.of("read"));
            List<ApiKeyEntry> bad = List.of(entry(SECRET, "Bad exchange", List.of()),
                    entry("bybit", "Bad permission", List.of("read", SECRET)),
                    entry("bybit", "Esc \u001b]0;owned\u0007", List.of("read")));
            for (ApiKeyEntry incoming : bad) {
                byte[] bundle = ExportBundle.seal(new ExportBundle.Content(List.of(good, incoming), List.of()),
                        "bundle password".toCharArray(), KdfParams.ofMebibytes(19, 2, 1));
                ExportBundle.Content opened = ExportBundle.open(bundle, "bundle password".toCharArray());
                assertThatThrownBy(() -> new Importing(service).merge(opened.entries(), "b.apikeep-export"))
                        .isInstanceOf(InvalidInputException.class)
                        .satisfies(e -> {
                            String all = e.getMessage() + ((InvalidInputException) e).errors();
                            assertThat(all).as(incoming.label()).startsWith("entry 2, ").doesNotContain(SECRET)
                                    .doesNotContain("\u001b");
                        });
            }
            assertThat(service.list(true).size()).isZero();
        }
    }

    private static ApiKeyEntry entry(String exchange, String label, List<String> permissions) {
        return ApiKeyEntry.builder().exchangeId(exchange).label(label).permissions(permissions)
                .apiKey(SecretBytes.of("AK-" + label.length())).secret(SecretBytes.of("SK-" + label.length())).build();
    }
}
