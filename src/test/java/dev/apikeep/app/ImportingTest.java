package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ExchangeCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The one place that tells a bundle from a CSV and reads a CSV as text: the command line's
 * {@code import} and the desktop's import screen both ask it, so they can never disagree.
 */
class ImportingTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();

    @Test
    void aBundleIsToldByItsContentWhateverItsNameAndEverythingElseIsCsv() {
        byte[] bundle = "  \n{\"format\":\"apikeep-bundle\",\"version\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(Importing.detect(bundle)).isEqualTo(Importing.Kind.BUNDLE);
        assertThat(Importing.detect("exchange,label\nbinance,a\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Importing.Kind.CSV);
        // JSON that is not a bundle is read as CSV (and then refused by the CSV checks, with their message)
        assertThat(Importing.detect("{\"label\":\"x\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(Importing.Kind.CSV);
        assertThat(Importing.detect(new byte[0])).isEqualTo(Importing.Kind.CSV);
    }

    @Test
    void theActivityLogNamesTheKindAndTheFileNotItsFolder() {
        assertThat(Importing.Kind.CSV.source(Path.of("/home/me/secret folder/keys.csv"))).isEqualTo("csv keys.csv");
        assertThat(Importing.Kind.BUNDLE.source(Path.of("b.apikeep-bundle"))).isEqualTo("bundle b.apikeep-bundle");
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedWithWhatToDo() {
        byte[] latin1 = "exchange,label\nbinance,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Importing.readCsv(latin1, CATALOG, LocalDate.of(2026, 12, 4)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("CSV UTF-8");
    }
}
