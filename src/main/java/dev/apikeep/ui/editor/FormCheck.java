package dev.apikeep.ui.editor;

import dev.apikeep.app.EntryValidator;
import dev.apikeep.app.FieldError;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.IpRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the editor's inputs: reads the form's text into values (IP lines, the rotation
 * interval) and collects, per field, the first thing wrong. The entry rules are the CLI's
 * ({@link EntryValidator}); this adds only what a form has: text that does not parse, empty pickers.
 */
final class FormCheck {
    private final Map<String, String> found = new LinkedHashMap<>();
    private boolean ipsValid = true;

    /** The IP whitelist's lines, or none (and an error naming the bad line) when one does not parse. */
    List<IpRule> ips(String text) {
        try {
            return IpRule.parseList(text);
        } catch (IllegalArgumentException e) {
            ipsValid = false;
            found.put(EditorModel.IPS, e.getMessage());
            return List.of();
        }
    }

    /** The rotation interval in days, null when empty or (with an error) when not a whole number of at least 1. */
    Integer rotation(String text) {
        Integer days = rotationDays(text);
        if (days == null && text != null && !text.isBlank()) {
            found.put(EditorModel.ROTATION, Messages.get("editor.error.rotation"));
        }
        return days;
    }

    static Integer rotationDays(String text) {
        String days = text == null ? "" : text.strip();
        try {
            return days.isEmpty() || Integer.parseInt(days) <= 0 ? null : Integer.valueOf(days);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void require(boolean present, String field, String message) {
        if (!present) found.put(field, message);
    }

    /** The entry rules on {@code draft}; a field keeps the form's own error when it already has one. */
    void validate(EntryValidator validator, ApiKeyEntry draft, String secretText) {
        for (FieldError error : validator.validate(draft)) found.putIfAbsent(error.field(), error.message());
        if (secretText.isBlank() && !secretText.isEmpty()) found.putIfAbsent(EditorModel.SECRET, Messages.get("editor.error.blankSecret"));
    }

    Map<String, String> found() { return found; }
    boolean ipsValid() { return ipsValid; }
}
