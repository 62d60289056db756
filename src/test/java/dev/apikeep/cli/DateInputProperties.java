package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.CsvImport;
import dev.apikeep.app.InvalidInputException;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Malformed dates (issue 7: 10,000 cases each): any text given to {@code --created} / {@code --expires}
 * or to the CSV's {@code created} / {@code expires} column is a valid ISO date or a clear error naming
 * the option or column; a refused value changes nothing (the options apply nothing when any is bad).
 * The CLI's parsing is driven in-process through {@link EntryOptions}, the code `add` and `edit` run,
 * because a full CLI run opens the vault (one Argon2 run) each time; {@link #theCliRefusesABadDate}
 * checks the same message end to end on a real vault.
 */
class DateInputProperties {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Property(tries = 10000)
    void createdOptionIsADateOrAClearErrorNamingIt(@ForAll("dateLike") String text) {
        checkOption(text, true);
    }

    @Property(tries = 10000)
    void expiresOptionIsADateOrAClearErrorNamingIt(@ForAll("dateLike") String text) {
        checkOption(text, false);
    }

    private static void checkOption(String text, boolean created) {
        EntryOptions options = new EntryOptions();
        if (created) options.created = text; else options.expires = text;
        options.notes = "must not be applied when the date is refused";
        ApiKeyEntry.Builder builder = ApiKeyEntry.builder().label("k");
        ApiKeyEntry untouched = builder.build();
        LocalDate expected = isoDate(text);
        try {
            ApiKeyEntry e = options.applyTo(builder).build();
            assertThat(expected).as("accepted '%s'", text).isNotNull();
            assertThat(created ? e.createdAt() : e.expiresAt()).isEqualTo(expected);
        } catch (InvalidInputException e) {
            assertThat(expected).as("refused a valid date '%s'", text).isNull();
            String option = created ? "--created" : "--expires";
            assertThat(e.getMessage()).startsWith(option + ": ").contains("is not a date").contains("YYYY-MM-DD");
            assertThat(e.errors()).extracting(f -> f.field()).containsExactly(option);
            assertThat(builder.build()).usingRecursiveComparison().ignoringFields("id").isEqualTo(untouched); // nothing applied
        }
    }

    @Property(tries = 10000)
    void csvDateColumnsAreDatesOrErrorsNamingLineAndColumn(@ForAll("dateLike") String text, @ForAll boolean created) {
        String cell = "\"" + text.replace("\"", "\"\"") + "\"";
        String csv = "exchange,label,api_key,secret," + (created ? "created" : "expires") + "\nbybit,Bot,AK123456,SK123456," + cell + "\n";
        CsvImport.Preview preview = CsvImport.parse(csv, CATALOG, TODAY);
        assertThat(preview.rows()).hasSize(1);
        CsvImport.Row row = preview.rows().get(0);
        LocalDate expected = text.isBlank() ? null : isoDate(text.trim()); // CsvImport trims (ASCII), the CLI strips
        boolean dateError = row.errors().stream().anyMatch(e -> e.equals("line 2, column 5 (" + (created ? "created" : "expires") + "): expected a date like 2026-12-31")); // other checks (expiry before creation) may also name the column
        if (text.isBlank() || expected != null) {
            assertThat(dateError).as("refused '%s': %s", text, row.errors()).isFalse();
        } else {
            assertThat(dateError).as("accepted '%s'", text).isTrue();
            assertThat(row.valid()).isFalse(); // an invalid row is never imported
            assertThat(row.entry()).isEmpty();
        }
    }

    /** End to end on a real vault (a few cases: each CLI run opens the vault). */
    @Property(tries = 5)
    void theCliRefusesABadDate(@ForAll("badDate") String text) throws Exception {
        Path dir = Files.createTempDirectory("date-props");
        CliRunner cli = new CliRunner(dir.resolve("v.apikeep")).init();
        String id = cli.add("AK123456\nSK123456\n", "--exchange", "bybit", "--label", "Bot");
        CliRunner.Result r = cli.run(CliRunner.stdin(), "edit", id, "--created", text, "--notes", "changed");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--created").contains("is not a date");
        CliRunner.Result shown = cli.run(CliRunner.stdin(), "show", id);
        assertThat(shown.out()).doesNotContain("changed");
    }

    /** Valid dates, near misses, other formats, and random text. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> plausible = Arbitraries.integers().between(-1, 10000).flatMap(y ->
                Arbitraries.integers().between(0, 13).flatMap(m ->
                        Arbitraries.integers().between(0, 32).map(d -> String.format("%04d-%02d-%02d", y, m, d))));
        return Arbitraries.oneOf(
                plausible,
                plausible.map(s -> " " + s + "\t"),
                Arbitraries.of("2026-02-29", "2024-02-29", "2026-1-1", "26-01-01", "2026/01/01", "01.02.2026", "+2026-01-01",
                        "+12026-01-01", "-0001-01-01", "2026-01-01T00:00", "2026-01-01Z", "２０２６-01-01", "", " ", "today"),
                Arbitraries.strings().withChars("0123456789-+/ T:").ofMaxLength(14),
                Arbitraries.strings().ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> badDate() {
        return Arbitraries.of("2026-02-30", "2026-13-01", "yesterday", "2026/01/01", "26-1-1");
    }

    /** The oracle: what ISO-8601 (LocalDate.parse, after stripping) accepts. */
    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
