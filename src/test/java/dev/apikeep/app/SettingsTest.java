package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void backupFieldsHaveDefaultsAndRoundTrip() {
        assertThat(Settings.DEFAULTS.backupEveryDays()).isEqualTo(7);
        assertThat(Settings.DEFAULTS.backupsToKeep()).isEqualTo(10);
        Settings s = Settings.DEFAULTS.withBackupEveryDays(0).withBackupsToKeep(3).withTheme(Settings.Theme.SYSTEM);
        assertThat(Settings.fromJson(s.toJson())).isEqualTo(s);
        assertThat(new String(s.toJson(), StandardCharsets.UTF_8))
                .contains("\"backupEveryDays\":0", "\"backupsToKeep\":3", "\"theme\":\"system\"");
    }

    @Test
    void valuesAreClamped() {
        Settings s = new Settings(1, 0, false, 9999, null, -4, 0);
        assertThat(s.clipboardClearSeconds()).isEqualTo(5);
        assertThat(s.autoLockMinutes()).isEqualTo(1);
        assertThat(s.reminderLeadDays()).isEqualTo(365);
        assertThat(s.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(s.backupEveryDays()).isZero();
        assertThat(s.backupsToKeep()).isEqualTo(1);
        assertThat(Settings.DEFAULTS.withBackupsToKeep(5000).backupsToKeep()).isEqualTo(100);
        assertThat(Settings.DEFAULTS.withBackupEveryDays(5000).backupEveryDays()).isEqualTo(365);
    }

    @Test
    void oldJsonWithoutBackupFieldsGetsDefaultsAndJunkGetsDefaults() {
        byte[] old = "{\"clipboardClearSeconds\":30,\"autoLockMinutes\":9,\"theme\":\"dark\"}".getBytes(StandardCharsets.UTF_8);
        Settings s = Settings.fromJson(old);
        assertThat(s.autoLockMinutes()).isEqualTo(9);
        assertThat(s.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(s.backupEveryDays()).isEqualTo(7);
        assertThat(s.backupsToKeep()).isEqualTo(10);
        assertThat(Settings.fromJson("{\"backupsToKeep\":-3}".getBytes(StandardCharsets.UTF_8)).backupsToKeep()).isEqualTo(1);
        assertThat(Settings.fromJson("not json".getBytes(StandardCharsets.UTF_8))).isEqualTo(Settings.DEFAULTS);
    }
}
