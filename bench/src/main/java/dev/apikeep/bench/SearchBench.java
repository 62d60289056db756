package dev.apikeep.bench;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.keys.KeysModel;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Search as you type at 10,000 keys (target: at most 16 ms, one frame, per keystroke). Drives the
 * real {@link KeysModel}: setting {@code searchProperty()} re-runs the FilteredList predicate over
 * every entry, then {@code visible().size()} is read as the list view would. JavaFX's properties and
 * collections need no started toolkit, so no Platform or display is involved. Not included: the
 * ListView's own cell layout for the visible rows (at most a screenful, independent of vault size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SearchBench {
    /** What a user types, one keystroke at a time: "grid bot", then the field is cleared. */
    static final String TYPED = "grid bot";

    @Param({"10000"})
    public int keys;

    /** The query a single keystroke completes (the benchmark alternates it with the one before it). */
    @Param({"g", "grid", "binance", "#hedge", "zzzz"})
    public String query;

    private KeysModel model;
    private String before;

    @Setup(Level.Trial)
    public void setUp() {
        model = model(keys);
        before = query.substring(0, query.length() - 1);
        int hits = 0;
        model.searchProperty().set(TYPED);
        hits = model.visible().size();
        model.searchProperty().set("");
        if (model.visible().size() < keys * 9 / 10 || hits == 0) {
            throw new IllegalStateException("fixture does not look realistic: " + hits + " hits for '" + TYPED + "'");
        }
    }

    /** Builds the model the keys screen uses, with {@code keys} entries, outside any FX thread. */
    static KeysModel model(int keys) {
        KeysModel model = new KeysModel(ExchangeCatalog.loadDefault(), () -> LocalDate.of(2026, 11, 26));
        model.setEntries(entries(keys, new Random(7)));
        return model;
    }

    /** Eight keystrokes of "grid bot" and the clear: nine refilters, reported per keystroke. */
    @Benchmark
    @OperationsPerInvocation(9)
    public void typeAndClear(Blackhole bh) {
        for (int i = 1; i <= TYPED.length(); i++) {
            model.searchProperty().set(TYPED.substring(0, i));
            bh.consume(model.visible().size());
        }
        model.searchProperty().set("");
        bh.consume(model.visible().size());
    }

    /** One keystroke completing {@code query}, then one backspace: two refilters, per keystroke. */
    @Benchmark
    @OperationsPerInvocation(2)
    public void keystroke(Blackhole bh) {
        model.searchProperty().set(query);
        bh.consume(model.visible().size());
        model.searchProperty().set(before);
        bh.consume(model.visible().size());
    }

    private static final String[] EXCHANGES = {"binance", "bybit", "okx", "kraken", "coinbase", "kucoin", "bitget", "custom"};
    private static final String[] STRATEGIES = {"Grid bot", "DCA bot", "Arbitrage", "Market maker", "Hedge", "Tax export",
            "Portfolio tracker", "Read-only monitor", "Signals", "Withdrawals"};
    private static final String[] PAIRS = {"BTC/USDT", "ETH/USDT", "SOL/USDC", "BTC/EUR", "XRP/USDT", "DOGE/USDT", "ETH/BTC"};
    private static final String[] TAGS = {"grid", "dca", "arb", "hedge", "tax", "readonly", "prod", "staging", "team-a", "team-b", "old"};
    private static final String[] TOOLS = {"3commas", "hummingbot", "freqtrade", "tradingview", "koinly", "cointracking",
            "gunbot", "pionex-sync", "home-server", "vps-frankfurt"};
    private static final String[] NOTES = {"", "rotated after the March incident", "keep IP list in sync with the VPS",
            "shared with the accountant, read only", "testnet first, then mainnet", "withdrawal whitelist set on the exchange",
            "owner: alice", "owner: bob; ask before revoking", "bot restarts nightly at 03:00 UTC"};

    /** Realistic entries: labels, sub-accounts, tags, notes and used-by tools across exchanges; 5 % revoked. */
    static List<ApiKeyEntry> entries(int count, Random random) {
        List<ApiKeyEntry> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String exchange = EXCHANGES[random.nextInt(EXCHANGES.length)];
            String label = STRATEGIES[random.nextInt(STRATEGIES.length)] + " " + PAIRS[random.nextInt(PAIRS.length)] + " #" + i;
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                if (!tags.contains(tag)) tags.add(tag);
            }
            List<String> usedBy = new ArrayList<>();
            for (int u = random.nextInt(3); u > 0; u--) {
                String tool = TOOLS[random.nextInt(TOOLS.length)];
                if (!usedBy.contains(tool)) usedBy.add(tool);
            }
            ApiKeyEntry.Builder b = ApiKeyEntry.builder()
                    .id(new UUID(random.nextLong(), random.nextLong()))
                    .exchangeId(exchange).label(label)
                    .account(random.nextInt(3) == 0 ? "sub-" + random.nextInt(40) : "")
                    .apiKey(SecretBytes.of(Fixtures.hex(random, 32))).secret(SecretBytes.of(Fixtures.hex(random, 64)))
                    .createdAt(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(690)))
                    .expiresAt(random.nextInt(5) == 0 ? LocalDate.of(2026, 10, 1).plusDays(random.nextInt(200)) : null)
                    .tags(tags).usedBy(usedBy)
                    .notes(NOTES[random.nextInt(NOTES.length)]);
            ApiKeyEntry entry = b.build();
            if (random.nextInt(20) == 0) entry = entry.toBuilder().status(KeyStatus.REVOKED).revokedAt(LocalDate.of(2026, 6, 1)).build();
            list.add(entry);
        }
        return list;
    }
}
