package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyServicePasswordAndSettingsTest {
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    @TempDir Path dir;

    KeyService create() {
        return KeyService.create(dir.resolve("v.apikeep"), "old password".toCharArray(), FAST,
                ExchangeCatalog.loadDefault(), Clock.systemUTC());
    }

    KeyService open(String password) {
        return KeyService.open(dir.resolve("v.apikeep"), password.toCharArray(), Vault.Access.NORMAL,
                ExchangeCatalog.loadDefault(), Clock.systemUTC());
    }

    @Test
    void changePasswordChecksTheCurrentOne() {
        try (KeyService service = create()) {
            assertThatThrownBy(() -> service.changePassword("wrong".toCharArray(), "new one".toCharArray(), KdfSettings.ofMebibytes(19, 2, 1)))
                    .isInstanceOf(AppException.class)
                    .extracting(e -> ((AppException) e).kind()).isEqualTo(AppException.Kind.WRONG_PASSWORD);
            assertThat(service.events(0)).extracting(ActivityEvent::type).doesNotContain(EventType.PASSWORD_CHANGED);
        }
        try (KeyService service = open("old password")) {
            service.changePassword("old password".toCharArray(), "new one".toCharArray(), KdfSettings.ofMebibytes(20, 3, 1));
            assertThat(service.kdf()).isEqualTo(KdfSettings.ofMebibytes(20, 3, 1));
        }
        assertThatThrownBy(() -> open("old password")).isInstanceOf(AppException.class);
        try (KeyService service = open("new one")) {
            assertThat(service.events(0)).extracting(ActivityEvent::type).contains(EventType.PASSWORD_CHANGED);
        }
    }

    @Test
    void savingSettingsLogsWhichChangedInTheSameWrite() {
        try (KeyService service = create()) {
            Settings s = Settings.DEFAULTS.withAutoLockMinutes(9).withBackupsToKeep(4);
            service.saveSettings(s, List.of("autoLockMinutes", "backupsToKeep"));
            ActivityEvent last = service.events(1).get(0);
            assertThat(last.type()).isEqualTo(EventType.SETTINGS_CHANGED);
            assertThat(last.detail()).isEqualTo("autoLockMinutes, backupsToKeep");
        }
        try (KeyService service = open("old password")) {
            assertThat(service.settings().autoLockMinutes()).isEqualTo(9);
            assertThat(service.settings().backupsToKeep()).isEqualTo(4);
        }
    }
}
