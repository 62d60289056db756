package dev.apikeep.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    /**
     * Runs {@code work} on a daemon thread of its own, named {@code name}, for work that must not
     * queue behind the background executor (the vault's one thread) nor hold the FX thread.
     */
    public static <T> CompletableFuture<T> onHelperThread(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Runs {@code then} on the FX thread once {@code future} is done, however it ended: at once if it is (call on the FX thread). */
    public static void onFxWhenDone(CompletableFuture<?> future, Runnable then) {
        if (future.isDone()) then.run();
        else future.whenComplete((result, error) -> Platform.runLater(then));
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
