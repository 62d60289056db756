package dev.apikeep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * ClipboardGuard with a clipboard, a ticker and a clock of the test's own: the ticks that the app's
 * timeline gives every 200 ms come only when the test says, so "the user copied something between
 * two ticks" is exact, not a race. Lock and exit both call {@link ClipboardGuard#clearIfOurs}.
 */
class ClipboardGuardTest {
    private static final Duration CLEAR_AFTER = Duration.ofSeconds(20);

    /** Ticks by hand; remembers whether it runs. */
    static final class HandTicker implements ClipboardGuard.Ticker {
        Runnable tick;
        boolean running;

        @Override
        public void start(Runnable tick) {
            this.tick = tick;
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        void tickIfRunning() {
            if (running) tick.run();
        }
    }

    final FakeClipboard clipboard = new FakeClipboard();
    final HandTicker ticker = new HandTicker();
    long nanos = 1_000_000_000L;
    final ClipboardGuard guard = new ClipboardGuard(clipboard, CLEAR_AFTER, ticker, () -> nanos);

    private void advance(Duration d) {
        nanos += d.toNanos();
    }

    @Test
    void lockingOrExitingRightAfterTheUserCopiedSomethingElseLeavesItBeforeAnyTickNoticed() {
        guard.copy("our-secret", 20);
        advance(Duration.ofMillis(120));
        clipboard.userCopies("the user's own text"); // inside the 200 ms window: no tick has seen it yet

        guard.clearIfOurs(); // lock, or exit

        assertThat(clipboard.getString()).isEqualTo("the user's own text");
        assertThat(clipboard.clears).isZero();
        assertThat(guard.secondsLeftProperty().get()).isZero();
    }

    @Test
    void aLaterLockOrExitStillLeavesTheUsersCopyAfterATickSawIt() {
        guard.copy("our-secret", 20);
        clipboard.userCopies("the user's own text");
        advance(Duration.ofMillis(200));
        ticker.tickIfRunning();
        assertThat(ticker.running).as("nothing of ours left to count down").isFalse();

        guard.clearIfOurs();
        guard.clearIfOurs(); // lock, then exit

        assertThat(clipboard.getString()).isEqualTo("the user's own text");
        assertThat(clipboard.clears).isZero();
    }

    @Test
    void theTimeoutInTheSameWindowAsTheUsersCopyLeavesIt() {
        guard.copy("our-secret", 20);
        advance(CLEAR_AFTER.minusMillis(50));
        ticker.tickIfRunning();
        clipboard.userCopies("copied 30 ms before the deadline");
        advance(Duration.ofMillis(150)); // the next tick comes after the deadline

        ticker.tickIfRunning();

        assertThat(clipboard.getString()).isEqualTo("copied 30 ms before the deadline");
        assertThat(clipboard.clears).isZero();
    }

    @Test
    void ourValueIsClearedOnLockAndOnTimeout() {
        guard.copy("our-secret", 20);
        guard.clearIfOurs();
        assertThat(clipboard.getString()).isNull();
        assertThat(clipboard.clears).isEqualTo(1);

        guard.copy("our-key", 20);
        advance(CLEAR_AFTER.plusMillis(10));
        ticker.tickIfRunning();
        assertThat(clipboard.getString()).isNull();
        assertThat(clipboard.clears).isEqualTo(2);
    }

    @Test
    void theUsersCopyOfTheSameTextAfterAnotherOneIsStillOursToClear() {
        guard.copy("our-secret", 20);
        clipboard.userCopies("something else");
        ticker.tickIfRunning(); // forgets ours
        clipboard.userCopies("our-secret");

        guard.clearIfOurs();

        assertThat(clipboard.getString()).as("ApiKeep no longer claims it: the user put it there").isEqualTo("our-secret");
    }
}
