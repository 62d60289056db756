package dev.apikeep.cli;

import dev.apikeep.app.InvalidInputException;
import dev.apikeep.domain.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns failures into one stderr line, {@code apikeep: <what happened and what to do>}, and an exit code. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private final ApiKeepCli root;

    ErrorReporter(ApiKeepCli root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        return reportFailure(failure);
    }

    /** Says what went wrong (with the stack trace under --debug) and gives the exit code for it. */
    int reportFailure(Exception failure) {
        report(messageOf(failure));
        if (root.debug) failure.printStackTrace(root.context().err());
        return failure instanceof CliException cli ? cli.exitCode() : ExitCode.of(failure);
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        if (failure instanceof CommandLine.UnmatchedArgumentException unmatched && KitOptions.requested(args)) {
            report(KitOptions.explainUnmatched(unmatched));
            return ExitCode.USAGE;
        }
        report(Messages.format("cli.usageError", failure.getMessage()));
        return ExitCode.USAGE;
    }

    private void report(String message) {
        root.context().err().println(Messages.format("cli.error", message));
    }

    private static String messageOf(Exception failure) {
        if (failure instanceof InvalidInputException invalid && invalid.errors().size() > 1) {
            return String.join("; ", invalid.errors().stream().map(e -> e.message()).distinct().toList());
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) return Messages.format("cli.unexpected", failure.getClass().getSimpleName());
        return message.replace('\n', ' ');
    }
}
