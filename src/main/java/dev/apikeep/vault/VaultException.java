package dev.apikeep.vault;

import java.util.List;
import java.util.UUID;

/**
 * Everything that can go wrong with a vault, as one of a few distinct outcomes the user can act on.
 * Messages say what happened and what to do; they never contain a secret.
 */
public final class VaultException extends RuntimeException {

    /** The distinct outcomes; the CLI maps them to exit codes, the GUI to dialogs. */
    public enum Kind {
        NOT_FOUND, WRONG_PASSWORD, NOT_A_VAULT, DAMAGED, NEWER_FORMAT, BUSY, IN_USE,
        CHANGED_ELSEWHERE, READ_ONLY, ALREADY_EXISTS, DISK_FULL, IO,
        /**
         * Damage of one kind: the header's KDF parameters, salt or vault id were edited since the
         * vault last unlocked on this machine (the password is right: the remembered ones open the key).
         */
        HEADER_CHANGED
    }

    private final Kind kind;
    private final List<UUID> damagedEntries;

    public VaultException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public VaultException(Kind kind, String message, Throwable cause) {
        this(kind, message, List.of(), cause);
    }

    public VaultException(Kind kind, String message, List<UUID> damagedEntries, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.damagedEntries = List.copyOf(damagedEntries);
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#DAMAGED}: the entries that failed their checks (may be empty if only the set is wrong). */
    public List<UUID> damagedEntries() {
        return damagedEntries;
    }
}
