package dev.apikeep.bench;

import dev.apikeep.crypto.Kdf;
import dev.apikeep.crypto.KdfParams;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Argon2id at the vault's default parameters (m = 64 MiB, t = 3, p = 4): our parallel lanes vs BouncyCastle. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class Argon2Bench {
    @Param({"PARALLEL", "BOUNCY_CASTLE"})
    public Kdf.Engine engine;

    private final byte[] password = "correct horse battery staple".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private final byte[] salt = new byte[16];

    @Benchmark
    public byte[] argon2idDefault() {
        return engine.derive(password, salt, KdfParams.DEFAULT);
    }
}
