package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ExchangeCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Malformed CSV import: random and mutated spreadsheet text goes through the import use case the
 * command line and the desktop share ({@link Importing#importCsv}: read, check every row, merge)
 * into one real vault. Either it is refused with a clear message (every row error naming its line,
 * the summary naming lines, a column, the header or the encoding) and the vault is exactly as it
 * was, or it is imported and the vault changed by exactly what was reported (the import is logged,
 * the added keys are there). The check on "unchanged" can fail: the same vault does change whenever
 * an import is accepted, which a third of the cases are.
 */
class CsvImportProperties {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final String HEADER = "exchange,label,account,api_key,secret,passphrase,permissions,ip_whitelist,created,expires,notes,key_type";

    static Path dir;
    static KeyService service;
    static int accepted;

    @BeforeContainer
    static void vault() throws IOException {
        dir = Files.createTempDirectory("csv-props");
        service = KeyService.create(dir.resolve("vault.apikeep"), "csv props password".toCharArray(),
                KdfParams.ofMebibytes(19, 2, 1), CATALOG, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterContainer
    static void close() throws IOException {
        service.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(accepted).as("some imports were accepted, so the vault did change under this property").isPositive();
    }

    /** What a write would change: the number of keys, the newest event of the activity log. */
    record Snapshot(int entries, long lastEvent) {
        static Snapshot of(KeyService service) {
            return new Snapshot(service.list(true).size(),
                    service.events(1).stream().mapToLong(dev.apikeep.domain.ActivityEvent::seq).max().orElse(0));
        }
    }

    @Property(tries = 500)
    void anyCsvIsImportedAsReportedOrRefusedClearlyWithTheVaultUnchanged(@ForAll("csvFile") byte[] content) {
        Snapshot before = Snapshot.of(service);
        List<String> rowErrors = new ArrayList<>();
        ImportResult result;
        try {
            result = new Importing(service).importCsv(content, false, "csv property", rowErrors::add);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).matches("(?s)(line \\d+: .*|.*(column|header|rows are invalid|UTF-8).*)");
            assertThat(rowErrors).allSatisfy(error -> assertThat(error).matches("(?s)line \\d+(, column \\d+ \\(\\w+\\)|, \\w+)?: .*"));
            assertThat(Snapshot.of(service)).as("a refused import writes nothing").isEqualTo(before);
            return;
        }
        accepted++;
        assertThat(rowErrors).isEmpty();
        Snapshot after = Snapshot.of(service);
        assertThat(after.lastEvent()).as("an accepted import is logged").isGreaterThan(before.lastEvent());
        assertThat(after.entries()).isEqualTo(before.entries() + result.added().size());
        assertThat(result.updated()).as("a CSV never overwrites a key").isEmpty();
    }

    @Provide
    Arbitrary<byte[]> csvFile() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, csvText().map(text -> text.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(120)));
    }

    Arbitrary<String> csvText() {
        return Arbitraries.frequencyOf(
                Tuple(5, mutated(validCsv())),
                Tuple(3, validCsv()),
                Tuple(1, Arbitraries.strings().ofMaxLength(200)),
                Tuple(1, Combinators.combine(header(), Arbitraries.strings().withChars(",;\"\r\n ab1-:./|").ofMaxLength(120))
                        .as((h, body) -> h + "\n" + body)));
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends String>> Tuple(int weight, Arbitrary<String> a) {
        return net.jqwik.api.Tuple.of(weight, a);
    }

    /** Headers: the full one, a shuffled subset, unknown or doubled names, another delimiter, a BOM. */
    Arbitrary<String> header() {
        Arbitrary<List<String>> subset = Arbitraries.of(HEADER.split(",")).list().ofMinSize(1).ofMaxSize(13);
        return Arbitraries.oneOf(
                Arbitraries.just(HEADER),
                Arbitraries.just("\uFEFF" + HEADER.replace(',', ';')),
                Arbitraries.just(HEADER.toUpperCase()),
                subset.map(l -> String.join(",", l)),
                Arbitraries.just(HEADER + ",colour"));
    }

    Arbitrary<String> field() {
        return Arbitraries.oneOf(
                Arbitraries.of("bybit", "binance", "okx", "kraken", "coinbase", "custom", "nope", "", " Bybit "),
                Arbitraries.of("2026-01-02", "2026-02-30", "26-1-2", "2026-13-01", "+2026-01-01", "2026-1-1", "yesterday", ""),
                Arbitraries.of("1.2.3.4", "10.0.0.0/8|::1", "999.1.1.1", "1.2.3.4/33", "fe80::1%eth0", "a|b"),
                Arbitraries.of("read", "read|spot-trade", "withdraw,trade", "hmac", "rsa", "ed25519", "bogus"),
                Arbitraries.of("\"quoted, field\"", "\"a \"\"b\"\" c\"", "\"multi\nline\"", "\"never closed", "x\"y", "\"a\"b"),
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40));
    }

    Arbitrary<String> row() {
        return field().list().ofMinSize(1).ofMaxSize(14).map(fields -> String.join(",", fields));
    }

    Arbitrary<String> validRow() {
        return Combinators.combine(Arbitraries.of("bybit", "binance", "kraken", "custom"),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.strings().alpha().numeric().ofMinLength(8).ofMaxLength(40),
                        Arbitraries.integers().between(1, 28))
                .as((ex, label, key, day) -> ex + ",Bot " + label + ",," + key + ",S" + key + ",,,,2026-01-" + String.format("%02d", day) + ",,note " + label + ",");
    }

    Arbitrary<String> validCsv() {
        return Combinators.combine(header(), Arbitraries.oneOf(validRow(), row()).list().ofMaxSize(6),
                        Arbitraries.of("\n", "\r\n"))
                .as((h, rows, nl) -> h + nl + String.join(nl, rows) + (rows.isEmpty() ? "" : nl));
    }

    /** Byte-level damage: cut, insert, delete or replace characters, favouring CSV's syntax characters. */
    Arbitrary<String> mutated(Arbitrary<String> base) {
        Arbitrary<Character> syntax = Arbitraries.of('"', ',', ';', '\n', '\r', ' ', '\uFEFF', '\0', 'é', '\uD83D', '|', '-');
        return Combinators.combine(base, Arbitraries.integers().between(1, 4), Arbitraries.randomValue(r -> r))
                .as((text, edits, random) -> {
                    StringBuilder sb = new StringBuilder(text);
                    for (int i = 0; i < edits; i++) {
                        int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
                        char c = random.nextInt(3) == 0 ? (char) random.nextInt(0x3000) : syntax.sample();
                        switch (random.nextInt(4)) {
                            case 0 -> sb.setLength(at);
                            case 1 -> sb.insert(at, c);
                            case 2 -> { if (at < sb.length()) sb.deleteCharAt(at); }
                            default -> { if (at < sb.length()) sb.setCharAt(at, c); }
                        }
                    }
                    return sb.toString();
                });
    }
}
