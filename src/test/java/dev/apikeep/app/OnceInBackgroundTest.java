package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A command's warm-up: on its own daemon thread, once per run, never on a single core, failing quietly. */
class OnceInBackgroundTest {

    @Test
    void runsTheWorkOnceOnADaemonThread() throws InterruptedException {
        OnceInBackground once = new OnceInBackground("test-warm-up");
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Thread thread = once.start(() -> {
            runs.incrementAndGet();
            await(release);
        }, 2);
        try {
            assertThat(thread).isNotNull();
            assertThat(thread.isDaemon()).as("a warm-up never keeps a command's process alive").isTrue();
            assertThat(thread.getName()).isEqualTo("test-warm-up");
            assertThat(once.start(runs::incrementAndGet, 2)).as("the second command of a run").isNull();
        } finally {
            release.countDown();
        }
        thread.join(10_000);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aSingleCoreDoesTheWorkOnlyOnce_inTheCommandItself() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(new OnceInBackground("test-warm-up").start(runs::incrementAndGet, 1)).isNull();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aFailureEndsTheThreadWithoutATraceOnTheTerminal() throws InterruptedException {
        AtomicReference<Throwable> uncaught = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.set(e));
        try {
            Thread thread = new OnceInBackground("test-warm-up").start(() -> {
                throw new IllegalStateException("no native library");
            }, 2);
            thread.join(10_000);
            assertThat(thread.isAlive()).isFalse();
            assertThat(uncaught.get()).as("an uncaught exception would print its stack trace").isNull();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
