package dev.apikeep.app;

/** A problem with one field of a key, shown next to that field (GUI) or as the error line (CLI). */
public record FieldError(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
