package dev.apikeep.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One HTTP answer from an exchange: status, body, and the body as JSON when asked. */
record Answer(String exchangeName, int status, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as a JSON object; anything else is a broken answer, not a verdict on the key. */
    JsonNode json() {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) throw malformed();
            return node;
        } catch (JsonProcessingException e) {
            throw malformed();
        }
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** A short, single-line excerpt of the body for messages (exchange error texts are short). */
    String excerpt() {
        String line = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    ExchangeException malformed() {
        return ExchangeException.unreachable(exchangeName + " answered with something that is not the expected JSON (HTTP "
                + status + ")");
    }

    ExchangeException unexpected() {
        return ExchangeException.unreachable(exchangeName + " answered HTTP " + status + ": " + excerpt());
    }
}
