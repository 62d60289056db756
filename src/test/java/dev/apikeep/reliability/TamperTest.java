package dev.apikeep.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small count of the tamper harness (bench/reliability/tamper.sh runs 1,000). */
class TamperTest {
    @TempDir Path dir;

    @Test
    void everyDamagedCopyIsIdenticalOrReportedAsDamaged() throws Exception {
        TamperHarness.Result result = TamperHarness.run(60, dir, 11L);
        System.out.println(result);
        assertThat(result.failures()).isEmpty();
    }
}
