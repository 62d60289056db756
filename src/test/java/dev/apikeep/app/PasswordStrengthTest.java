package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {
    @Test
    void nothingTypedHasNoLevel() {
        assertThat(PasswordStrength.of("").level()).isEqualTo(PasswordStrength.Level.NONE);
    }

    @Test
    void aShortPasswordIsWeakWhateverItsScore() {
        PasswordStrength measured = PasswordStrength.of("Xq7#pL2");
        assertThat(measured.tooShort()).contains("at least 8");
        assertThat(measured.level()).isEqualTo(PasswordStrength.Level.WEAK);
    }

    @Test
    void aCommonPasswordIsWeakAndSaysWhy() {
        PasswordStrength measured = PasswordStrength.of("password1");
        assertThat(measured.level()).isEqualTo(PasswordStrength.Level.WEAK);
        assertThat(measured.warning()).isNotBlank();
    }

    @Test
    void fourRandomWordsAreStrong() {
        assertThat(PasswordStrength.of("correct horse battery staple kettle").level()).isEqualTo(PasswordStrength.Level.STRONG);
    }
}
