package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import never silently loses or resurrects (issue 11 §8). "There" is the machine that exports,
 * "here" the vault that imports; both start from the same key (here imported it from there).
 */
class ImportMergeTest {
    private static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    private static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    @TempDir
    Path dir;
    KeyService there;
    KeyService here;
    ApiKeyEntry key;

    @BeforeEach
    void theSameKeyInTwoVaults() {
        there = KeyService.create(dir.resolve("there.apikeep"), "password-there".toCharArray(), FAST, CATALOG, Clock.systemUTC());
        here = KeyService.create(dir.resolve("here.apikeep"), "password-here".toCharArray(), FAST, CATALOG, Clock.systemUTC());
        key = there.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").notes("v1")
                .apiKey(SecretBytes.of("AK-merge")).secret(SecretBytes.of("SK-merge")).build());
        ExportBundle.Content first = bundle();
        assertThat(new Importing(here).merge(first.entries(), first.events(), "bundle").added()).hasSize(1);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        there.close();
        here.close();
    }

    /** What {@code apikeep export} puts in a bundle, sealed and opened again. */
    private ExportBundle.Content bundle() {
        byte[] sealed = ExportBundle.seal(new ExportBundle.Content(there.list(true), there.events(0)), "bundle-pw".toCharArray(), FAST);
        return ExportBundle.open(sealed, "bundle-pw".toCharArray());
    }

    private ApiKeyEntry hereNow() {
        return here.find(key.id()).orElseThrow();
    }

    private ImportResult importInto(ExportBundle.Content bundle) {
        return new Importing(here).merge(bundle.entries(), bundle.events(), "bundle");
    }

    @Test
    void theSameBundleAgainIsUnchanged() {
        ImportResult again = importInto(bundle());
        assertThat(again.unchanged()).hasSize(1);
        assertThat(again.summary()).isEqualTo("0 added, 0 updated, 1 unchanged, 0 conflicts");
    }

    @Test
    void aNewerCopyFromThereUpdatesWhenHereDidNotChangeSince() {
        there.edit(there.find(key.id()).orElseThrow().toBuilder().notes("v2 there").build());
        ImportResult result = importInto(bundle());
        assertThat(result.updated()).hasSize(1);
        assertThat(hereNow().notes()).isEqualTo("v2 there");
    }

    @Test
    void aChangeHereAfterTheBundleWasMadeIsAConflictAndHereIsKept() {
        there.edit(there.find(key.id()).orElseThrow().toBuilder().notes("v2 there").build());
        ExportBundle.Content bundle = bundle();
        here.edit(hereNow().toBuilder().notes("v2 here").build());
        ImportResult result = importInto(bundle);
        assertThat(result.conflicts()).singleElement().asString().startsWith("Grid bot (").contains("changed in this vault since the bundle was made");
        assertThat(result.summary()).isEqualTo("0 added, 0 updated, 0 unchanged, 1 conflicts");
        assertThat(hereNow().notes()).isEqualTo("v2 here");
    }

    @Test
    void anOlderCopyFromThereIsAConflictNotAnUpdate() {
        ExportBundle.Content old = bundle();
        here.edit(hereNow().toBuilder().notes("newer here").build());
        assertThat(importInto(old).conflicts()).hasSize(1);
        assertThat(hereNow().notes()).isEqualTo("newer here");
    }

    @Test
    void aKeyRevokedHereNeverBecomesActiveThroughAnImport() {
        here.revoke(hereNow());
        there.edit(there.find(key.id()).orElseThrow().toBuilder().notes("still active there, edited later").build());
        ImportResult result = importInto(bundle());
        assertThat(result.conflicts()).singleElement().asString().contains("revoked in this vault");
        assertThat(hereNow().status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void aKeyDeletedHereIsNotBroughtBack() {
        here.delete(hereNow());
        ImportResult result = importInto(bundle());
        assertThat(result.added()).isEmpty();
        assertThat(result.conflicts()).singleElement().asString().contains("deleted in this vault");
        assertThat(here.find(key.id())).isEmpty();
    }

    @Test
    void thePreviewSaysWhatTheImportWillDoAndWritesNothing() {
        ApiKeyEntry extra = there.add(ApiKeyEntry.builder().exchangeId("okx").label("New one")
                .apiKey(SecretBytes.of("AK-2")).secret(SecretBytes.of("SK-2")).passphrase(SecretBytes.of("PP-2")).build());
        here.edit(hereNow().toBuilder().notes("mine").build());
        ExportBundle.Content bundle = bundle();
        int events = here.events(0).size();
        ImportResult preview = new Importing(here).preview(bundle.entries(), bundle.events());
        assertThat(preview.outcomes().get(extra.id()).kind()).isEqualTo(ImportResult.Outcome.Kind.ADDED);
        assertThat(preview.outcomes().get(key.id()).shown()).startsWith("conflict: ");
        assertThat(here.events(0)).hasSize(events);
        assertThat(here.find(extra.id())).isEmpty();
        assertThat(List.of(preview.summary())).containsExactly("1 added, 0 updated, 0 unchanged, 1 conflicts");
    }
}
