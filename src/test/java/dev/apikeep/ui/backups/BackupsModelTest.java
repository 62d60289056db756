package dev.apikeep.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.BackupService;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupsModelTest {
    static BackupService.Backup backup(String name, String instant, long size, String reason) {
        return new BackupService.Backup(Path.of("/v/" + name), Instant.parse(instant), size, reason);
    }

    @Test
    void rowsShowLocalTimeSizeAndWhyTheBackupWasMade() {
        BackupsModel model = new BackupsModel(ZoneOffset.ofHours(1));
        model.setBackups(List.of(
                backup("vault.apikeep.backup-20261126T103000Z-2.before-restore", "2026-11-26T10:30:00Z", 40960, "before-restore"),
                backup("vault.apikeep.backup-20261120T080000Z", "2026-11-20T08:00:00Z", 900, ""),
                backup("vault.apikeep.backup-20261101T000000Z.before-migration", "2026-11-01T00:00:00Z", 3_500_000, "before-migration")));
        assertThat(model.rows()).extracting(BackupsModel.Row::when)
                .containsExactly("2026-11-26 11:30", "2026-11-20 09:00", "2026-11-01 01:00");
        assertThat(model.rows()).extracting(BackupsModel.Row::size).containsExactly("40.0 KB", "900 B", "3.3 MB");
        assertThat(model.rows()).extracting(BackupsModel.Row::kind)
                .containsExactly("the vault before a restore", "scheduled or manual", "before a format upgrade");
        assertThat(model.countText(10, 7)).isEqualTo(
                "3 backups beside the vault; the newest 10 are kept. A backup is made every 7 days when you unlock.");
        assertThat(model.countText(10, 0)).endsWith("Automatic backups are off.");
    }

    @Test
    void restoreNeedsASelectionAndBackUpNowNeedsTheVaultOpen() {
        BackupsModel model = new BackupsModel(ZoneOffset.UTC);
        model.setBackups(List.of(backup("vault.apikeep.backup-20261120T080000Z", "2026-11-20T08:00:00Z", 900, "")));
        assertThat(model.canRestore().get()).isFalse();
        assertThat(model.canBackUp().get()).isFalse();
        model.vaultOpenProperty().set(true);
        assertThat(model.canBackUp().get()).isTrue();
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.canRestore().get()).isTrue();
        model.busyProperty().set(true);
        assertThat(model.canRestore().get()).isFalse();
        assertThat(model.canBackUp().get()).isFalse();
        // a refresh that no longer lists the selected backup drops the selection
        model.setBackups(List.of());
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void restoreTextsSayItCanBeUndoneAndWhichPasswordToUse() {
        BackupsModel model = new BackupsModel(ZoneOffset.UTC);
        BackupsModel.Row row = model.row(backup("vault.apikeep.backup-20261120T080000Z", "2026-11-20T08:00:00Z", 900, ""));
        assertThat(BackupsModel.restoreConsequence(row)).contains("saved as a backup first").contains("2026-11-20 08:00");
        String done = BackupsModel.restoredText(new BackupService.Restored(row.backup(),
                Path.of("/v/vault.apikeep.backup-20261126T103000Z.before-restore")), ZoneOffset.UTC);
        assertThat(done).contains("2026-11-20 08:00").contains("vault.apikeep.backup-20261126T103000Z.before-restore");
    }
}
