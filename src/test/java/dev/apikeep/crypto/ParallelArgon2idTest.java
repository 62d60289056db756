package dev.apikeep.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our parallel Argon2id against RFC 9106's test vector and against BouncyCastle. */
class ParallelArgon2idTest {

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    /** RFC 9106 section 5.3: Argon2id, m = 32 KiB, t = 3, p = 4, 32-byte tag. */
    @Test
    void matchesRfc9106TestVector() {
        byte[] tag = ParallelArgon2id.hash(filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4), 32, 3, 4, 32);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void bothKdfEnginesMatchTheRfcVector() {
        KdfParams params = new KdfParams(32, 3, 4);
        for (Kdf.Engine engine : Kdf.Engine.values()) {
            byte[] tag = Kdf.argon2id(filled(32, 1), filled(16, 2), params, filled(8, 3), filled(12, 4), 32, engine);
            assertThat(HexFormat.of().formatHex(tag)).as(engine.name())
                    .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
        }
    }

    /** (m KiB, t, p, tag length): p = 1 and p = 4, m not a multiple of 4p, tags shorter and longer than 64 bytes. */
    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(8, 1, 1, 32),
                Arguments.of(64, 2, 1, 32),
                Arguments.of(37, 3, 1, 16),
                Arguments.of(32, 1, 4, 32),
                Arguments.of(100, 3, 4, 32),
                Arguments.of(131, 2, 4, 64),
                Arguments.of(250, 2, 3, 100),
                Arguments.of(513, 4, 4, 32),
                Arguments.of(300, 1, 7, 4),
                Arguments.of(1024, 3, 2, 129),
                Arguments.of(2048, 2, 16, 32));
    }

    @ParameterizedTest(name = "m={0} t={1} p={2} T={3}")
    @MethodSource("shapes")
    void matchesBouncyCastleOnRandomInputs(int m, int t, int p, int tagLength) {
        Random random = new Random(31L * m + 7L * t + p);
        for (int round = 0; round < 3; round++) {
            byte[] password = bytes(random, random.nextInt(40));
            byte[] salt = bytes(random, 8 + random.nextInt(24));
            byte[] secret = round == 1 ? bytes(random, 1 + random.nextInt(32)) : null;
            byte[] ad = round == 2 ? bytes(random, 1 + random.nextInt(32)) : null;
            KdfParams params = new KdfParams(m, t, p);
            byte[] ours = Kdf.argon2id(password, salt, params, secret, ad, tagLength, Kdf.Engine.PARALLEL);
            byte[] theirs = Kdf.argon2id(password, salt, params, secret, ad, tagLength, Kdf.Engine.BOUNCY_CASTLE);
            assertThat(ours).hasSize(tagLength).isEqualTo(theirs);
        }
    }

    @Test
    void deriveUsesTheParallelEngineUnlessBcIsAsked() {
        String before = System.getProperty(Kdf.ENGINE_PROPERTY);
        try {
            System.clearProperty(Kdf.ENGINE_PROPERTY);
            assertThat(Kdf.Engine.configured()).isEqualTo(Kdf.Engine.PARALLEL);
            System.setProperty(Kdf.ENGINE_PROPERTY, "bc");
            assertThat(Kdf.Engine.configured()).isEqualTo(Kdf.Engine.BOUNCY_CASTLE);
        } finally {
            if (before == null) System.clearProperty(Kdf.ENGINE_PROPERTY);
            else System.setProperty(Kdf.ENGINE_PROPERTY, before);
        }
    }

    private static byte[] bytes(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }
}
