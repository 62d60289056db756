package dev.apikeep.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.SecretBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command's warm-up runs the first-time path on made-up data, beside a real open that it does not disturb. */
class CommandWarmUpTest {
    @TempDir Path dir;

    @Test
    void runsTheEntryPathOnMadeUpData_besideARealOpen() throws Exception {
        Path file = dir.resolve("v.apikeep");
        try (Vault vault = Vault.create(file, "pw".toCharArray(), KdfParams.ofMebibytes(19, 2, 1))) {
            vault.write(tx -> tx.log(EventType.ADD, tx.insert(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot")
                    .apiKey(SecretBytes.of("AKZqabcdef7Hd0")).secret(SecretBytes.of("s3cr3t")).build()), "added"));
        }
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(CommandWarmUp::run);
        try (Vault vault = Vault.open(file, "pw".toCharArray(), Vault.Access.NORMAL)) {
            assertThat(vault.entries()).singleElement().satisfies(e -> assertThat(e.secret().reveal()).isEqualTo("s3cr3t"));
        }
        warmUp.get(30, TimeUnit.SECONDS);   // a failure on the made-up data fails here
        try (var files = Files.list(dir)) {
            assertThat(files).as("it writes nothing").containsExactly(file);
        }
    }
}
