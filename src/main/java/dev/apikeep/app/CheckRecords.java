package dev.apikeep.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyCheck;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A key's last check as stored in the vault (sealed there like every field): the status, when, the
 * exchange's answer and its error. The differences are not stored: they are recomputed against the
 * entry as it is when read ({@link KeyCheck#against}), so an edit since the check never leaves a stale one.
 */
final class CheckRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private CheckRecords() {
    }

    static byte[] encode(KeyCheck check) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", VERSION);
        root.put("status", check.status().id());
        root.put("checkedAt", check.checkedAt().toString());
        root.put("error", check.error());
        ExchangeSays says = check.says();
        ObjectNode s = root.putObject("says");
        list(s, "permissions", says.permissions());
        list(s, "ipWhitelist", says.ipWhitelist());
        if (says.ipBound() == null) s.putNull("ipBound"); else s.put("ipBound", says.ipBound());
        if (says.readOnly() == null) s.putNull("readOnly"); else s.put("readOnly", says.readOnly());
        s.put("expiresAt", says.expiresAt() == null ? null : says.expiresAt().toString());
        s.put("createdAt", says.createdAt() == null ? null : says.createdAt().toString());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a check record", e);
        }
    }

    /** @throws IllegalArgumentException when the bytes are not a check record this version understands */
    static KeyCheck decode(UUID entryId, byte[] bytes) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.path("v").asInt() != VERSION) throw new IllegalArgumentException("not a check record");
            JsonNode s = root.path("says");
            ExchangeSays says = new ExchangeSays(list(s.get("permissions")), list(s.get("ipWhitelist")), bool(s.get("ipBound")),
                    bool(s.get("readOnly")), date(s.get("expiresAt")), date(s.get("createdAt")));
            JsonNode error = root.get("error");
            return new KeyCheck(entryId, KeyCheck.Status.parse(root.path("status").asText()), Instant.parse(root.path("checkedAt").asText()),
                    says, List.of(), error == null || error.isNull() ? null : error.asText());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable check record", e);
        }
    }

    private static void list(ObjectNode parent, String name, List<String> values) {
        if (values == null) {
            parent.putNull(name);
            return;
        }
        ArrayNode array = parent.putArray(name);
        values.forEach(array::add);
    }

    private static List<String> list(JsonNode node) {
        if (node == null || node.isNull()) return null;
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Boolean bool(JsonNode node) {
        return node == null || node.isNull() ? null : node.asBoolean();
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }
}
