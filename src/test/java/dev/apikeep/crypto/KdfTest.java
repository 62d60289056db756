package dev.apikeep.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KdfTest {
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    /** RFC 9106 section 5.3: the Argon2id test vector, including secret and associated data. */
    @Test
    void argon2idMatchesRfc9106TestVector() {
        byte[] tag = Kdf.argon2id(filled(32, 0x01), filled(16, 0x02), new KdfParams(32, 3, 4),
                filled(8, 0x03), filled(12, 0x04), 32);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void passwordCharsDeriveTheSameKeyAsTheirUtf8Bytes() {
        byte[] salt = filled(16, 0x07);
        String password = "pässwörd 🚀";
        byte[] fromChars = Kdf.derive(password.toCharArray(), salt, FAST);
        byte[] fromBytes = Kdf.derive(password.getBytes(StandardCharsets.UTF_8), salt, FAST);
        assertThat(fromChars).hasSize(Kdf.KEY_LENGTH).isEqualTo(fromBytes);
    }

    @Test
    void differentPasswordSaltOrParamsGiveDifferentKeys() {
        byte[] salt = filled(16, 0x07);
        byte[] base = Kdf.derive("correct horse".toCharArray(), salt, FAST);
        assertThat(Kdf.derive("correct horse".toCharArray(), salt, FAST)).isEqualTo(base);
        assertThat(Kdf.derive("correct horsf".toCharArray(), salt, FAST)).isNotEqualTo(base);
        assertThat(Kdf.derive("correct horse".toCharArray(), filled(16, 0x08), FAST)).isNotEqualTo(base);
        assertThat(Kdf.derive("correct horse".toCharArray(), salt, KdfParams.ofMebibytes(19, 3, 1)))
                .isNotEqualTo(base);
    }

    @Test
    void defaultsAreRfc9106SecondRecommendation() {
        assertThat(KdfParams.DEFAULT).isEqualTo(new KdfParams(64 * 1024, 3, 4));
        assertThat(KdfParams.DEFAULT.withinBounds()).isTrue();
    }

    @Test
    void floorsAreTheOwaspMinimum() {
        assertThat(KdfParams.ofMebibytes(19, 2, 1).problem()).isNull();
        assertThat(new KdfParams(19 * 1024 - 1, 2, 1).problem()).contains("memory below");
        assertThat(KdfParams.ofMebibytes(19, 1, 1).problem()).contains("iterations below");
        assertThat(KdfParams.ofMebibytes(64, 0, 4).problem()).contains("iterations below");
        assertThat(KdfParams.ofMebibytes(64, 3, 0).problem()).contains("parallelism");
        assertThat(new KdfParams(0, 0, 0).withinBounds()).isFalse();
        assertThat(new KdfParams(-1, 3, 4).withinBounds()).isFalse();
    }

    @Test
    void ceilingsStopAHeaderFromAskingForEndlessWork() {
        assertThat(new KdfParams(2 * 1024 * 1024, 64, 16).problem()).isNull();
        assertThat(new KdfParams(2 * 1024 * 1024 + 1, 3, 4).problem()).contains("memory above");
        assertThat(KdfParams.ofMebibytes(64, 65, 4).problem()).contains("iterations above");
        assertThat(KdfParams.ofMebibytes(64, 3, 17).problem()).contains("parallelism");
        assertThat(new KdfParams(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE).withinBounds()).isFalse();
    }
}
