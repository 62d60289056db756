package dev.apikeep.bench;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.Kdf;
import dev.apikeep.vault.Vault;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Unlock beyond the KDF. The vault is built with the lowest KDF parameters; "unlock beyond the KDF"
 * is {@code keyServiceOpen - kdfOnly} (run.sh subtracts), and {@code verifySetMac} times the
 * set-MAC check over every (id, revision) directly. {@code listAll} is the first list view after
 * unlock (every entry decrypted), reported beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class UnlockBench {
    @Param({"10000"})
    public int keys;

    private Path file;
    private KeyService open;
    private final byte[] salt = new byte[16];
    private final byte[] password = Fixtures.PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Setup(Level.Trial)
    public void setUp() {
        file = Fixtures.vaultCopy(keys, Fixtures.FAST);
        open = Fixtures.open(file);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        open.close();
        Fixtures.deleteTree(file);
    }

    /** What the app does on unlock: open, KDF, unwrap, set-MAC check, and the durable "unlock" event. */
    @Benchmark
    public long keyServiceOpen() {
        try (KeyService service = Fixtures.open(file)) {
            return service.dataVersion();
        }
    }

    /** The same without the unlock event (no write). */
    @Benchmark
    public boolean vaultOpen() {
        try (Vault vault = Vault.open(file, Fixtures.PASSWORD.toCharArray(), Vault.Access.NORMAL)) {
            return vault.isReadOnly();
        }
    }

    /** The KDF alone at the same parameters, to subtract. */
    @Benchmark
    public byte[] kdfOnly() {
        return Kdf.derive(password, salt, Fixtures.FAST);
    }

    /** The integrity check (`apikeep check`): the set-MAC over all ids and revisions, on an already unlocked vault. */
    @Benchmark
    public Object verifySetMac() {
        return open.check();
    }

    /** Decrypting every entry, as the list view does after unlock. */
    @Benchmark
    public int listAll() {
        List<?> all = open.list(true);
        return all.size();
    }
}
