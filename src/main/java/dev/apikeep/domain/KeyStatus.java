package dev.apikeep.domain;

import java.util.Locale;

/** Stored status. "Expired" is not stored: it is derived from the expiry date and today. */
public enum KeyStatus {
    ACTIVE, REVOKED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
