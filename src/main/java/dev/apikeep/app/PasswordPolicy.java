package dev.apikeep.app;

import dev.apikeep.domain.Messages;

/**
 * The one rule every new master or bundle password meets, in the CLI and the GUI alike. Eight
 * characters is a floor against typos and one-word passwords, not a strength guarantee: the
 * strength meter says more, but the floor is the same everywhere.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** Why a new password of {@code length} characters is refused, or null when it is long enough. */
    public static String problem(int length) {
        if (length >= MIN_LENGTH) return null;
        return length == 0 ? Messages.get("password.empty") : Messages.format("password.tooShort", length, MIN_LENGTH);
    }
}
