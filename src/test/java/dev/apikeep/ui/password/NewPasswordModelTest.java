package dev.apikeep.ui.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The meter and match check that Create, Change password and Export share. */
class NewPasswordModelTest {
    final NewPasswordModel model = new NewPasswordModel();

    @Test
    void readyNeedsTwoEqualNonEmptyPasswords() {
        assertThat(model.readyProperty().get()).isFalse();
        model.passwordsChanged("tulip-ankle-oxide-mercy", "");
        assertThat(model.readyProperty().get()).isFalse();
        model.passwordsChanged("tulip-ankle-oxide-mercy", "tulip-ankle-oxide-merc");
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.matchTextProperty().get()).isEqualTo("The passwords differ");
        model.passwordsChanged("tulip-ankle-oxide-mercy", "tulip-ankle-oxide-mercy");
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.matchTextProperty().get()).isEqualTo("The passwords match");
    }

    @Test
    void aPasswordShorterThanEightCharactersIsNotReadyAndTheMeterSaysWhy() {
        model.passwordsChanged("Xq7#pLm", "Xq7#pLm");
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.strengthTextProperty().get()).isEqualTo(
                "Too weak to use: too short: 7 characters, at least 8 are needed (four or more random words are better)");
        model.passwordsChanged("Xq7#pLm2", "Xq7#pLm2");
        assertThat(model.readyProperty().get()).isTrue();
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
        assertThat(NewPasswordModel.describe(1, "")).isEqualTo("Weak: add more words or characters");
        assertThat(NewPasswordModel.describe(2, "This is a very common password")).isEqualTo("Fair: This is a very common password");
        assertThat(NewPasswordModel.describe(4, null)).isEqualTo("Very strong");
    }
}
