package dev.apikeep.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.domain.KeyType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kraken {@code POST /0/private/GetApiKeyInfo}: API-Sign = base64 HMAC-SHA512(base64-decoded secret,
 * path + SHA-256(nonce + body)). The nonce must grow strictly, also across two keys checked in the
 * same millisecond. Kraken has no spot testnet.
 */
final class KrakenClient implements KeyInfoClient {
    private static final String PATH = "/0/private/GetApiKeyInfo";
    private static final Set<String> REFUSALS = Set.of("EAPI:Invalid key", "EAPI:Invalid signature",
            "EGeneral:Permission denied", "EAPI:Bad request");

    private final AtomicLong lastNonce = new AtomicLong();

    @Override public String exchangeId() { return "kraken"; }
    @Override public Set<KeyType> keyTypes() { return Set.of(KeyType.HMAC); }
    @Override public Duration spacing() { return Duration.ofMillis(500); }

    @Override
    public URI host(Environment environment) {
        return environment == Environment.TESTNET ? null : URI.create("https://api.kraken.com/");
    }

    @Override
    public long serverTime(Call call) {
        Answer answer = call.get("/0/public/Time", Map.of());
        return Call.number(checked(answer).path("result").get("unixtime"), "unixtime", answer) * 1000;
    }

    @Override
    public ExchangeSays keyInfo(Call call) {
        long nonce = lastNonce.accumulateAndGet(call.now(), (last, now) -> Math.max(last + 1, now));
        String body = "nonce=" + nonce;
        Answer answer = call.post(PATH, "application/x-www-form-urlencoded", body,
                Map.of("API-Key", call.entry().apiKey().reveal(), "API-Sign", sign(call, nonce + body)));
        JsonNode result = checked(answer).path("result");
        if (!result.isObject()) throw answer.malformed();
        List<String> words = new ArrayList<>();
        result.path("permissions").forEach(p -> words.add(p.asText()));
        List<String> ips = null;
        if (result.has("ipAllowlist")) {
            ips = new ArrayList<>();
            for (JsonNode ip : result.path("ipAllowlist")) ips.addAll(BybitClient.splitList(ip.asText()));
        }
        return new ExchangeSays(result.has("permissions") ? call.exchange().permissionsFromWords(words) : null, ips, null,
                null, seconds(result.path("validUntil")), seconds(result.path("createdTime")));
    }

    private static String sign(Call call, String nonceAndBody) {
        byte[] encoded = call.entry().secret().copyBytes();
        byte[] key = null;
        try {
            key = Base64.getDecoder().decode(encoded);
            byte[] hash = Signing.sha256(nonceAndBody.getBytes(StandardCharsets.UTF_8));
            byte[] path = PATH.getBytes(StandardCharsets.UTF_8);
            byte[] message = Arrays.copyOf(path, path.length + hash.length);
            System.arraycopy(hash, 0, message, path.length, hash.length);
            return Base64.getEncoder().encodeToString(Signing.hmacWithKey("HmacSHA512", key, message));
        } catch (IllegalArgumentException notBase64) {
            throw ExchangeException.rejected("the stored secret is not base64, as Kraken's secrets are: check it was copied whole");
        } finally {
            Arrays.fill(encoded, (byte) 0);
            if (key != null) Arrays.fill(key, (byte) 0);
        }
    }

    /** Unix seconds as a number or a string; 0 means "none". */
    private static LocalDate seconds(JsonNode node) {
        String text = node.asText("");
        if (!text.matches("\\d+(\\.\\d+)?")) return null;
        long seconds = (long) Double.parseDouble(text);
        return seconds <= 0 ? null : KeyCheck.utcDay(Instant.ofEpochSecond(seconds));
    }

    private static JsonNode checked(Answer answer) {
        JsonNode json = answer.json();
        JsonNode errors = json.path("error");
        if (!errors.isArray()) throw answer.ok() ? answer.malformed() : answer.unexpected();
        if (errors.isEmpty()) return json;
        String first = errors.get(0).asText();
        if (REFUSALS.contains(first)) throw ExchangeException.rejected("Kraken: " + first);
        throw ExchangeException.unreachable("Kraken: " + first);
    }
}
