package dev.apikeep.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs vault work on the background thread and hands the result back on the FX thread. */
public final class Tasks {
    private Tasks() {
    }

    public static <T> void run(Executor background, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                Platform.runLater(() -> onError.accept(t));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    /** Waits for {@code future} and throws its own error, not wrapped, as the caller would have thrown it. */
    public static <T> T joinUnwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }
}
