package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.EventType;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check that reads several tables (the `check` command's whole-set check; the same holds for the
 * log's whole chain before the log is shown, and a share's check before its rows are read) sees one
 * state of the file while another program keeps writing: a commit between the integrity record's
 * read and the rows' must never make an intact vault look damaged. Without the snapshot in
 * {@link Vault#verify} this test fails.
 */
class OneStateReadsTest {
    @TempDir Path dir;
    Path file;

    @BeforeEach
    void aVaultWithALongLog() {
        file = dir.resolve("vault.apikeep");
        try (Vault vault = create(file)) {
            vault.write(tx -> IntStream.range(0, 800).mapToObj(i -> tx.log(EventType.ADD, tx.insert(entry("bulk " + i)), "added")).toList());
        }
    }

    @Test
    void theWholeSetCheckFindsAnIntactVaultIntactWhileAnotherProgramWrites() throws Exception {
        VaultFixtures.whileAnotherProgramWrites(file, () -> {
            for (int round = 0; round < 8; round++) {
                try (Vault vault = IntegrityOnReadTest.openOnRead(file)) {
                    for (int i = 0; i < 3; i++) assertThat(vault.verify().intact()).isTrue();
                }
            }
        });
    }
}
