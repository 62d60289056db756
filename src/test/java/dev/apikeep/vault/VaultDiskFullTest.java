package dev.apikeep.vault;

import static dev.apikeep.vault.VaultFixtures.add;
import static dev.apikeep.vault.VaultFixtures.create;
import static dev.apikeep.vault.VaultFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.VaultException.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultDiskFullTest {
    @TempDir Path dir;

    @Test
    void aFullDiskIsReportedClearlyAndChangesNothing() {
        Path file = dir.resolve("vault.apikeep");
        List<ApiKeyEntry> stored = new ArrayList<>();
        VaultException full = null;
        long generationBefore = -1;
        SqliteFile[] connection = new SqliteFile[1];
        try (Vault vault = Unlocking.create(file, VaultFixtures.pw(), VaultFixtures.FAST, f -> connection[0] = SqliteFile.open(f))) {
            // max_page_count is per connection: the vault's own one may grow by 3 pages, a "full disk"
            connection[0].limitPages(connection[0].pageCount() + 3);
            for (int i = 0; i < 500 && full == null; i++) {
                ApiKeyEntry e = ApiKeyEntry.builder().label("entry " + i)
                        .secret(SecretBytes.of("x".repeat(1500))).build();
                generationBefore = vault.verify().generation();
                try {
                    stored.add(add(vault, e));
                } catch (VaultException ex) {
                    full = ex;
                }
            }
            assertThat(full).as("the page limit was reached").isNotNull();
            assertThat(full.kind()).isEqualTo(Kind.DISK_FULL);
            assertThat(full.getMessage()).contains("disk is full").contains("nothing was changed");
            assertThat(stored).isNotEmpty();
            assertThat(vault.entryCount()).isEqualTo(stored.size());
            assertThat(vault.verify().intact()).isTrue();
            assertThat(vault.verify().generation()).isEqualTo(generationBefore);
            assertThat(vault.isReadOnly()).isFalse();
        }
        try (Vault vault = open(file)) {
            assertThat(vault.entries()).hasSameSizeAs(stored);
            assertThat(vault.verify().intact()).isTrue();
            add(vault, ApiKeyEntry.builder().label("space again").build()); // the limit was per connection
            assertThat(vault.entryCount()).isEqualTo(stored.size() + 1);
        }
    }
}
