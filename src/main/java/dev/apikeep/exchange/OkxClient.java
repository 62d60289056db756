package dev.apikeep.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OKX {@code GET /api/v5/account/config}: base64 HMAC-SHA256 over timestamp+method+path; the
 * passphrase goes as a header in clear, by OKX's design. Demo trading is the same host with
 * {@code x-simulated-trading: 1}.
 */
final class OkxClient implements KeyInfoClient {
    private static final String PATH = "/api/v5/account/config";
    private static final Set<String> REFUSALS = Set.of("50111", "50113", "50105", "50110", "50101", "50100", "50119");

    @Override public String exchangeId() { return "okx"; }
    @Override public Set<KeyType> keyTypes() { return Set.of(KeyType.HMAC); }
    @Override public Duration spacing() { return Duration.ofMillis(400); }

    @Override
    public URI host(Environment environment) {
        return URI.create("https://www.okx.com/");
    }

    @Override
    public long serverTime(Call call) {
        Answer answer = call.get("/api/v5/public/time", Map.of());
        return Call.number(checked(answer).path("data").path(0).get("ts"), "ts", answer);
    }

    @Override
    public ExchangeSays keyInfo(Call call) {
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(call.now()).truncatedTo(ChronoUnit.MILLIS));
        if (!timestamp.contains(".")) timestamp = timestamp.replace("Z", ".000Z"); // OKX wants the milliseconds always
        Map<String, String> headers = new HashMap<>(Map.of(
                "OK-ACCESS-KEY", call.entry().apiKey().reveal(),
                "OK-ACCESS-TIMESTAMP", timestamp,
                "OK-ACCESS-PASSPHRASE", call.entry().passphrase().reveal(),
                "OK-ACCESS-SIGN", Signing.hmacSha256Base64(call.entry().secret(), timestamp + "GET" + PATH)));
        if (call.entry().environment() == Environment.TESTNET) headers.put("x-simulated-trading", "1");
        Answer answer = call.get(PATH, headers);
        JsonNode config = checked(answer).path("data").path(0);
        if (!config.isObject()) throw answer.malformed();
        List<String> words = config.has("perm")
                ? Arrays.stream(config.path("perm").asText("").split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList()
                : null;
        List<String> ips = config.has("ip") ? BybitClient.splitList(config.path("ip").asText("")) : null;
        Boolean readOnly = words == null ? null : words.equals(List.of("read_only"));
        return new ExchangeSays(words == null ? null : call.exchange().permissionsFromWords(words), ips, null, readOnly,
                null, null);
    }

    private static JsonNode checked(Answer answer) {
        JsonNode json = answer.json();
        String code = json.path("code").asText("");
        if (code.equals("0")) return json;
        String message = "OKX: " + json.path("msg").asText("") + " (code " + code + ")";
        if (REFUSALS.contains(code)) throw ExchangeException.rejected(message);
        if (code.isEmpty()) throw answer.ok() ? answer.malformed() : answer.unexpected();
        throw ExchangeException.unreachable(message);
    }
}
