package dev.apikeep.cli;

/** A command-line failure with a message meant for the user (one line, says what to do). */
public final class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(String message) {
        this(message, ExitCode.ERROR);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
