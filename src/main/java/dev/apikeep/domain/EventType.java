package dev.apikeep.domain;

import java.util.Arrays;
import java.util.Locale;

/** What happened, as recorded in the encrypted activity log. */
public enum EventType {
    CREATE, UNLOCK, UNLOCK_FAILED, ADD, EDIT, COPY, REVEAL, GET, EXEC, INJECT, ROTATE, REVOKE, DELETE,
    PASSWORD_CHANGED, REKEY, SETTINGS_CHANGED, EXPORT, IMPORT, BACKUP, RESTORE,
    KIT_ISSUED, KIT_FORGOTTEN;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EventType parse(String id) {
        return Arrays.stream(values())
                .filter(type -> type.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type '" + id + "'"));
    }
}
