package dev.apikeep.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One question to one exchange about one key: where to send it, the key, the catalog entry (for the
 * word mapping), and "now" by the exchange's clock.
 */
record Call(ExchangeHttp http, URI base, ApiKeyEntry entry, Exchange exchange, LongSupplier serverNow) {

    long now() {
        return serverNow.getAsLong();
    }

    Answer get(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET();
        headers.forEach(request::header);
        return http.send(exchange.name(), request);
    }

    Answer post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(exchange.name(), request);
    }

    /** "host[:port]" as the request goes out (Coinbase signs it into the JWT). */
    String authority() {
        return base.getRawAuthority();
    }

    /** A timestamp field that may be a JSON number or a string of digits. */
    static long number(JsonNode node, String what, Answer answer) {
        if (node == null || node.isNull() || node.isMissingNode()) throw answer.malformed();
        if (node.isNumber()) return node.asLong();
        try {
            return Long.parseLong(node.asText().strip());
        } catch (NumberFormatException e) {
            throw answer.malformed();
        }
    }
}
