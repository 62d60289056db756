package dev.apikeep.ui.editor;

import dev.apikeep.domain.Messages;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editor form's errors: one message per field, shown under the field only once the user has
 * touched it (so a fresh form is not all red), and the summary beside the disabled Save button.
 * An error on a field the form does not show still makes the form invalid.
 */
final class FieldErrors {
    private final List<String> fields;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> shown = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    FieldErrors(List<String> fields) {
        this.fields = List.copyOf(fields);
        for (String field : fields) {
            errors.put(field, new ReadOnlyStringWrapper(this, field + "Error", ""));
            shown.put(field, new ReadOnlyStringWrapper(this, field + "ShownError", ""));
        }
    }

    /** The user changed these fields: their errors show from now on. */
    void touch(String... touchedFields) {
        touched.addAll(List.of(touchedFields));
        publishShown();
    }

    void touchAll() {
        touch(fields.toArray(String[]::new));
    }

    /** Replaces every field's error with {@code found} (field → message; absent = fine). */
    void publish(Map<String, String> found) {
        for (String field : fields) errors.get(field).set(found.getOrDefault(field, ""));
        publishShown();
        valid.set(found.isEmpty());
        summary.set(found.isEmpty() ? "" : Messages.format("editor.summary.toSave", found.keySet().stream()
                .map(FieldErrors::displayName).collect(Collectors.joining(", "))));
    }

    /** How the summary names a field. */
    static String displayName(String field) {
        return switch (field) {
            case EditorModel.EXCHANGE -> Messages.get("editor.field.exchange");
            case EditorModel.LABEL -> Messages.get("editor.field.label");
            case EditorModel.API_KEY -> Messages.get("editor.field.apiKey");
            case EditorModel.SECRET -> Messages.get("editor.field.secret");
            case EditorModel.PASSPHRASE -> Messages.get("editor.field.passphrase");
            case EditorModel.KEY_TYPE -> Messages.get("editor.field.keyType");
            case EditorModel.PERMISSIONS -> Messages.get("editor.field.permissions");
            case EditorModel.IPS -> Messages.get("editor.field.ipWhitelist");
            case EditorModel.CREATED -> Messages.get("editor.field.created");
            case EditorModel.EXPIRES -> Messages.get("editor.field.expires");
            case EditorModel.ROTATION -> Messages.get("editor.field.rotation");
            default -> field;
        };
    }

    private void publishShown() {
        for (String field : fields) shown.get(field).set(touched.contains(field) ? errors.get(field).get() : "");
    }

    /** The fields that block saving, for the exception {@link EditorModel#build()} throws. */
    String invalidFields() {
        return errors.entrySet().stream().filter(e -> !e.getValue().get().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.joining(", "));
    }

    ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) throw new IllegalArgumentException("no field '" + field + "'");
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty shownErrorProperty(String field) {
        errorProperty(field);
        return shown.get(field).getReadOnlyProperty();
    }

    ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    boolean isValid() { return valid.get(); }
}
