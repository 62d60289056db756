package dev.apikeep.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * User preferences that change security behaviour. Stored encrypted inside the vault, never in a
 * plaintext file another program could edit to weaken them. Values are clamped to safe ranges.
 */
public record Settings(int clipboardClearSeconds, int autoLockMinutes, boolean lockOnMinimise,
                       int reminderLeadDays, Theme theme) {

    public enum Theme { LIGHT, DARK, SYSTEM }

    public static final Settings DEFAULTS = new Settings(20, 5, false, 14, Theme.LIGHT);
    private static final ObjectMapper JSON = new ObjectMapper();

    public Settings {
        clipboardClearSeconds = clamp(clipboardClearSeconds, 5, 300);
        autoLockMinutes = clamp(autoLockMinutes, 1, 240);
        reminderLeadDays = clamp(reminderLeadDays, 1, 365);
        theme = theme == null ? Theme.LIGHT : theme;
    }

    public byte[] toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("clipboardClearSeconds", clipboardClearSeconds);
        node.put("autoLockMinutes", autoLockMinutes);
        node.put("lockOnMinimise", lockOnMinimise);
        node.put("reminderLeadDays", reminderLeadDays);
        node.put("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads settings, falling back to the default for any field that is missing or unreadable. */
    public static Settings fromJson(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new Settings(
                    node.path("clipboardClearSeconds").asInt(DEFAULTS.clipboardClearSeconds),
                    node.path("autoLockMinutes").asInt(DEFAULTS.autoLockMinutes),
                    node.path("lockOnMinimise").asBoolean(DEFAULTS.lockOnMinimise),
                    node.path("reminderLeadDays").asInt(DEFAULTS.reminderLeadDays),
                    parseTheme(node.path("theme").asText("light")));
        } catch (IOException e) {
            return DEFAULTS;
        }
    }

    private static Theme parseTheme(String text) {
        try {
            return Theme.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DEFAULTS.theme;
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
