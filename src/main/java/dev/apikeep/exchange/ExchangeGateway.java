package dev.apikeep.exchange;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asks exchanges about keys. One request at a time per exchange, spaced by its documented rate;
 * each exchange's clock is read once and every signature uses it (a drifting local clock must not
 * look like a bad key). Nothing here runs unless a caller asks: there is no background work.
 */
public final class ExchangeGateway {
    private static final List<KeyInfoClient> CLIENTS = List.of(new BybitClient(), new BinanceClient(), new OkxClient(),
            new KrakenClient(), new KucoinClient(), new CoinbaseClient(), new BitgetClient());

    private final Map<String, KeyInfoClient> clients;
    private final ExchangeHttp http;
    private final Endpoints endpoints;
    private final Clock clock;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Long> offsets = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequestNanos = new ConcurrentHashMap<>();

    ExchangeGateway(ExchangeHttp http, Endpoints endpoints, Clock clock) {
        this.clients = CLIENTS.stream().collect(Collectors.toMap(KeyInfoClient::exchangeId, Function.identity()));
        this.http = http;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /**
     * @param proxy   the proxy from Settings ("" for none: then {@code HTTPS_PROXY} or the system's)
     * @param env     the process environment, for {@code APIKEEP_EXCHANGE_URL_<ID>} and {@code HTTPS_PROXY}
     * @throws IllegalArgumentException when an override or the proxy is malformed
     */
    public static ExchangeGateway create(Duration timeout, String proxy, Map<String, String> env, Clock clock) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(Proxies.choose(proxy, env))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new ExchangeGateway(new ExchangeHttp(client, timeout, wait -> Thread.sleep(wait.toMillis())), Endpoints.fromEnvironment(env), clock);
    }

    /** The stderr line the CLI prints while an {@code APIKEEP_EXCHANGE_URL_<ID>} override is set. */
    public Optional<String> overrideWarning() {
        return endpoints.warning();
    }

    /** Whether ApiKeep can ask this exchange about this key at all (exchange, environment, key type). */
    public Optional<String> whyUnsupported(ApiKeyEntry entry) {
        KeyInfoClient client = clients.get(entry.exchangeId());
        if (client == null) return Optional.of("ApiKeep cannot ask '" + entry.exchangeId() + "' about its keys");
        if (client.host(entry.environment()) == null) {
            return Optional.of("the exchange has no key-info endpoint for " + entry.environment().id() + " keys");
        }
        if (!client.keyTypes().contains(entry.keyType())) {
            return Optional.of(entry.keyType().id() + " keys cannot be checked on this exchange");
        }
        return Optional.empty();
    }

    /**
     * What the exchange says about {@code entry}.
     *
     * @throws ExchangeException REJECTED (the exchange's message), UNREACHABLE or UNSUPPORTED
     */
    public ExchangeSays ask(ApiKeyEntry entry, Exchange exchange) {
        Optional<String> unsupported = whyUnsupported(entry);
        if (unsupported.isPresent()) throw ExchangeException.unsupported(unsupported.get());
        KeyInfoClient client = clients.get(entry.exchangeId());
        URI base = endpoints.base(client.exchangeId(), hostFor(entry, exchange, client));
        ReentrantLock lock = locks.computeIfAbsent(client.exchangeId(), id -> new ReentrantLock());
        lock.lock();
        try {
            Call call = new Call(http, base, entry, exchange, () -> clock.millis() + offsets.getOrDefault(client.exchangeId(), 0L));
            if (!offsets.containsKey(client.exchangeId())) {
                spaceOut(client);
                long before = clock.millis();
                long server = client.serverTime(call);
                long after = clock.millis();
                offsets.put(client.exchangeId(), server - (before + after) / 2);
            }
            spaceOut(client);
            return client.keyInfo(call);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The key's regional host (Bybit's api.bybit.eu, api.bytick.com) when it names one the catalog lists,
     * for mainnet keys; otherwise the exchange's default host. An override still replaces either.
     */
    static URI hostFor(ApiKeyEntry entry, Exchange exchange, KeyInfoClient client) {
        String regional = entry.apiHost();
        if (regional == null || entry.environment() != dev.apikeep.domain.Environment.MAINNET) return client.host(entry.environment());
        if (!exchange.apiHosts().contains(regional)) throw ExchangeException.unsupported("'" + regional + "' is not an API host of " + exchange.name());
        return URI.create("https://" + regional + "/");
    }

    /**
     * Asks and compares: one status per key, never an exception for what the exchange or the network
     * did. {@code checkedAt} is the local clock's (what the user will read it against).
     */
    public KeyCheck check(ApiKeyEntry entry, Exchange exchange) {
        try {
            ExchangeSays says = ask(entry, exchange);
            return KeyCheck.compare(entry, says, clock.instant());
        } catch (ExchangeException e) {
            return KeyCheck.failed(entry.id(), e.status(), clock.instant(), e.getMessage());
        }
    }

    /** Waits out the exchange's documented rate since our last request to it. */
    private void spaceOut(KeyInfoClient client) {
        long now = System.nanoTime();
        Long last = lastRequestNanos.get(client.exchangeId());
        if (last != null) {
            long waitNanos = client.spacing().toNanos() - (now - last);
            if (waitNanos > 0) http.pause(Duration.ofNanos(waitNanos));
        }
        lastRequestNanos.put(client.exchangeId(), System.nanoTime());
    }
}
