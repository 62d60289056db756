package dev.apikeep.ui.common;

import dev.apikeep.app.AppException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns an exception from vault work into what the user reads: never a class name or stack trace. */
public final class ErrorText {
    private ErrorText() {
    }

    /** A headline and the advice under it. */
    public record Message(String what, String whatToDo) {
    }

    public static Message of(Throwable problem) {
        Throwable t = unwrap(problem);
        if (t instanceof AppException v) {
            return switch (v.kind()) {
                case WRONG_PASSWORD -> new Message("Wrong master password.", "Check Caps Lock and the keyboard layout, then try again.");
                case DAMAGED -> new Message("The vault is damaged or was tampered with.", v.getMessage());
                case NOT_A_VAULT -> new Message("This file is not an ApiKeep vault.", "Choose another file, or create a new vault.");
                case IN_USE -> new Message("This vault is already open in another ApiKeep window.", "Switch to that window, or close it first.");
                case CHANGED_ELSEWHERE -> new Message("The key was changed elsewhere (for example by the command line).", "The list has been reloaded; make your change again.");
                case READ_ONLY -> new Message("The vault is open read-only.", "It is damaged: copy out what you need, or restore a backup.");
                case DISK_FULL -> new Message("The disk is full.", "Free some space and try again; nothing was changed.");
                case BUSY -> new Message("The vault is busy.", "Another program is writing to it; try again in a moment.");
                case INVALID_INPUT -> new Message("The key could not be saved.", v.getMessage());
                default -> new Message("The vault could not be used.", v.getMessage());
            };
        }
        String detail = t.getMessage() == null ? "" : t.getMessage();
        return new Message("Something went wrong.", (detail.isBlank() ? "" : detail + ". ")
                + "Nothing secret was written; try again, and restart ApiKeep if it keeps happening.");
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
