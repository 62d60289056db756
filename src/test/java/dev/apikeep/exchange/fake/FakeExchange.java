package dev.apikeep.exchange.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A pretend exchange on 127.0.0.1, written from ../shared/EXCHANGES.md (not from ApiKeep's clients):
 * it keeps its own clock (which a test may put ahead), knows one key's credentials, recomputes
 * every signature from them, answers with the exchange's documented shapes and error bodies, and
 * records every request so a test can prove what was (and was not) sent.
 */
public abstract class FakeExchange implements AutoCloseable {
    protected static final ObjectMapper JSON = new ObjectMapper();

    /** What the pretend exchange does besides answering honestly. */
    public enum Trouble { NONE, EXPIRED, IP_NOT_ALLOWED, MALFORMED, SLOW }

    /** One request as it arrived: nothing of it is trusted, everything of it is kept. */
    public record Received(String method, String uri, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        /** Everything that travelled: request line, every header and the body, for "never sent" checks. */
        public String everything() {
            return method + " " + uri + "\n" + headers + "\n" + body;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final String exchangeId;

    public String apiKey = "test-key-" + getClass().getSimpleName().toLowerCase(Locale.ROOT);
    public String secret = "test-secret-" + Long.toHexString(System.nanoTime()) + "-do-not-send";
    public String passphrase = "";
    /** For RSA, Ed25519 and ECDSA keys: the fake holds only the public half, as an exchange does. */
    public PublicKey publicKey;
    public Duration clockAhead = Duration.ZERO;
    public Trouble trouble = Trouble.NONE;
    /** How many of the next key-info requests get 429 with {@code Retry-After: retryAfterSeconds}. */
    public int rateLimitNext;
    public int retryAfterSeconds = 1;
    public Duration slowBy = Duration.ofSeconds(3);

    protected FakeExchange(String exchangeId) {
        this.exchangeId = exchangeId;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::dispatch);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-" + exchangeId);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@code APIKEEP_EXCHANGE_URL_<ID>} pointing here. */
    public Map<String, String> env() {
        return Map.of("APIKEEP_EXCHANGE_URL_" + exchangeId.toUpperCase(Locale.ROOT), url().toString());
    }

    public String exchangeId() {
        return exchangeId;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized long keyInfoRequests() {
        return received.stream().filter(r -> r.uri().startsWith(keyInfoPath())).count();
    }

    /** The exchange's clock in epoch milliseconds. */
    protected long now() {
        return System.currentTimeMillis() + clockAhead.toMillis();
    }

    protected abstract String keyInfoPath();

    /** Answers one request; {@code r} is already recorded. */
    protected abstract void handle(HttpExchange http, Received r) throws IOException;

    private void dispatch(HttpExchange http) throws IOException {
        try (http) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(http.getRequestHeaders());
            Received r = new Received(http.getRequestMethod(), http.getRequestURI().toString(), headers,
                    new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            synchronized (this) {
                received.add(r);
            }
            if (r.uri().startsWith(keyInfoPath()) && beforeKeyInfo(http)) return;
            handle(http, r);
        } catch (RuntimeException e) {
            send(http, 500, "{\"error\":\"fake exchange failed: " + e + "\"}");
        }
    }

    /** Rate limits, slowness and broken JSON, which look the same on every exchange. */
    private boolean beforeKeyInfo(HttpExchange http) throws IOException {
        if (rateLimitNext > 0) {
            rateLimitNext--;
            http.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
            send(http, 429, "{\"code\":429,\"msg\":\"Too many requests\"}");
            return true;
        }
        if (trouble == Trouble.SLOW) {
            try {
                Thread.sleep(slowBy.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (trouble == Trouble.MALFORMED) {
            send(http, 200, "{\"result\": {\"permissions\": [");
            return true;
        }
        return false;
    }

    protected static void send(HttpExchange http, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().add("Content-Type", "application/json");
        http.sendResponseHeaders(status, bytes.length);
        http.getResponseBody().write(bytes);
    }

    protected static void send(HttpExchange http, int status, JsonNode body) throws IOException {
        send(http, status, JSON.writeValueAsString(body));
    }

    protected static ObjectNode object() {
        return JSON.createObjectNode();
    }

    protected static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected String hmacHex(String data) {
        return HexFormat.of().formatHex(hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), data.getBytes(StandardCharsets.UTF_8)));
    }

    protected String hmacBase64(String data) {
        return Base64.getEncoder().encodeToString(hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), data.getBytes(StandardCharsets.UTF_8)));
    }

    /** Verifies a signature with the key's public half; false for anything unreadable. */
    protected boolean verifies(String algorithm, String data, byte[] signature) {
        try {
            java.security.Signature verifier = java.security.Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(data.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (Exception e) {
            return false;
        }
    }

    protected static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
