package dev.apikeep.app.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KitTokenTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aTokenIsThePrefixFiftyTwoBase32CharactersAndAChecksumAndParsesBackToTheSameBytes() {
        try (KitToken token = KitToken.generate(RANDOM)) {
            char[] text = token.toText();
            assertThat(new String(text)).matches("akkit_[a-z2-7]{59}");
            try (KitToken parsed = KitToken.parse(("  " + new String(text) + "\n").toCharArray())) {
                assertThat(parsed.secret()).isEqualTo(token.secret());
            }
        }
    }

    @Test
    void aTruncatedMistypedOrForeignTokenIsAWrongTokenWithoutEchoingIt() {
        try (KitToken token = KitToken.generate(RANDOM)) {
            String text = new String(token.toText());
            char changed = text.charAt(30) == 'a' ? 'b' : 'a';
            for (String bad : new String[] {text.substring(0, text.length() - 1), text.substring(0, 40), "",
                    text.substring(0, 30) + changed + text.substring(31), text.toUpperCase(), "ghp_" + text.substring(4),
                    text + "a"}) {
                assertThatThrownBy(() -> KitToken.parse(bad.toCharArray()))
                        .isInstanceOfSatisfying(KitException.class, e -> {
                            assertThat(e.kitKind()).isEqualTo(KitException.KitKind.WRONG_TOKEN);
                            assertThat(e.getMessage()).contains("akkit_").doesNotContain(text.substring(6, 20));
                        });
            }
        }
    }

    @Test
    void closingWipesTheBytesAndToStringNeverShowsThem() {
        KitToken token = KitToken.generate(RANDOM);
        assertThat(token.toString()).isEqualTo("KitToken[***]");
        token.close();
        assertThat(token.secret()).isEqualTo(new byte[32]);
        assertThat(Arrays.equals(token.secret(), new byte[32])).isTrue();
    }
}
