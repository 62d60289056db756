package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultRoundTripTest {
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    @TempDir Path dir;

    @Test
    void storedEntryComesBackAfterReopening() {
        Path file = dir.resolve("v.apikeep");
        ApiKeyEntry entry = ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot")
                .apiKey(SecretBytes.of("AKZqabcdef7Hd0")).secret(SecretBytes.of("s3cr3t")).build();
        try (Vault vault = Vault.create(file, "pw".toCharArray(), FAST)) {
            vault.write(tx -> tx.log(EventType.ADD, tx.insert(entry), "added"));
        }
        try (Vault vault = Vault.open(file, "pw".toCharArray(), Vault.Access.NORMAL)) {
            assertThat(vault.entries()).singleElement().satisfies(e -> {
                assertThat(e.label()).isEqualTo("Grid bot");
                assertThat(e.secret().reveal()).isEqualTo("s3cr3t");
                assertThat(e.revision()).isEqualTo(1);
            });
            assertThat(vault.events(0)).extracting(ev -> ev.type()).containsExactly(EventType.ADD);
        }
        assertThatThrownBy(() -> Vault.open(file, "nope".toCharArray(), Vault.Access.NORMAL))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSWORD));
    }
}
