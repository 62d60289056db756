package dev.apikeep.ui.unlock;

import dev.apikeep.ui.common.ErrorText;
import dev.apikeep.app.AppException;
import dev.apikeep.app.HeaderChangedException;
import dev.apikeep.domain.Messages;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The unlock screen's state and logic: when Unlock is allowed and what each failure tells the user. */
public final class UnlockModel {
    /** Which kind of failure the message describes; the view styles and offers actions by it. */
    public enum Problem { NONE, WRONG_PASSWORD, DAMAGED, IN_USE, NOT_A_VAULT, NOT_FOUND, OTHER }

    private final ObjectProperty<Path> vaultPath = new SimpleObjectProperty<>();
    private final BooleanProperty passwordEntered = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty capsLock = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(Problem.NONE);
    private final BooleanProperty rescueOffered = new SimpleBooleanProperty();
    private final BooleanBinding canUnlock = passwordEntered.and(busy.not());

    public ObjectProperty<Path> vaultPathProperty() { return vaultPath; }
    public BooleanProperty passwordEnteredProperty() { return passwordEntered; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty capsLockProperty() { return capsLock; }
    public StringProperty messageProperty() { return message; }
    public ObjectProperty<Problem> problemProperty() { return problem; }
    public BooleanProperty rescueOfferedProperty() { return rescueOffered; }
    public BooleanBinding canUnlockProperty() { return canUnlock; }

    public boolean canUnlock() {
        return canUnlock.get();
    }

    /** The message takes its space: while it says something, even hidden during an unlock. */
    public BooleanBinding showMessage() {
        return Bindings.createBooleanBinding(() -> !message.get().isEmpty(), message);
    }

    /** The message is seen: not during an unlock (the last attempt's message would be out of date). */
    public BooleanBinding messageVisible() {
        return showMessage().and(busy.not());
    }

    /** The rescue button is seen: offered, and not during an unlock. */
    public BooleanBinding rescueVisible() {
        return rescueOffered.and(busy.not());
    }

    /**
     * The KDF is about to run. The last message and the rescue button are hidden, not removed: they
     * keep their space, so the screen's text is not laid out again while the main window is built
     * beside the unlock (JavaFX's one shared text layout; the next failure replaces them once that is done).
     */
    public void started() {
        busy.set(true);
        problem.set(Problem.NONE);
    }

    public void succeeded() {
        busy.set(false);
        message.set("");
        problem.set(Problem.NONE);
    }

    public void failed(Throwable error) {
        busy.set(false);
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        rescueOffered.set(false);
        if (!(t instanceof AppException v)) {
            problem.set(Problem.OTHER);
            ErrorText.Message m = ErrorText.of(t);
            message.set(m.what() + " " + m.whatToDo());
            return;
        }
        switch (v.kind()) {
            case WRONG_PASSWORD -> {
                problem.set(Problem.WRONG_PASSWORD);
                message.set(Messages.get("unlock.error.wrongPassword"));
            }
            case DAMAGED -> {
                problem.set(Problem.DAMAGED);
                rescueOffered.set(true);
                message.set(v instanceof HeaderChangedException ? Messages.format("unlock.headerChanged")
                        : Messages.format("unlock.error.damaged", damagedText(v.damagedEntries().size())));
            }
            case IN_USE -> {
                problem.set(Problem.IN_USE);
                message.set(Messages.get("unlock.error.inUse"));
            }
            case NOT_A_VAULT, NEWER_FORMAT -> {
                problem.set(Problem.NOT_A_VAULT);
                message.set(v.kind() == AppException.Kind.NOT_A_VAULT
                        ? Messages.get("unlock.error.notAVault")
                        : v.getMessage());
            }
            case NOT_FOUND -> {
                problem.set(Problem.NOT_FOUND);
                message.set(Messages.format("unlock.error.notFound", vaultPath.get()));
            }
            default -> {
                problem.set(Problem.OTHER);
                ErrorText.Message m = ErrorText.of(t);
                message.set(m.what() + " " + m.whatToDo());
            }
        }
    }

    static String damagedText(int count) {
        if (count == 0) return Messages.get("unlock.damaged.set");
        return Messages.format("unlock.damaged.entries", count);
    }
}
