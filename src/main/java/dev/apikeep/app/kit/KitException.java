package dev.apikeep.app.kit;

import dev.apikeep.app.AppException;

/**
 * Why a kit could not be opened, as one of the outcomes a bot's operator can act on. Messages name
 * the kit file and say what to do; they never contain the token or a secret.
 */
public final class KitException extends AppException {

    /** The kit's own outcomes; each is also an app {@link AppException.Kind} (wrong token = wrong password: exit 3). */
    public enum KitKind {
        /** The token is malformed, truncated, or belongs to another kit (or an earlier issue of this one). */
        WRONG_TOKEN,
        /** The file is not a kit, was damaged or tampered with, or was written by a newer ApiKeep. */
        DAMAGED,
        /** The kit's expiry date has passed. */
        EXPIRED,
        /** The kit file or token could not be read, or no token was given. */
        UNREADABLE
    }

    private final KitKind kitKind;

    public KitException(KitKind kind, String message) {
        super(appKind(kind), message);
        this.kitKind = kind;
    }

    public KitKind kitKind() {
        return kitKind;
    }

    private static AppException.Kind appKind(KitKind kind) {
        return switch (kind) {
            case WRONG_TOKEN -> AppException.Kind.WRONG_PASSWORD;
            case DAMAGED -> AppException.Kind.DAMAGED;
            case EXPIRED -> AppException.Kind.INVALID_INPUT;
            case UNREADABLE -> AppException.Kind.IO;
        };
    }
}
