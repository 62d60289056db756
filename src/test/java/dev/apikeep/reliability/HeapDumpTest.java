package dev.apikeep.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap dump after unlock, copy, lock and GC, searched for the master password and the copied
 * secret in UTF-8 and UTF-16: the live heap must hold neither (see bench/RESULTS.md).
 */
class HeapDumpTest {
    @TempDir Path dir;

    @org.junit.jupiter.api.BeforeEach
    void needsJcmd() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(
                Path.of(System.getProperty("java.home"), "bin", "jcmd")), "jcmd (a full JDK) is needed for heap dumps");
    }

    @Test
    void heapDumpIsSearchedForThePasswordAndSecrets() throws Exception {
        HeapDumpHarness.Result result = HeapDumpHarness.run(20, dir, "cli");
        System.out.println(result);
        assertThat(result.live()).containsKeys("password UTF-8", "copied secret UTF-8");
        assertThat(result.live().get("copied secret UTF-8") + result.live().get("copied secret UTF-16")).isZero();
        assertThat(result.passwordHitsLive()).as("master password copies left by the CLI's reader").isZero();
    }

    /** Read unbuffered and wiped, the password leaves no copy in the live heap. */
    @Test
    void unbufferedPasswordInputLeavesNoCopy() throws Exception {
        HeapDumpHarness.Result result = HeapDumpHarness.run(20, dir, "raw");
        System.out.println(result);
        assertThat(result.passwordHitsLive()).isZero();
    }
}
