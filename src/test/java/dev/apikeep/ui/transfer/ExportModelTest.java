package dev.apikeep.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.app.ExportBundle;
import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.app.AppException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportModelTest {
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    @TempDir Path dir;

    @Test
    void exportNeedsTheMasterPasswordAReadyBundlePasswordAndATarget() {
        ExportModel model = new ExportModel();
        assertThat(model.canExport().get()).isFalse();
        model.masterEnteredProperty().set(true);
        model.passwordReadyProperty().set(true);
        assertThat(model.canExport().get()).as("no target yet").isFalse();
        model.targetProperty().set(dir.resolve("out.apikeep-bundle"));
        assertThat(model.canExport().get()).isTrue();
        model.passwordReadyProperty().set(false);
        assertThat(model.canExport().get()).as("bundle passwords differ or too short").isFalse();
        model.passwordReadyProperty().set(true);
        model.started();
        assertThat(model.canExport().get()).as("while exporting").isFalse();
    }

    @Test
    void exportWritesAPrivateBundleThatOpensAndLogsExport() throws Exception {
        Path target = dir.resolve("out.apikeep-bundle");
        try (KeyService service = KeyService.create(dir.resolve("v.apikeep"), "master".toCharArray(), FAST,
                ExchangeCatalog.loadDefault(), Clock.systemUTC())) {
            service.add(ApiKeyEntry.builder().exchangeId("binance").label("Tracker").permissions(List.of("reading"))
                    .apiKey(SecretBytes.of("AKtracker0001")).secret(SecretBytes.of("SKtracker")).build());
            char[] master = "master".toCharArray();
            char[] bundle = "bundle pw".toCharArray();
            assertThat(ExportModel.export(service, master, bundle, target)).isEqualTo(1);
            assertThat(new String(master)).isEqualTo("\0\0\0\0\0\0");
            assertThat(service.events(0)).extracting(ActivityEvent::type).endsWith(EventType.EXPORT);

            assertThatThrownBy(() -> ExportModel.export(service, "wrong".toCharArray(), "x".toCharArray(), dir.resolve("no")))
                    .isInstanceOf(AppException.class)
                    .satisfies(e -> assertThat(((AppException) e).kind()).isEqualTo(AppException.Kind.WRONG_PASSWORD));
            assertThat(dir.resolve("no")).doesNotExist();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        ExportBundle.Content content = ExportBundle.open(Files.readAllBytes(target), "bundle pw".toCharArray());
        assertThat(content.entries()).extracting(ApiKeyEntry::label).containsExactly("Tracker");
    }
}
