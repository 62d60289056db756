package dev.apikeep.ui.common;

import dev.apikeep.app.AppException;
import dev.apikeep.domain.Messages;
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
                case WRONG_PASSWORD -> message("wrongPassword", Messages.get("error.wrongPassword.whatToDo"));
                case DAMAGED -> message("damaged", v.getMessage());
                case NOT_A_VAULT -> message("notAVault", Messages.get("error.notAVault.whatToDo"));
                case IN_USE -> message("inUse", Messages.get("error.inUse.whatToDo"));
                case CHANGED_ELSEWHERE -> message("changedElsewhere", Messages.get("error.changedElsewhere.whatToDo"));
                case READ_ONLY -> message("readOnly", Messages.get("error.readOnly.whatToDo"));
                case DISK_FULL -> message("diskFull", Messages.get("error.diskFull.whatToDo"));
                case BUSY -> message("busy", Messages.get("error.busy.whatToDo"));
                case INVALID_INPUT -> message("invalidInput", v.getMessage());
                default -> message("other", v.getMessage());
            };
        }
        String detail = t.getMessage() == null ? "" : t.getMessage();
        return message("unexpected", (detail.isBlank() ? "" : detail + ". ") + Messages.get("error.unexpected.whatToDo"));
    }

    private static Message message(String kind, String whatToDo) {
        return new Message(Messages.get("error." + kind + ".what"), whatToDo);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
