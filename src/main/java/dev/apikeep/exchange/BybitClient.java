package dev.apikeep.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.domain.KeyType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bybit v5 {@code GET /v5/user/query-api}: HMAC-SHA256 hex or RSA-SHA256 base64 over timestamp+key+window+query. */
final class BybitClient implements KeyInfoClient {
    static final String RECV_WINDOW = "5000";
    /** retCodes that are a verdict on the key; 10002 (clock) and 10006 (rate limit) are not. */
    private static final Set<Integer> REFUSALS = Set.of(10003, 10004, 10005, 10010, 33004);

    @Override public String exchangeId() { return "bybit"; }
    @Override public Set<KeyType> keyTypes() { return Set.of(KeyType.HMAC, KeyType.RSA); }
    @Override public Duration spacing() { return Duration.ofMillis(100); }

    @Override
    public URI host(Environment environment) {
        return URI.create(environment == Environment.TESTNET ? "https://api-testnet.bybit.com/" : "https://api.bybit.com/");
    }

    @Override
    public long serverTime(Call call) {
        Answer answer = call.get("/v5/market/time", Map.of());
        JsonNode result = checked(answer).path("result");
        if (result.hasNonNull("timeNano")) return Call.number(result.get("timeNano"), "timeNano", answer) / 1_000_000;
        return Call.number(result.get("timeSecond"), "timeSecond", answer) * 1000;
    }

    @Override
    public ExchangeSays keyInfo(Call call) {
        String timestamp = Long.toString(call.now());
        String apiKey = call.entry().apiKey().reveal();
        String payload = timestamp + apiKey + RECV_WINDOW; // GET without a query: nothing more to sign
        String sign = call.entry().keyType() == KeyType.RSA
                ? Signing.signatureBase64(call.entry().secret(), KeyType.RSA, payload)
                : Signing.hmacSha256Hex(call.entry().secret(), payload);
        Answer answer = call.get("/v5/user/query-api", Map.of("X-BAPI-API-KEY", apiKey, "X-BAPI-TIMESTAMP", timestamp,
                "X-BAPI-RECV-WINDOW", RECV_WINDOW, "X-BAPI-SIGN", sign));
        JsonNode result = checked(answer).path("result");
        if (!result.isObject()) throw answer.malformed();
        return new ExchangeSays(call.exchange().permissionsFromWords(words(result)), ips(result.path("ips")), null,
                result.has("readOnly") ? result.path("readOnly").asInt() == 1 : null,
                date(result.path("expiredAt")), date(result.path("createdAt")));
    }

    /** {@code ReadOnly} for the switch, then {@code Group.Item} for every scope (a bare group when it lists none). */
    private static List<String> words(JsonNode result) {
        List<String> words = new ArrayList<>();
        if (result.path("readOnly").asInt() == 1) words.add("ReadOnly");
        result.path("permissions").fields().forEachRemaining(group -> {
            JsonNode items = group.getValue();
            if (!items.isArray() || items.isEmpty()) return; // an empty group is a scope not granted
            items.forEach(item -> words.add(group.getKey() + "." + item.asText()));
        });
        return words;
    }

    /**
     * {@code ["*"]} means "no IP bound" by one reading (unconfirmed), so "*" and empty strings are
     * dropped in both readings: an empty list is what the vault stores for "any IP".
     */
    static List<String> ips(JsonNode ips) {
        if (!ips.isArray()) return ips.isTextual() ? splitList(ips.asText()) : null;
        List<String> list = new ArrayList<>();
        ips.forEach(ip -> list.addAll(splitList(ip.asText())));
        return list;
    }

    static List<String> splitList(String text) {
        List<String> list = new ArrayList<>();
        for (String part : text.split(",")) {
            String ip = part.strip();
            if (!ip.isEmpty() && !ip.equals("*")) list.add(ip);
        }
        return list;
    }

    /** ISO instants; {@code 1970-…} (epoch) means "none". */
    private static LocalDate date(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) return null;
        try {
            Instant instant = Instant.parse(node.asText());
            return instant.getEpochSecond() <= 0 ? null : KeyCheck.utcDay(instant);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static JsonNode checked(Answer answer) {
        JsonNode json = answer.json();
        int code = json.path("retCode").asInt(-1);
        if (code == 0) return json;
        String message = json.path("retMsg").asText("") + " (retCode " + code + ")";
        if (REFUSALS.contains(code)) throw ExchangeException.rejected("Bybit: " + message);
        if (!json.has("retCode")) throw answer.ok() ? answer.malformed() : answer.unexpected();
        throw ExchangeException.unreachable("Bybit: " + message);
    }
}
