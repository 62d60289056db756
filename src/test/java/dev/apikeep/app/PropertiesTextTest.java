package dev.apikeep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory of seen vaults is written without {@link Properties#store} (whose date line loads the
 * time-zone data): whatever a vault's path holds must read back the same, or the next unlock would
 * lose the header memory and the rollback warning.
 */
class PropertiesTextTest {
    @TempDir Path dir;

    @Test
    void everyAwkwardKeyAndValueReadsBackUnchanged() throws Exception {
        Properties written = new Properties();
        written.setProperty("plain", "42 2026-12-05T00:00:00Z");
        written.setProperty(" leading space key", "  leading and trailing spaces  ");
        written.setProperty("key=with:separators#and!marks", "value=with:separators#and!marks");
        written.setProperty("windows", "C:\\Users\\Jo Do\\AppData\\Roaming\\ApiKeep\\vault.apikeep");
        written.setProperty("controls", "tab\there\nnewline\rreturn\fform\u0001one");
        written.setProperty("unicode", "/home/zoë/保险库/🔑.apikeep");
        written.setProperty("empty", "");
        written.setProperty("trailing backslash\\", "ends with \\");

        Properties read = new Properties();
        read.load(new ByteArrayInputStream(PropertiesText.of(written, "a comment").getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(read).isEqualTo(written);
    }

    @Test
    void theFileHasTheCommentAndNoDateLine() {
        Properties one = new Properties();
        one.setProperty("b", "2");
        one.setProperty("a", "1");

        assertThat(PropertiesText.of(one, "what this file is")).isEqualTo("#what this file is\na=1\nb=2\n");
    }

    @Test
    void aVaultInAFolderWithSpacesAndAccentsIsStillRememberedAfterTheFileIsWritten() {
        SeenVaults seen = new SeenVaults(dir.resolve("config").resolve("seen-vaults.properties"));
        Path vault = dir.resolve("mes coffres é").resolve("vault #1.apikeep");
        dev.apikeep.vault.KdfHeader header = new dev.apikeep.vault.KdfHeader("0011aabb",
                new dev.apikeep.crypto.KdfParams(19 * 1024, 2, 1), new byte[16]);
        seen.remember(header, 7, vault, Instant.parse("2026-12-05T00:00:00Z"));

        assertThat(seen.headers(vault).lastUnlocked("ffff0000")).contains(header);   // an unknown id: found by its file
        assertThat(seen.compare("0011aabb", 6, null)).isPresent();                   // older than generation 7
        assertThat(seen.compare("0011aabb", 7, null)).isEmpty();
    }
}
