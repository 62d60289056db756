package dev.apikeep.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coinbase Advanced {@code GET /api/v3/brokerage/key_permissions} with a JWT signed by the key's
 * private key: ES256 (ECDSA P-256) or EdDSA (Ed25519), made with JDK crypto (see README: the JOSE
 * library's EdDSA needs Google Tink besides, and a JWT of five fixed claims is 30 lines).
 * The server's clock comes from {@code GET /api/v3/brokerage/time}.
 */
final class CoinbaseClient implements KeyInfoClient {
    static final String PATH = "/api/v3/brokerage/key_permissions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override public String exchangeId() { return "coinbase"; }
    @Override public Set<KeyType> keyTypes() { return Set.of(KeyType.ECDSA, KeyType.ED25519); }
    @Override public Duration spacing() { return Duration.ofMillis(40); }

    @Override
    public URI host(Environment environment) {
        return environment == Environment.TESTNET ? null : URI.create("https://api.coinbase.com/");
    }

    @Override
    public long serverTime(Call call) {
        Answer answer = call.get("/api/v3/brokerage/time", Map.of());
        if (!answer.ok()) throw answer.unexpected();
        JsonNode json = answer.json();
        if (json.hasNonNull("epochMillis")) return Call.number(json.get("epochMillis"), "epochMillis", answer);
        return Call.number(json.get("epochSeconds"), "epochSeconds", answer) * 1000;
    }

    @Override
    public ExchangeSays keyInfo(Call call) {
        Answer answer = call.get(PATH, Map.of("Authorization", "Bearer " + jwt(call, "GET " + call.authority() + PATH)));
        if (answer.status() == 401 || answer.status() == 403) {
            String why = answer.status() == 401 ? "the key was refused" : "the key lacks the scope to describe itself";
            throw ExchangeException.rejected("Coinbase: " + why + " (HTTP " + answer.status() + ")"
                    + (answer.excerpt().isEmpty() ? "" : ": " + answer.excerpt()));
        }
        if (!answer.ok()) throw answer.unexpected();
        JsonNode json = answer.json();
        if (!json.has("can_view") && !json.has("can_trade")) throw answer.malformed();
        List<String> words = new ArrayList<>();
        for (String flag : List.of("can_view", "can_trade", "can_transfer", "can_receive")) {
            if (json.path(flag).asBoolean(false)) words.add(flag);
        }
        return new ExchangeSays(call.exchange().permissionsFromWords(words), null, null, null, null, null);
    }

    /** header.claims.signature, each base64url; {@code uri} binds the token to this one request. */
    static String jwt(Call call, String uri) {
        KeyType type = call.entry().keyType();
        String name = call.entry().apiKey().reveal();
        long now = call.now() / 1000;
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", type == KeyType.ED25519 ? "EdDSA" : "ES256");
        header.put("typ", "JWT");
        header.put("kid", name);
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        header.put("nonce", HexFormat.of().formatHex(nonce));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", name);
        claims.put("iss", "cdp");
        claims.put("nbf", now);
        claims.put("exp", now + 120);
        claims.put("uri", uri);
        String signingInput = Signing.base64Url(json(header)) + "." + Signing.base64Url(json(claims));
        String algorithm = type == KeyType.ED25519 ? "Ed25519" : "SHA256withECDSAinP1363Format";
        byte[] signature = Signing.sign(Signing.privateKey(call.entry().secret(), type), algorithm,
                signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Signing.base64Url(signature);
    }

    private static byte[] json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
