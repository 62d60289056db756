package dev.apikeep.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bitget has no key-specific endpoint: {@code GET /api/v2/spot/account/info} tells the calling key's
 * authorities and IPs (base64 HMAC-SHA256, or RSA-SHA256, over timestamp+method+path; passphrase in
 * clear by Bitget's design). {@code regisTime} is the account's, so no created date is reported.
 */
final class BitgetClient implements KeyInfoClient {
    private static final String PATH = "/api/v2/spot/account/info";
    private static final Set<String> REFUSALS = Set.of("40006", "40012", "40037", "40009", "40018", "40014", "40011");

    @Override public String exchangeId() { return "bitget"; }
    @Override public Set<KeyType> keyTypes() { return Set.of(KeyType.HMAC, KeyType.RSA); }
    @Override public Duration spacing() { return Duration.ofSeconds(1); }

    @Override
    public URI host(Environment environment) {
        return environment == Environment.TESTNET ? null : URI.create("https://api.bitget.com/");
    }

    @Override
    public long serverTime(Call call) {
        Answer answer = call.get("/api/v2/public/time", Map.of());
        return Call.number(checked(answer).path("data").get("serverTime"), "serverTime", answer);
    }

    @Override
    public ExchangeSays keyInfo(Call call) {
        String timestamp = Long.toString(call.now());
        String payload = timestamp + "GET" + PATH;
        String sign = call.entry().keyType() == KeyType.RSA
                ? Signing.signatureBase64(call.entry().secret(), KeyType.RSA, payload)
                : Signing.hmacSha256Base64(call.entry().secret(), payload);
        Answer answer = call.get(PATH, Map.of(
                "ACCESS-KEY", call.entry().apiKey().reveal(),
                "ACCESS-TIMESTAMP", timestamp,
                "ACCESS-PASSPHRASE", call.entry().passphrase().reveal(),
                "ACCESS-SIGN", sign,
                "locale", "en-US"));
        JsonNode data = checked(answer).path("data");
        if (!data.isObject()) throw answer.malformed();
        List<String> words = null;
        if (data.has("authorities")) {
            words = new ArrayList<>();
            for (JsonNode code : data.path("authorities")) words.add(code.asText());
        }
        List<String> ips = data.has("ips") ? BybitClient.ips(data.path("ips")) : null;
        return new ExchangeSays(words == null ? null : call.exchange().permissionsFromWords(words), ips, null, null, null, null);
    }

    private static JsonNode checked(Answer answer) {
        JsonNode json = answer.json();
        String code = json.path("code").asText("");
        if (code.equals("00000")) return json;
        String message = "Bitget: " + json.path("msg").asText("") + " (code " + code + ")";
        if (REFUSALS.contains(code)) throw ExchangeException.rejected(message);
        if (code.isEmpty()) throw answer.ok() ? answer.malformed() : answer.unexpected();
        throw ExchangeException.unreachable(message);
    }
}
