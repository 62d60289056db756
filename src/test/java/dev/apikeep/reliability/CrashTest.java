package dev.apikeep.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few runs of the crash harness (bench/reliability/crash.sh runs 500). */
class CrashTest {
    @TempDir Path dir;

    @Test
    void killedWritesLeaveTheStateBeforeOrAfterNeverAMix() throws Exception {
        CrashHarness.Result result = CrashHarness.run(6, dir, 99L);
        System.out.println(result);
        assertThat(result.failures()).isEmpty();
    }
}
