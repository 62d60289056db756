package dev.apikeep.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small count of the no-plaintext harness (bench/reliability/run.sh runs 1,000 operations and 5 killed writes). */
class NoPlaintextTest {
    @TempDir Path dir;

    @Test
    void theScannerFindsTokensInEveryEncoding() {
        String token = "Secret-0123456789abcdef";
        byte[] data = ("junk" + token + "junk").getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        byte[] both = java.util.Arrays.copyOf(data, data.length + 40);
        System.arraycopy(token.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, both, data.length, token.length());
        // the UTF-16LE pattern also matches the BE text one byte later: that is a real hit too
        assertThat(Rel.occurrences(both, java.util.Set.of(token)))
                .containsKeys(token + " (UTF-8)", token + " (UTF-16BE)");
    }

    /** {@code -Dapikeep.plaintext.ops=1000 -Dapikeep.plaintext.kills=5} runs it at the bench's size. */
    @Test
    void noLabelNoteKeyOrSecretAppearsInTheFiles() throws Exception {
        int kills = Integer.getInteger("apikeep.plaintext.kills", 1);
        PlaintextHarness.Result result = PlaintextHarness.run(Integer.getInteger("apikeep.plaintext.ops", 120), dir, 3L, kills);
        System.out.println(result);
        assertThat(result.hits()).isEmpty();
        assertThat(result.scanned()).as("the journal of a write killed before it committed, and the backups, were scanned")
                .containsEntry("journal_mid_transaction", kills).containsEntry("journal_after_kill", kills)
                .containsEntry("backups", 4).containsEntry("vault", 1);
    }
}
