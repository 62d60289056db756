package dev.apikeep.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few runs of the crash harnesses (bench/reliability/run.sh runs 500 of each). */
class CrashTest {
    @TempDir Path dir;

    @Test
    void killedWritesLeaveTheStateBeforeOrAfterNeverAMix() throws Exception {
        CrashHarness.Result result = CrashHarness.run(6, dir, 99L);
        System.out.println(result);
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void killedCliWritesLeaveTheStateBeforeOrAfterAndTheRightPassword() throws Exception {
        CliCrashHarness.Result result = CliCrashHarness.run(12, dir, 7L);
        System.out.println(result);
        assertThat(result.failures()).isEmpty();
        assertThat(result.leftBefore() + result.leftAfter()).isEqualTo(12);
        assertThat(result.plaintextHits()).isZero();
    }
}
