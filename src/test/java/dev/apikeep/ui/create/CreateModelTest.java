package dev.apikeep.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KdfSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CreateModelTest {
    final CreateModel model = new CreateModel(Path.of("/tmp/v/vault.apikeep"), KdfSettings.DEFAULT);

    @Test
    void createNeedsAReadyPasswordAndNothingRunning() {
        assertThat(model.canCreate()).isFalse();
        model.passwordReadyProperty().set(true);
        assertThat(model.canCreate()).isTrue();
        model.busyProperty().set(true);
        assertThat(model.canCreate()).isFalse();
    }

    @Test
    void kdfBelowTheMinimumBlocksCreate() {
        model.passwordReadyProperty().set(true);
        model.kdfIterationsProperty().set(1);
        assertThat(model.kdfProblemProperty().get()).contains("iterations");
        assertThat(model.canCreate()).isFalse();
        model.kdfIterationsProperty().set(3);
        assertThat(model.canCreate()).isTrue();
        assertThat(model.kdf()).isEqualTo(KdfSettings.DEFAULT);
    }
}
