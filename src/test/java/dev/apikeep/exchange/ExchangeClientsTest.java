package dev.apikeep.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.domain.KeyCheck.Status;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.exchange.fake.FakeBinance;
import dev.apikeep.exchange.fake.FakeBitget;
import dev.apikeep.exchange.fake.FakeBybit;
import dev.apikeep.exchange.fake.FakeCoinbase;
import dev.apikeep.exchange.fake.FakeExchange;
import dev.apikeep.exchange.fake.FakeExchange.Trouble;
import dev.apikeep.exchange.fake.FakeKraken;
import dev.apikeep.exchange.fake.FakeKucoin;
import dev.apikeep.exchange.fake.FakeOkx;
import dev.apikeep.exchange.fake.TestKeys;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client against its fake exchange: the fakes recompute each signature from the known secret
 * (or verify it with the public key), keep their own clock, and answer with the documented bodies.
 */
class ExchangeClientsTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate FEB_10_2025 = LocalDate.of(2025, 2, 10);

    private final List<Duration> waits = new ArrayList<>();
    private FakeExchange fake;

    /**
     * One exchange and signing variant: how to start its fake, the vault entry that agrees with the
     * fake's default answer, what must never travel, and the exchange's words for a bad signature.
     */
    record Case(String name, Supplier<FakeExchange> start, Function<FakeExchange, ApiKeyEntry.Builder> entry,
                Function<FakeExchange, String> secretText, Function<FakeExchange, String> wrongSecret, String badSignatureWords) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        KeyPair bybitRsa = TestKeys.generate("RSA");
        KeyPair binanceRsa = TestKeys.generate("RSA");
        KeyPair binanceEd = TestKeys.generate("Ed25519");
        KeyPair coinbaseEc = TestKeys.generate("EC");
        KeyPair coinbaseEd = TestKeys.generate("Ed25519");
        KeyPair coinbaseEdRaw = TestKeys.generate("Ed25519");
        KeyPair bitgetRsa = TestKeys.generate("RSA");
        Function<FakeExchange, String> hmacSecret = f -> f.secret;
        Function<FakeExchange, String> wrongHmac = f -> f.secret + "x";
        return Stream.of(
                new Case("bybit hmac", FakeBybit::new, ExchangeClientsTest::bybitEntry, hmacSecret, wrongHmac, "error sign!"),
                new Case("bybit rsa", withKey(FakeBybit::new, bybitRsa), f -> bybitEntry(f).keyType(KeyType.RSA)
                        .secret(SecretBytes.of(TestKeys.pkcs8Pem(bybitRsa))), f -> TestKeys.pemBody(TestKeys.pkcs8Pem(bybitRsa)),
                        f -> TestKeys.pkcs8Pem(TestKeys.generate("RSA")), "error sign!"),
                new Case("binance hmac", FakeBinance::new, ExchangeClientsTest::binanceEntry, hmacSecret, wrongHmac,
                        "Signature for this request is not valid."),
                new Case("binance rsa (PKCS#1 PEM)", () -> { FakeBinance b = new FakeBinance(); b.publicKey = binanceRsa.getPublic(); b.keyAlgorithm = "RSA"; return b; },
                        f -> binanceEntry(f).keyType(KeyType.RSA).secret(SecretBytes.of(TestKeys.pkcs1Pem(binanceRsa))),
                        f -> TestKeys.pemBody(TestKeys.pkcs1Pem(binanceRsa)), f -> TestKeys.pkcs8Pem(TestKeys.generate("RSA")),
                        "Signature for this request is not valid."),
                new Case("binance ed25519", withKey(FakeBinance::new, binanceEd), f -> binanceEntry(f).keyType(KeyType.ED25519)
                        .secret(SecretBytes.of(TestKeys.pkcs8Pem(binanceEd))), f -> TestKeys.pemBody(TestKeys.pkcs8Pem(binanceEd)),
                        f -> TestKeys.pkcs8Pem(TestKeys.generate("Ed25519")), "Signature for this request is not valid."),
                new Case("okx hmac", FakeOkx::new, ExchangeClientsTest::okxEntry, hmacSecret, wrongHmac, "Invalid Sign"),
                new Case("kraken hmac-sha512", FakeKraken::new, ExchangeClientsTest::krakenEntry, hmacSecret,
                        f -> java.util.Base64.getEncoder().encodeToString("another secret".getBytes()), "EAPI:Invalid signature"),
                new Case("kucoin hmac", FakeKucoin::new, ExchangeClientsTest::kucoinEntry, hmacSecret, wrongHmac, "Invalid KC-API-SIGN"),
                new Case("coinbase es256 (SEC1 PEM)", withKey(FakeCoinbase::new, coinbaseEc), f -> coinbaseEntry(f, KeyType.ECDSA,
                        TestKeys.sec1Pem(coinbaseEc)), f -> TestKeys.pemBody(TestKeys.sec1Pem(coinbaseEc)),
                        f -> TestKeys.sec1Pem(TestKeys.generate("EC")), "HTTP 401"),
                new Case("coinbase eddsa (PEM)", withKey(FakeCoinbase::new, coinbaseEd), f -> coinbaseEntry(f, KeyType.ED25519,
                        TestKeys.pkcs8Pem(coinbaseEd)), f -> TestKeys.pemBody(TestKeys.pkcs8Pem(coinbaseEd)),
                        f -> TestKeys.pkcs8Pem(TestKeys.generate("Ed25519")), "HTTP 401"),
                new Case("coinbase eddsa (raw base64)", withKey(FakeCoinbase::new, coinbaseEdRaw), f -> coinbaseEntry(f, KeyType.ED25519,
                        TestKeys.rawEd25519(coinbaseEdRaw)), f -> TestKeys.rawEd25519(coinbaseEdRaw),
                        f -> TestKeys.rawEd25519(TestKeys.generate("Ed25519")), "HTTP 401"),
                new Case("bitget hmac", FakeBitget::new, ExchangeClientsTest::bitgetEntry, hmacSecret, wrongHmac, "sign signature error"),
                new Case("bitget rsa", withKey(FakeBitget::new, bitgetRsa), f -> bitgetEntry(f).keyType(KeyType.RSA)
                        .secret(SecretBytes.of(TestKeys.pkcs8Pem(bitgetRsa))), f -> TestKeys.pemBody(TestKeys.pkcs8Pem(bitgetRsa)),
                        f -> TestKeys.pkcs8Pem(TestKeys.generate("RSA")), "sign signature error"));
    }

    private static Supplier<FakeExchange> withKey(Supplier<FakeExchange> start, KeyPair pair) {
        return () -> {
            FakeExchange f = start.get();
            f.publicKey = pair.getPublic();
            return f;
        };
    }

    static ApiKeyEntry.Builder base(FakeExchange f, String exchange) {
        return ApiKeyEntry.builder().exchangeId(exchange).label(exchange + " bot").apiKey(SecretBytes.of(f.apiKey))
                .secret(SecretBytes.of(f.secret)).passphrase(SecretBytes.of(f.passphrase));
    }

    static ApiKeyEntry.Builder bybitEntry(FakeExchange f) {
        return base(f, "bybit").permissions(List.of("contract-orders", "contract-positions", "spot-trade"))
                .ipWhitelist(List.of(IpRule.parse("203.0.113.7"))).createdAt(LocalDate.of(2026, 2, 10));
    }

    static ApiKeyEntry.Builder binanceEntry(FakeExchange f) {
        return base(f, "binance").permissions(List.of("reading", "spot-margin-trading"))
                .ipWhitelist(List.of(IpRule.parse("203.0.113.7"))).createdAt(FEB_10_2025);
    }

    static ApiKeyEntry.Builder okxEntry(FakeExchange f) {
        return base(f, "okx").permissions(List.of("read", "trade"))
                .ipWhitelist(List.of(IpRule.parse("198.51.100.0/24"), IpRule.parse("203.0.113.7")));
    }

    static ApiKeyEntry.Builder krakenEntry(FakeExchange f) {
        return base(f, "kraken").permissions(List.of("query-funds", "query-open-orders", "query-closed-orders",
                "create-modify-orders", "cancel-close-orders")).ipWhitelist(List.of(IpRule.parse("203.0.113.7/32"))).createdAt(FEB_10_2025);
    }

    static ApiKeyEntry.Builder kucoinEntry(FakeExchange f) {
        return base(f, "kucoin").permissions(List.of("general", "spot-trading"))
                .ipWhitelist(List.of(IpRule.parse("203.0.113.7"))).createdAt(FEB_10_2025);
    }

    static ApiKeyEntry.Builder coinbaseEntry(FakeExchange f, KeyType type, String pem) {
        return base(f, "coinbase").keyType(type).secret(SecretBytes.of(pem)).permissions(List.of("view", "trade"));
    }

    static ApiKeyEntry.Builder bitgetEntry(FakeExchange f) {
        return base(f, "bitget").permissions(List.of("read", "spot-trade")).ipWhitelist(List.of(IpRule.parse("203.0.113.7")));
    }

    private ExchangeGateway gateway(Map<String, String> env, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        return new ExchangeGateway(new ExchangeHttp(client, timeout, waits::add), Endpoints.fromEnvironment(env), Clock.systemUTC());
    }

    private KeyCheck check(ApiKeyEntry entry) {
        return gateway(fake.env(), Duration.ofSeconds(10)).check(entry, CATALOG.require(entry.exchangeId()));
    }

    private FakeExchange start(Case c) {
        fake = c.start().get();
        return fake;
    }

    @AfterEach
    void stop() {
        if (fake != null) fake.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aKeyTheVaultDescribesTruthfullyMatches_andItsSecretNeverTravels(Case c) {
        start(c);
        KeyCheck check = check(c.entry().apply(fake).build());

        assertThat(check.status()).as(check.toString()).isEqualTo(Status.MATCH);
        assertThat(check.differences()).isEmpty();
        assertThat(fake.received()).hasSize(2);
        assertThat(fake.received().get(0).uri()).as("the server's clock is read first").doesNotStartWith(fake.received().get(1).uri());
        String secret = c.secretText().apply(fake);
        for (FakeExchange.Received r : fake.received()) {
            assertThat(r.everything()).doesNotContain(secret).doesNotContain(secret.substring(0, 24));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anExchangeClock40SecondsAheadIsFollowed_notMistakenForABadKey(Case c) {
        start(c).clockAhead = Duration.ofSeconds(40);

        assertThat(check(c.entry().apply(fake).build()).status()).isEqualTo(Status.MATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aWrongSecretIsRejectedWithTheExchangesMessage(Case c) {
        start(c);
        KeyCheck check = check(c.entry().apply(fake).secret(SecretBytes.of(c.wrongSecret().apply(fake))).build());

        assertThat(check.status()).isEqualTo(Status.REJECTED);
        assertThat(check.error()).contains(c.badSignatureWords());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anUnknownKeyIsRejected(Case c) {
        start(c);
        KeyCheck check = check(c.entry().apply(fake).apiKey(SecretBytes.of("organizations/x/apiKeys/deleted-key")).build());

        assertThat(check.status()).isEqualTo(Status.REJECTED);
        assertThat(check.error()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anExpiredOrDeletedKeyIsRejected(Case c) {
        start(c).trouble = Trouble.EXPIRED;

        assertThat(check(c.entry().apply(fake).build()).status()).isEqualTo(Status.REJECTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aCallFromAnIpTheKeyDoesNotAllowIsRejected(Case c) {
        start(c).trouble = Trouble.IP_NOT_ALLOWED;

        assertThat(check(c.entry().apply(fake).build()).status()).isEqualTo(Status.REJECTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedJsonIsUnreachable_notAVerdictOnTheKey(Case c) {
        start(c).trouble = Trouble.MALFORMED;
        KeyCheck check = check(c.entry().apply(fake).build());

        assertThat(check.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(check.error()).contains("not the expected JSON");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a429IsRetriedAfterTheWaitTheExchangeAsksFor(Case c) {
        start(c).rateLimitNext = 1;
        fake.retryAfterSeconds = 2;

        assertThat(check(c.entry().apply(fake).build()).status()).isEqualTo(Status.MATCH);
        assertThat(waits).contains(Duration.ofSeconds(2));
        assertThat(fake.keyInfoRequests()).isEqualTo(2);
    }

    @Test
    void a429AskingForLongerThanTheTimeoutIsUnreachable_withTheWait() {
        fake = new FakeBybit();
        fake.rateLimitNext = 10;
        fake.retryAfterSeconds = 120;
        KeyCheck check = check(bybitEntry(fake).build());

        assertThat(check.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(check.error()).contains("HTTP 429").contains("try again in 120 s");
        assertThat(fake.keyInfoRequests()).isEqualTo(1);
    }

    @Test
    void retriesStopAfterTwo() {
        fake = new FakeOkx();
        fake.rateLimitNext = 10;
        KeyCheck check = check(okxEntry(fake).build());

        assertThat(check.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(fake.keyInfoRequests()).isEqualTo(1 + ExchangeHttp.MAX_RETRIES);
    }

    @Test
    void anExchangeThatDoesNotAnswerInTimeIsUnreachable() {
        fake = new FakeBybit();
        fake.trouble = Trouble.SLOW;
        ApiKeyEntry entry = bybitEntry(fake).build();
        KeyCheck check = gateway(fake.env(), Duration.ofSeconds(1)).check(entry, CATALOG.require("bybit"));

        assertThat(check.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(check.error()).contains("did not answer within 1 s");
    }

    @Test
    void aFailedTlsHandshakeIsUnreachable() throws Exception {
        try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> answerPlainHttp(plain));
            server.setDaemon(true);
            server.start();
            ApiKeyEntry entry = bybitEntry(new FakeBybit()).build();
            KeyCheck check = gateway(Map.of("APIKEEP_EXCHANGE_URL_BYBIT", "https://127.0.0.1:" + plain.getLocalPort()),
                    Duration.ofSeconds(5)).check(entry, CATALOG.require("bybit"));

            assertThat(check.status()).isEqualTo(Status.UNREACHABLE);
            assertThat(check.error()).containsIgnoringCase("secure connection");
        }
    }

    /** A server that speaks plain HTTP to a TLS client hello: the handshake fails at once. */
    private static void answerPlainHttp(java.net.ServerSocket socket) {
        try (java.net.Socket client = socket.accept()) {
            client.setSoTimeout(10_000);
            // the whole client hello (it can be longer than 512 bytes): closing with unread input
            // sends a reset, which can swallow the reply and leave the client waiting for its timeout
            client.getInputStream().read(new byte[16_384]);
            client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes());
            client.shutdownOutput();
            client.getInputStream().transferTo(java.io.OutputStream.nullOutputStream()); // until the client hangs up
        } catch (java.io.IOException ignored) {
            // the test reads the client's side
        }
    }

    @Test
    void aWrongPassphraseIsRejectedWithTheExchangesMessage() {
        for (Supplier<FakeExchange> start : List.<Supplier<FakeExchange>>of(FakeOkx::new, FakeKucoin::new, FakeBitget::new)) {
            fake = start.get();
            ApiKeyEntry.Builder entry = switch (fake.exchangeId()) {
                case "okx" -> okxEntry(fake);
                case "kucoin" -> kucoinEntry(fake);
                default -> bitgetEntry(fake);
            };
            KeyCheck check = check(entry.passphrase(SecretBytes.of("not-the-passphrase")).build());
            fake.close();

            assertThat(check.status()).as(fake.exchangeId()).isEqualTo(Status.REJECTED);
            assertThat(check.error()).as(fake.exchangeId()).containsAnyOf("PASSPHRASE", "password is incorrect");
        }
        fake = null;
    }

    @Test
    void kucoinReceivesAnHmacOfThePassphrase_neverThePassphrase() {
        fake = new FakeKucoin();
        assertThat(check(kucoinEntry(fake).build()).status()).isEqualTo(Status.MATCH);

        assertThat(fake.received()).allSatisfy(r -> assertThat(r.everything()).doesNotContain(fake.passphrase));
    }

    @Test
    void okxDemoKeysAskWithTheSimulatedTradingHeader() {
        FakeOkx okx = new FakeOkx();
        fake = okx;
        okx.demo = true;

        assertThat(check(okxEntry(okx).environment(Environment.TESTNET).build()).status()).isEqualTo(Status.MATCH);
        KeyCheck mainnet = check(okxEntry(okx).build());
        assertThat(mainnet.status()).isEqualTo(Status.REJECTED);
        assertThat(mainnet.error()).contains("does not match current environment");
    }

    @Test
    void bybitTestnetKeysAreAskedAtTheTestnetHost() {
        assertThat(new BybitClient().host(Environment.TESTNET).getHost()).isEqualTo("api-testnet.bybit.com");
    }

    @Test
    void whatCannotBeAskedIsUnsupported() {
        fake = new FakeBinance();
        ApiKeyEntry custom = base(fake, "custom").build();
        ApiKeyEntry binanceTestnet = binanceEntry(fake).environment(Environment.TESTNET).build();
        ApiKeyEntry okxRsa = okxEntry(fake).keyType(KeyType.RSA).build();

        for (ApiKeyEntry entry : List.of(custom, binanceTestnet, okxRsa)) {
            KeyCheck check = gateway(fake.env(), Duration.ofSeconds(5)).check(entry, CATALOG.forEntry(entry));
            assertThat(check.status()).as(entry.exchangeId()).isEqualTo(Status.UNSUPPORTED);
            assertThat(check.error()).isNotBlank();
        }
        assertThat(fake.received()).isEmpty();
    }

    @Test
    void aReadOnlyBybitKeyIsReadPlusItsGroups() {
        FakeBybit bybit = new FakeBybit();
        fake = bybit;
        bybit.result.put("readOnly", 1);
        KeyCheck check = check(bybitEntry(bybit).permissions(List.of("read", "contract-orders", "contract-positions", "spot-trade")).build());

        assertThat(check.status()).isEqualTo(Status.MATCH);
        assertThat(check.says().readOnly()).isTrue();
    }

    @Test
    void bybitStarMeansNoIpBound_andUnknownScopesAreReportedNotDropped() {
        FakeBybit bybit = new FakeBybit();
        fake = bybit;
        bybit.result.putArray("ips").add("*");
        bybit.result.with("permissions").putArray("FiatBitPay").add("FiatBitPayOrder");
        KeyCheck check = check(bybitEntry(bybit).build());

        assertThat(check.says().ipWhitelist()).isEmpty();
        assertThat(check.says().ipBound()).isFalse();
        assertThat(check.says().permissions()).contains("unknown:FiatBitPay.FiatBitPayOrder");
        assertThat(check.differences()).extracting(d -> d.field().id()).containsExactly("permissions", "ipWhitelist");
    }

    @Test
    void binanceReportsOnlyWhetherAnIpIsBound() {
        FakeBinance binance = new FakeBinance();
        fake = binance;
        KeyCheck check = check(binanceEntry(binance).ipWhitelist(List.of()).build());

        assertThat(check.says().ipWhitelist()).isNull();
        assertThat(check.differences()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo(KeyCheck.Field.IP_BOUND);
            assertThat(d.vault()).isEqualTo(false);
            assertThat(d.exchange()).isEqualTo(true);
        });
    }

    @Test
    void krakenNoncesGrowAcrossChecksInTheSameGateway() {
        fake = new FakeKraken();
        ExchangeGateway gateway = gateway(fake.env(), Duration.ofSeconds(5));
        ApiKeyEntry entry = krakenEntry(fake).build();

        assertThat(gateway.check(entry, CATALOG.require("kraken")).status()).isEqualTo(Status.MATCH);
        assertThat(gateway.check(entry, CATALOG.require("kraken")).status()).isEqualTo(Status.MATCH);
        assertThat(fake.received()).hasSize(3); // the clock is read once per gateway
    }
}
