package dev.apikeep.app.kit;

/**
 * Why a kit could not be opened, as one of the outcomes a bot's operator can act on. Messages name
 * the kit file and say what to do; they never contain the token or a secret.
 */
public final class KitException extends RuntimeException {

    /** The CLI maps these to exit codes: wrong token 3, damaged 4, the rest 1. */
    public enum Kind {
        /** The token is malformed, truncated, or belongs to another kit (or an earlier issue of this one). */
        WRONG_TOKEN,
        /** The file is not a kit, was damaged or tampered with, or was written by a newer ApiKeep. */
        DAMAGED,
        /** The kit's expiry date has passed. */
        EXPIRED,
        /** The kit file or token could not be read, or no token was given. */
        UNREADABLE
    }

    private final Kind kind;

    public KitException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
