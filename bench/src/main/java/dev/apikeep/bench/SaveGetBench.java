package dev.apikeep.bench;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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
 * Durable save of one key (edit and add, each a BEGIN IMMEDIATE transaction with synchronous=EXTRA)
 * and {@code get} of one key by id, at 100 and 10,000 keys: both must be flat in the vault's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SaveGetBench {
    @Param({"100", "10000"})
    public int keys;

    private Path file;
    private KeyService service;
    private List<UUID> ids;
    private ApiKeyEntry editing;
    private final Random random = new Random(42);
    private int counter;

    @Setup(Level.Trial)
    public void setUp() {
        file = Fixtures.vaultCopy(keys, Fixtures.FAST);
        service = Fixtures.open(file);
        ids = service.list(true).stream().map(ApiKeyEntry::id).toList();
        editing = service.find(ids.get(ids.size() / 2)).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        service.close();
        Fixtures.deleteTree(file);
    }

    /** Save an edited key: one row, the set-MAC and one event, fsynced. */
    @Benchmark
    public ApiKeyEntry saveEdit() {
        editing = service.edit(editing.toBuilder().notes("edited " + (counter++)).build());
        return editing;
    }

    /** Save a new key. */
    @Benchmark
    public ApiKeyEntry saveAdd() {
        return service.add(Fixtures.entry(random, keys + counter++).toBuilder()
                .id(UUID.randomUUID()).apiKey(SecretBytes.of("k" + counter)).build());
    }

    /** {@code get} by id: one indexed row, decrypted. */
    @Benchmark
    public ApiKeyEntry getById() {
        return service.find(ids.get(random.nextInt(ids.size()))).orElseThrow();
    }

    /** {@code get} as the CLI does it, by the id's text (KeyService.resolve). */
    @Benchmark
    public ApiKeyEntry resolveById() {
        return service.resolve(ids.get(random.nextInt(ids.size())).toString());
    }
}
