package dev.apikeep.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.Settings;
import dev.apikeep.app.KdfSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingsModelTest {
    static final long GIB = 1024L * 1024 * 1024;

    SettingsModel model() {
        return new SettingsModel(Settings.DEFAULTS, KdfSettings.DEFAULT, 4 * GIB);
    }

    @Test
    void settingsAreClampedToTheSafeRanges() {
        SettingsModel m = model();
        m.clipboardSecondsProperty().set(1);
        m.autoLockMinutesProperty().set(10_000);
        m.reminderLeadDaysProperty().set(0);
        m.backupEveryDaysProperty().set(-1);
        m.backupsToKeepProperty().set(0);
        Settings s = m.settings();
        assertThat(s.clipboardClearSeconds()).isEqualTo(5);
        assertThat(s.autoLockMinutes()).isEqualTo(240);
        assertThat(s.reminderLeadDays()).isEqualTo(1);
        assertThat(s.backupEveryDays()).isZero();
        assertThat(s.backupsToKeep()).isEqualTo(1);
    }

    @Test
    void kdfBelowTheFloorsOrAboveTheCeilingsIsFlagged() {
        SettingsModel m = model();
        assertThat(m.kdfProblemProperty().get()).isNull();
        assertThat(m.kdfChangedProperty().get()).isFalse();
        m.kdfMemoryMiBProperty().set(18);
        assertThat(m.kdfProblemProperty().get()).contains("19 MiB");
        m.kdfMemoryMiBProperty().set(19);
        assertThat(m.kdfProblemProperty().get()).isNull();
        m.kdfIterationsProperty().set(1);
        assertThat(m.kdfProblemProperty().get()).contains("iterations below the minimum of 2");
        m.kdfIterationsProperty().set(65);
        assertThat(m.kdfProblemProperty().get()).contains("maximum of 64");
        m.kdfIterationsProperty().set(3);
        m.kdfParallelismProperty().set(17);
        assertThat(m.kdfProblemProperty().get()).contains("parallelism");
        m.kdfParallelismProperty().set(4);
        m.kdfMemoryMiBProperty().set(4096);
        assertThat(m.kdfProblemProperty().get()).contains("2 GiB");
        assertThat(m.kdfChangedProperty().get()).isTrue();
        m.kdfMemoryMiBProperty().set(64);
        assertThat(m.kdfChangedProperty().get()).isFalse();
    }

    @Test
    void kdfNeedingMoreMemoryThanThisJvmHasIsFlagged() {
        SettingsModel small = new SettingsModel(Settings.DEFAULTS, KdfSettings.DEFAULT, 256L * 1024 * 1024);
        small.kdfMemoryMiBProperty().set(1024);
        assertThat(small.kdfProblemProperty().get()).contains("at most 256 MiB").contains("impossible to open");
        small.kdfMemoryMiBProperty().set(128);
        assertThat(small.kdfProblemProperty().get()).isNull();
    }

    @Test
    void measureTextIsRoundedForPeople() {
        assertThat(SettingsModel.measureText(Duration.ofMillis(560))).isEqualTo("Unlock will take about 0.6 s");
        assertThat(SettingsModel.measureText(Duration.ofMillis(1240))).isEqualTo("Unlock will take about 1.2 s");
        assertThat(SettingsModel.measureText(Duration.ofMillis(40))).startsWith("Unlock will take 0.1 s or less").contains("fast");
        assertThat(SettingsModel.measureText(Duration.ofMillis(12_600))).startsWith("Unlock will take about 13 s").contains("slow");
    }

    @Test
    void aMeasurementIsForgottenWhenTheParametersChange() {
        SettingsModel m = model();
        m.measureTextProperty().set("Unlock will take about 0.6 s");
        m.kdfIterationsProperty().set(4);
        assertThat(m.measureTextProperty().get()).isEmpty();
    }

    @Test
    void measureDerivesWithTheGivenParameters() {
        assertThat(SettingsModel.measure(KdfSettings.ofMebibytes(19, 2, 1))).isPositive();
    }

    @Test
    void changedNamesEachSettingThatDiffers() {
        Settings a = Settings.DEFAULTS;
        assertThat(SettingsModel.changed(a, a)).isEmpty();
        assertThat(SettingsModel.changed(a, a.withAutoLockMinutes(9))).containsExactly("autoLockMinutes");
        assertThat(SettingsModel.changed(a, a.withTheme(Settings.Theme.DARK).withBackupsToKeep(3).withLockOnMinimise(true)))
                .containsExactly("lockOnMinimise", "theme", "backupsToKeep");
        assertThat(SettingsModel.changed(a, a.withClipboardClearSeconds(30).withReminderLeadDays(7).withBackupEveryDays(0)))
                .containsExactly("clipboardClearSeconds", "reminderLeadDays", "backupEveryDays");
    }

    @Test
    void loadSetsEveryControl() {
        SettingsModel m = model();
        Settings s = new Settings(33, 12, true, 20, Settings.Theme.SYSTEM, 3, 5);
        m.load(s);
        assertThat(m.settings()).isEqualTo(s);
    }
}
