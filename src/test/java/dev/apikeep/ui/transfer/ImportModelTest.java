package dev.apikeep.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.ExportBundle;
import dev.apikeep.app.ImportResult;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportModelTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    final ImportModel model = new ImportModel(CATALOG, TODAY);

    void loadCsv(String text) {
        model.load(Path.of("keys.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPreviewRowWithASecretShiftedIntoTheCreatedColumnNamesTheColumnButNotTheValue() {
        loadCsv(TransferFixtures.HEADER + "bybit,Shifted,,AK1,SK1,,read,,sk_live_shifted_secret,,\n");
        ImportModel.PreviewRow row = model.rows().get(0);
        assertThat(row.ok()).isFalse();
        assertThat(row.status()).isEqualTo("line 2, column 9 (created): expected a date like 2026-12-31")
                .doesNotContain("sk_live_shifted_secret");
    }

    @Test
    void previewShowsEveryRowWithLine7sErrorAndNothingIsImportedUnderTheStrictChoice() {
        loadCsv(TransferFixtures.csvWithBadIpOnLine7());
        assertThat(model.kindProperty().get()).isEqualTo(ImportModel.Kind.CSV);
        assertThat(model.rows()).hasSize(7);
        ImportModel.PreviewRow bad = model.rows().stream().filter(r -> !r.ok()).findFirst().orElseThrow();
        assertThat(bad.line()).isEqualTo(7);
        assertThat(bad.exchange()).isEqualTo("Bybit");
        assertThat(bad.label()).isEqualTo("Imported 7");
        assertThat(bad.status()).startsWith("line 7, column 8 (ip_whitelist)").doesNotContain("10.0.0.300");
        assertThat(model.rows()).filteredOn(ImportModel.PreviewRow::ok).extracting(ImportModel.PreviewRow::status).containsOnly("ok");
        assertThat(model.countsText().get()).isEqualTo("7 rows: 6 valid, 1 with errors (shown in red)");

        assertThat(model.modeProperty().get()).isEqualTo(ImportModel.Mode.ALL_OR_NOTHING);
        assertThat(model.canImport().get()).isFalse();
        assertThat(model.toImport()).isEmpty();
        assertThat(model.importButtonText().get()).isEqualTo("Import");

        model.modeProperty().set(ImportModel.Mode.VALID_ROWS);
        assertThat(model.canImport().get()).isTrue();
        assertThat(model.toImport()).extracting(ApiKeyEntry::label).hasSize(6).doesNotContain("Imported 7");
        assertThat(model.importButtonText().get()).isEqualTo("Import 6 keys");
        assertThat(model.source()).isEqualTo("csv keys.csv");
    }

    @Test
    void aFullyValidFileCanBeImportedUnderEitherChoice() {
        loadCsv(TransferFixtures.HEADER + "bybit,One,,AK1xyz,SK1,,read,,,,\n");
        assertThat(model.canImport().get()).isTrue();
        assertThat(model.importButtonText().get()).isEqualTo("Import 1 key");
        model.modeProperty().set(ImportModel.Mode.VALID_ROWS);
        assertThat(model.canImport().get()).isTrue();
    }

    @Test
    void aMalformedFileGetsOneClearMessageAndNoRows() {
        loadCsv("exchange,label,secret\nbybit,x,y\n");
        assertThat(model.rows()).isEmpty();
        assertThat(model.messageProperty().get()).contains("api_key");
        assertThat(model.canImport().get()).isFalse();

        model.load(Path.of("latin1.csv"), new byte[] {'e', 'x', (byte) 0xE9, '\n'});
        assertThat(model.messageProperty().get()).contains("not UTF-8");
    }

    @Test
    void aBundleWaitsForItsPasswordThenShowsItsKeys() {
        ApiKeyEntry entry = ApiKeyEntry.builder().exchangeId("okx").label("Hedge").passphrase(SecretBytes.of("pp"))
                .apiKey(SecretBytes.of("AK")).secret(SecretBytes.of("SK")).build().withRevision(3);
        byte[] bundle = ExportBundle.seal(new ExportBundle.Content(List.of(entry), List.of()), "b".toCharArray(),
                KdfParams.ofMebibytes(19, 2, 1));
        model.load(Path.of("x.apikeep-bundle"), bundle);
        assertThat(model.kindProperty().get()).isEqualTo(ImportModel.Kind.BUNDLE);
        assertThat(model.bundleLockedProperty().get()).isTrue();
        assertThat(model.canImport().get()).isFalse();

        model.bundleOpened(ExportBundle.open(model.bundleBytes(), "b".toCharArray()), null);
        assertThat(model.bundleLockedProperty().get()).isFalse();
        assertThat(model.rows()).singleElement().satisfies(r -> {
            assertThat(r.exchange()).isEqualTo("OKX");
            assertThat(r.label()).isEqualTo("Hedge");
        });
        assertThat(model.canImport().get()).isTrue();
        assertThat(model.source()).isEqualTo("bundle x.apikeep-bundle");
    }

    @Test
    void theBundlePreviewShowsWhatTheImportWillDoWithEachKeyAndNamesTheConflicts() {
        ApiKeyEntry kept = ApiKeyEntry.builder().exchangeId("okx").label("Hedge").passphrase(SecretBytes.of("pp"))
                .apiKey(SecretBytes.of("AK")).secret(SecretBytes.of("SK")).build().withRevision(3);
        ApiKeyEntry fresh = ApiKeyEntry.builder().exchangeId("bybit").label("Fresh")
                .apiKey(SecretBytes.of("AK2")).secret(SecretBytes.of("SK2")).build().withRevision(4);
        byte[] bundle = ExportBundle.seal(new ExportBundle.Content(List.of(kept, fresh), List.of()), "b".toCharArray(),
                KdfParams.ofMebibytes(19, 2, 1));
        model.load(Path.of("x.apikeep-bundle"), bundle);
        ImportResult preview = new ImportResult(List.of("Fresh (x)"), List.of(), List.of(),
                List.of("Hedge (y): changed in this vault since the bundle was made"),
                java.util.Map.of(kept.id(), new ImportResult.Outcome(ImportResult.Outcome.Kind.CONFLICT,
                        "changed in this vault since the bundle was made"),
                        fresh.id(), new ImportResult.Outcome(ImportResult.Outcome.Kind.ADDED, null)));

        model.bundleOpened(ExportBundle.open(model.bundleBytes(), "b".toCharArray()), preview);

        assertThat(model.rows()).extracting(ImportModel.PreviewRow::label, ImportModel.PreviewRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hedge", "conflict: changed in this vault since the bundle was made"),
                org.assertj.core.groups.Tuple.tuple("Fresh", "ok"));
        assertThat(model.messageProperty().get()).isEqualTo(
                "1 conflict: this vault keeps its own copy of Hedge (y): changed in this vault since the bundle was made");
        assertThat(model.canImport().get()).isTrue(); // a conflict is not an error: the rest still imports
    }

    @Test
    void theSummaryCountsEachOutcomeAndNamesConflicts() {
        ImportResult result = new ImportResult(List.of("a (1)", "b (2)"), List.of("c (3)"), List.of(), List.of("d (4)"), java.util.Map.of());
        assertThat(ImportModel.describe(result)).isEqualTo(
                "Imported: 2 added, 1 updated, 0 unchanged, 1 conflict.\nConflicts (the vault's version was kept): d (4)");

        loadCsv(TransferFixtures.HEADER + "bybit,One,,AK1xyz,SK1,,read,,,,\n");
        List<ApiKeyEntry> going = model.toImport();
        model.started();
        assertThat(model.canImport().get()).isFalse();
        model.imported(new ImportResult(List.of("One (x)"), List.of(), List.of(), List.of(), java.util.Map.of()));
        assertThat(model.summaryProperty().get()).isEqualTo("Imported: 1 added, 0 updated, 0 unchanged, 0 conflicts.");
        assertThat(model.canImport().get()).isFalse(); // done: a second press cannot import twice
        assertThat(going.get(0).secret().isWiped()).isTrue();
    }
}
