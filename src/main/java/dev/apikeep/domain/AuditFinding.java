package dev.apikeep.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One problem the audit found with a key. Never holds a secret.
 *
 * @param rule    the kebab-case rule id, e.g. {@code withdraw-enabled}
 * @param message what is wrong, in plain words
 * @param action  what to do about it
 */
public record AuditFinding(Severity severity, String rule, UUID entryId, String label, String message, String action) {

    /** Most severe first, so sorting by severity puts the worst on top. */
    public enum Severity {
        HIGH, MEDIUM, LOW;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AuditFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(action, "action");
    }
}
