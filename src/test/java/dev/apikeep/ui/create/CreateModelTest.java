package dev.apikeep.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.KdfSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CreateModelTest {
    final CreateModel model = new CreateModel(Path.of("/tmp/v/vault.apikeep"), KdfSettings.DEFAULT);

    @Test
    void createNeedsTwoEqualNonEmptyPasswords() {
        assertThat(model.canCreate()).isFalse();
        model.passwordsChanged("tulip-ankle-oxide-mercy", "");
        assertThat(model.canCreate()).isFalse();
        model.passwordsChanged("tulip-ankle-oxide-mercy", "tulip-ankle-oxide-merc");
        assertThat(model.canCreate()).isFalse();
        assertThat(model.matchTextProperty().get()).isEqualTo("The passwords differ");
        model.passwordsChanged("tulip-ankle-oxide-mercy", "tulip-ankle-oxide-mercy");
        assertThat(model.canCreate()).isTrue();
        assertThat(model.matchTextProperty().get()).isEqualTo("The passwords match");
        model.busyProperty().set(true);
        assertThat(model.canCreate()).isFalse();
    }

    @Test
    void aPasswordShorterThanEightCharactersCannotCreateAndTheMeterSaysWhy() {
        model.passwordsChanged("Xq7#pLm", "Xq7#pLm");
        assertThat(model.canCreate()).isFalse();
        assertThat(model.strengthTextProperty().get()).isEqualTo(
                "Too weak to use: too short: 7 characters, at least 8 are needed (four or more random words are better)");
        model.passwordsChanged("Xq7#pLm2", "Xq7#pLm2");
        assertThat(model.canCreate()).isTrue();
    }

    @Test
    void strengthMeterNamesWeakAndStrongPasswords() {
        model.passwordsChanged("password", "");
        assertThat(model.scoreProperty().get()).isLessThanOrEqualTo(1);
        assertThat(model.strengthTextProperty().get()).startsWith("Very weak");
        model.passwordsChanged("tulip ankle oxide mercy 1987 lantern", "");
        assertThat(model.scoreProperty().get()).isGreaterThanOrEqualTo(3);
        assertThat(model.strengthTextProperty().get()).startsWith("Very strong");
        model.passwordsChanged("", "");
        assertThat(model.strengthTextProperty().get()).isEmpty();
        assertThat(model.strengthProperty().get()).isZero();
    }

    @Test
    void describeAddsAdviceForWeakPasswords() {
        assertThat(CreateModel.describe(1, "")).isEqualTo("Weak: add more words or characters");
        assertThat(CreateModel.describe(2, "This is a very common password")).isEqualTo("Fair: This is a very common password");
        assertThat(CreateModel.describe(4, null)).isEqualTo("Very strong");
    }

    @Test
    void kdfBelowTheMinimumBlocksCreate() {
        model.passwordsChanged("tulip-ankle-oxide-mercy", "tulip-ankle-oxide-mercy");
        model.kdfIterationsProperty().set(1);
        assertThat(model.kdfProblemProperty().get()).contains("iterations");
        assertThat(model.canCreate()).isFalse();
        model.kdfIterationsProperty().set(3);
        assertThat(model.canCreate()).isTrue();
        assertThat(model.kdf()).isEqualTo(KdfSettings.DEFAULT);
    }
}
