package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import java.util.List;

/** The user's input cannot be saved; nothing was changed. */
public final class InvalidInputException extends AppException {
    private final List<FieldError> errors;

    public InvalidInputException(String message) {
        this(List.of(new FieldError("input", message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(Kind.INVALID_INPUT, errors.isEmpty() ? Messages.get("input.invalid") : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
