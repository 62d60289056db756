package dev.apikeep.cli;

import dev.apikeep.app.AppException;

/** The exit codes of DESIGN.md section 5, and which failure gets which. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    /** Also: a kit's token is wrong, truncated or malformed. */
    public static final int WRONG_PASSWORD = 3;
    /** Also: a kit file is damaged, tampered with, not a kit, or from a newer ApiKeep. */
    public static final int DAMAGED = 4;
    public static final int BUSY = 5;
    public static final int ATTENTION = 10;

    private ExitCode() {
    }

    public static int of(Throwable failure) {
        if (failure instanceof AppException e) {
            return switch (e.kind()) {
                case WRONG_PASSWORD -> WRONG_PASSWORD;
                case DAMAGED, NOT_A_VAULT, NEWER_FORMAT, READ_ONLY -> DAMAGED;
                case BUSY, IN_USE -> BUSY;
                default -> ERROR;
            };
        }
        return ERROR; // invalid input, not found, changed elsewhere, and everything unexpected
    }
}
