package dev.apikeep.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both Argon2id engines against tags computed once by libargon2's reference CLI and committed
 * (argon2id-kat.txt says how): the default 64 MiB/t3/p4, the 19 MiB/p1 floor, and small shapes;
 * every shape has more than 128 blocks per segment, where the reference-address indexing of
 * Argon2id's data-independent first half moves to a second address block.
 */
class Argon2KnownAnswerTest {
    record Vector(int memoryKiB, int iterations, int parallelism, String password, String salt, String tagHex) {
        @Override
        public String toString() {
            return "m=" + memoryKiB + "KiB t=" + iterations + " p=" + parallelism;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        try (InputStream in = Argon2KnownAnswerTest.class.getResourceAsStream("argon2id-kat.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            return lines.stream().map(line -> {
                String[] shape = line.substring(0, line.indexOf('|')).split(" ", 4);
                String[] rest = line.substring(line.indexOf('|') + 1).split("\\|");
                return new Vector(Integer.parseInt(shape[0]), Integer.parseInt(shape[1]), Integer.parseInt(shape[2]),
                        shape[3], rest[0], rest[1]);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void bothEnginesGiveLibargon2sTag(Vector v) {
        assertThat(v.memoryKiB() / (4 * v.parallelism())).as("blocks per segment").isGreaterThan(128);
        KdfParams params = new KdfParams(v.memoryKiB(), v.iterations(), v.parallelism());
        byte[] password = v.password().getBytes(StandardCharsets.UTF_8);
        byte[] salt = v.salt().getBytes(StandardCharsets.UTF_8);
        for (Kdf.Engine engine : Kdf.Engine.values()) {
            byte[] tag = Kdf.argon2id(password, salt, params, null, null, 32, engine);
            assertThat(HexFormat.of().formatHex(tag)).as(engine + " " + v).isEqualTo(v.tagHex());
        }
    }
}
