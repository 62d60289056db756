package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateOutputTest {
    @TempDir
    Path dir;

    @Test
    void aDanglingLinkAtTheTargetCountsAsAnExistingFile() throws Exception {
        Path target = Files.createSymbolicLink(dir.resolve("out.env"), dir.resolve("nowhere"));
        assertThat(PrivateOutput.exists(target)).as("writing would replace the link: needs --force").isTrue();
        assertThat(PrivateOutput.exists(dir.resolve("free.env"))).isFalse();
    }
}
