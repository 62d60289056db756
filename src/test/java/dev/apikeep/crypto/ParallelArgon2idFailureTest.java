package dev.apikeep.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A lane thread that dies: the derivation fails (never a silently wrong key), and the memory is
 * wiped only after every other thread has stopped working on it.
 */
class ParallelArgon2idFailureTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CountDownLatch firstDied = new CountDownLatch(1);
    private final CountDownLatch deriveEnded = new CountDownLatch(1);
    private final AtomicBoolean secondFinished = new AtomicBoolean();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /**
     * The first helper dies at once; the second starts only after that, does its share, then waits
     * a little for the derivation to end. Were the derivation to end (and wipe) without waiting for
     * it, it would still be running at that moment.
     */
    private final ExecutorService helpers = new AbstractExecutorService() {
        private final AtomicInteger submitted = new AtomicInteger();

        @Override
        public Future<?> submit(Runnable work) {
            if (submitted.getAndIncrement() == 0) {
                return threads.submit(() -> {
                    firstDied.countDown();
                    throw new IllegalStateException("lane died");
                });
            }
            return threads.submit(() -> {
                awaitQuietly(firstDied, 10);
                work.run();
                awaitQuietly(deriveEnded, 1);
                secondFinished.set(true);
            });
        }

        @Override public void execute(Runnable command) { threads.execute(command); }
        @Override public void shutdown() { threads.shutdown(); }
        @Override public List<Runnable> shutdownNow() { return threads.shutdownNow(); }
        @Override public boolean isShutdown() { return threads.isShutdown(); }
        @Override public boolean isTerminated() { return threads.isTerminated(); }
        @Override public boolean awaitTermination(long t, TimeUnit u) throws InterruptedException { return threads.awaitTermination(t, u); }
    };

    private static void awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aDeadLaneFailsTheDerivationAfterTheOtherLanesStopped() {
        ParallelArgon2id argon2 = new ParallelArgon2id(helpers, 3);
        boolean[] othersDoneWhenItFailed = new boolean[1];

        assertThatThrownBy(() -> {
            try {
                argon2.derive("pw".getBytes(), "saltsaltsaltsalt".getBytes(), null, null, 64, 1, 4, 32);
            } finally {
                othersDoneWhenItFailed[0] = secondFinished.get();
                deriveEnded.countDown();
            }
        }).hasRootCauseMessage("lane died");

        assertThat(othersDoneWhenItFailed[0])
                .as("every other lane thread had stopped before the failure came out (and the memory was wiped)")
                .isTrue();
    }
}
