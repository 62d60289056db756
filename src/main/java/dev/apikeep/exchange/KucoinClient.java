package dev.apikeep.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.domain.KeyType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KuCoin {@code GET /api/v1/user/api-key} (unconfirmed endpoint): key version 2, so the passphrase
 * goes as base64 HMAC-SHA256(secret, passphrase), never in clear. KuCoin's sandbox is gone.
 */
final class KucoinClient implements KeyInfoClient {
    private static final String PATH = "/api/v1/user/api-key";
    static final String KEY_VERSION = "2";
    private static final Set<String> REFUSALS = Set.of("400003", "400004", "400005", "400006", "400007", "411100");

    @Override public String exchangeId() { return "kucoin"; }
    @Override public Set<KeyType> keyTypes() { return Set.of(KeyType.HMAC); }
    @Override public Duration spacing() { return Duration.ofMillis(200); }

    @Override
    public URI host(Environment environment) {
        return environment == Environment.TESTNET ? null : URI.create("https://api.kucoin.com/");
    }

    @Override
    public long serverTime(Call call) {
        Answer answer = call.get("/api/v1/timestamp", Map.of());
        return Call.number(checked(answer).get("data"), "data", answer);
    }

    @Override
    public ExchangeSays keyInfo(Call call) {
        String timestamp = Long.toString(call.now());
        String passphrase = call.entry().passphrase().reveal();
        Answer answer = call.get(PATH, Map.of(
                "KC-API-KEY", call.entry().apiKey().reveal(),
                "KC-API-TIMESTAMP", timestamp,
                "KC-API-KEY-VERSION", KEY_VERSION,
                "KC-API-PASSPHRASE", Signing.hmacSha256Base64(call.entry().secret(), passphrase),
                "KC-API-SIGN", Signing.hmacSha256Base64(call.entry().secret(), timestamp + "GET" + PATH)));
        if (answer.status() == 404) {
            throw ExchangeException.unsupported("KuCoin has no key-info endpoint at " + PATH + " (HTTP 404)");
        }
        JsonNode data = checked(answer).path("data");
        if (!data.isObject()) throw answer.malformed();
        List<String> words = data.has("permission")
                ? Arrays.stream(data.path("permission").asText("").split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList()
                : null;
        List<String> ips = data.has("ipWhitelist") ? BybitClient.splitList(data.path("ipWhitelist").asText("")) : null;
        JsonNode created = data.path("createdAt");
        return new ExchangeSays(words == null ? null : call.exchange().permissionsFromWords(words), ips, null, null, null,
                created.canConvertToLong() && created.asLong() > 0 ? KeyCheck.utcDay(Instant.ofEpochMilli(created.asLong())) : null);
    }

    private static JsonNode checked(Answer answer) {
        JsonNode json = answer.json();
        String code = json.path("code").asText("");
        if (code.equals("200000")) return json;
        String message = "KuCoin: " + json.path("msg").asText("") + " (code " + code + ")";
        if (REFUSALS.contains(code)) throw ExchangeException.rejected(message);
        if (code.isEmpty()) throw answer.ok() ? answer.malformed() : answer.unexpected();
        throw ExchangeException.unreachable(message);
    }
}
