package dev.apikeep.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.domain.KeyType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binance {@code GET /sapi/v1/account/apiRestrictions}: the query string signed with HMAC-SHA256
 * (hex), RSA PKCS#1 v1.5 or Ed25519 (base64, URL-encoded). Binance's testnet has no {@code /sapi}.
 */
final class BinanceClient implements KeyInfoClient {
    static final String RECV_WINDOW = "5000";
    private static final Set<Integer> REFUSALS = Set.of(-2015, -1022, -2014, -2008);

    @Override public String exchangeId() { return "binance"; }
    @Override public Set<KeyType> keyTypes() { return Set.of(KeyType.HMAC, KeyType.RSA, KeyType.ED25519); }
    @Override public Duration spacing() { return Duration.ofMillis(50); }

    @Override
    public URI host(Environment environment) {
        return environment == Environment.TESTNET ? null : URI.create("https://api.binance.com/");
    }

    @Override
    public long serverTime(Call call) {
        Answer answer = call.get("/api/v3/time", Map.of());
        return Call.number(checked(answer).get("serverTime"), "serverTime", answer);
    }

    @Override
    public ExchangeSays keyInfo(Call call) {
        String query = "recvWindow=" + RECV_WINDOW + "&timestamp=" + call.now();
        KeyType type = call.entry().keyType();
        String signature = type == KeyType.HMAC
                ? Signing.hmacSha256Hex(call.entry().secret(), query)
                : URLEncoder.encode(Signing.signatureBase64(call.entry().secret(), type, query), StandardCharsets.UTF_8);
        Answer answer = call.get("/sapi/v1/account/apiRestrictions?" + query + "&signature=" + signature,
                Map.of("X-MBX-APIKEY", call.entry().apiKey().reveal()));
        JsonNode json = checked(answer);
        List<String> words = new ArrayList<>();
        json.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if ((name.startsWith("enable") || name.startsWith("permits")) && field.getValue().asBoolean(false)) words.add(name);
        });
        Boolean ipBound = json.has("ipRestrict") ? json.path("ipRestrict").asBoolean() : null;
        return new ExchangeSays(call.exchange().permissionsFromWords(words), null, ipBound, null,
                millisDay(json.path("tradingAuthorityExpirationTime")), millisDay(json.path("createTime")));
    }

    private static java.time.LocalDate millisDay(JsonNode node) {
        if (!node.isNumber() && !(node.isTextual() && node.asText().matches("\\d+"))) return null;
        long millis = node.asLong();
        return millis <= 0 ? null : KeyCheck.utcDay(Instant.ofEpochMilli(millis));
    }

    private static JsonNode checked(Answer answer) {
        JsonNode json = answer.json();
        if (answer.ok() && !json.has("code")) return json;
        int code = json.path("code").asInt(0);
        String message = "Binance: " + json.path("msg").asText("") + " (code " + code + ")";
        if (REFUSALS.contains(code) || answer.status() == 401) throw ExchangeException.rejected(message);
        if (!json.has("code")) throw answer.unexpected();
        throw ExchangeException.unreachable(message);
    }
}
