package dev.apikeep.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.AppException;
import dev.apikeep.app.AppException.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnlockModelTest {
    final UnlockModel model = new UnlockModel();

    @Test
    void unlockNeedsAPasswordAndNoRunningAttempt() {
        assertThat(model.canUnlock()).isFalse();
        model.passwordEnteredProperty().set(true);
        assertThat(model.canUnlock()).isTrue();
        model.started();
        assertThat(model.canUnlock()).isFalse();
        model.failed(new AppException(Kind.WRONG_PASSWORD, "x"));
        assertThat(model.canUnlock()).isTrue();
    }

    @Test
    void wrongPasswordSaysSoAndMentionsCapsLock() {
        model.failed(new AppException(Kind.WRONG_PASSWORD, "wrong master password; try again"));
        assertThat(model.problemProperty().get()).isEqualTo(UnlockModel.Problem.WRONG_PASSWORD);
        assertThat(model.messageProperty().get()).startsWith("Wrong master password").contains("Caps Lock");
        assertThat(model.rescueOfferedProperty().get()).isFalse();
    }

    @Test
    void damagedVaultOffersReadOnlyRescueAndCountsTheEntries() {
        model.failed(new AppException(Kind.DAMAGED, "x", List.of(UUID.randomUUID(), UUID.randomUUID()), null));
        assertThat(model.problemProperty().get()).isEqualTo(UnlockModel.Problem.DAMAGED);
        assertThat(model.rescueOfferedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("2 entries cannot be read").contains("read-only");
        model.started();
        assertThat(model.rescueVisible().get()).as("no rescue offered while an unlock runs").isFalse();
        assertThat(model.messageVisible().get()).as("nor the last attempt's message").isFalse();
    }

    @Test
    void damagedSetWithoutNamedEntriesStillExplains() {
        assertThat(UnlockModel.damagedText(0)).contains("missing or rolled back");
        assertThat(UnlockModel.damagedText(1)).isEqualTo("1 entry cannot be read.");
    }

    @Test
    void vaultOpenInAnotherWindowAndNotAVaultAreDistinct() {
        model.failed(new AppException(Kind.IN_USE, "x"));
        assertThat(model.problemProperty().get()).isEqualTo(UnlockModel.Problem.IN_USE);
        assertThat(model.messageProperty().get()).contains("already open in another ApiKeep window");
        model.failed(new AppException(Kind.NOT_A_VAULT, "x"));
        assertThat(model.problemProperty().get()).isEqualTo(UnlockModel.Problem.NOT_A_VAULT);
        assertThat(model.messageProperty().get()).contains("not an ApiKeep vault");
    }

    @Test
    void missingVaultNamesThePath() {
        model.vaultPathProperty().set(Path.of("/tmp/none.apikeep"));
        model.failed(new AppException(Kind.NOT_FOUND, "x"));
        assertThat(model.messageProperty().get()).contains("/tmp/none.apikeep");
    }

    @Test
    void unexpectedErrorsNeverShowAClassName() {
        model.failed(new IllegalStateException("disk went away"));
        assertThat(model.messageProperty().get()).doesNotContain("IllegalStateException").contains("disk went away");
    }
}
