package dev.apikeep.app;

import java.util.List;
import java.util.UUID;

/**
 * What went wrong, as one of the few outcomes the desktop app and the command line act on: the CLI
 * maps a {@link Kind} to an exit code, the GUI to a message. The vault's own errors are translated
 * into this once, inside {@code app}; nothing above {@code app} sees the layer below. Messages say
 * what happened and what to do, and never contain a secret.
 */
public class AppException extends RuntimeException {

    /** The outcomes a user can act on. */
    public enum Kind {
        NOT_FOUND, WRONG_PASSWORD, NOT_A_VAULT, DAMAGED, NEWER_FORMAT, BUSY, IN_USE,
        CHANGED_ELSEWHERE, READ_ONLY, ALREADY_EXISTS, DISK_FULL, IO, INVALID_INPUT
    }

    private final Kind kind;
    private final List<UUID> damagedEntries;

    public AppException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public AppException(Kind kind, String message, Throwable cause) {
        this(kind, message, List.of(), cause);
    }

    public AppException(Kind kind, String message, List<UUID> damagedEntries, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.damagedEntries = List.copyOf(damagedEntries);
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#DAMAGED}: the entries that failed their checks (empty when only the set is wrong). */
    public List<UUID> damagedEntries() {
        return damagedEntries;
    }

    /** True when {@code failure} (or what it wraps) is an app error of {@code kind}. */
    public static boolean is(Throwable failure, Kind kind) {
        return failure instanceof AppException e && e.kind == kind;
    }
}
