package dev.apikeep.bench;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Vaults of a given size, built once per size and copied for each benchmark trial. */
public final class Fixtures {
    /** The lowest parameters a vault accepts: keeps the KDF out of the way of what is measured. */
    public static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    public static final String PASSWORD = "bench master password";
    public static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    private static final String[] EXCHANGES = {"binance", "bybit", "okx", "kraken", "custom"};

    private Fixtures() {
    }

    /** A fresh copy of a vault holding {@code keys} entries, built with {@code kdf}. */
    public static Path vaultCopy(int keys, KdfParams kdf) {
        try {
            Path cache = Path.of(System.getProperty("java.io.tmpdir"), "apikeep-bench");
            Files.createDirectories(cache);
            Path template = cache.resolve("v" + keys + "-" + kdf.memoryKiB() + "-" + kdf.iterations() + "-" + kdf.parallelism() + ".apikeep");
            if (!Files.exists(template)) build(template, keys, kdf);
            Path dir = Files.createTempDirectory("apikeep-bench-run");
            Path copy = dir.resolve("vault.apikeep");
            Files.copy(template, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the vault in one transaction (the build is not what is measured). */
    static void build(Path file, int keys, KdfParams kdf) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".building");
        Files.deleteIfExists(tmp);
        try (Vault vault = Vault.create(tmp, PASSWORD.toCharArray(), kdf)) {
            Random random = new Random(keys);
            List<ApiKeyEntry> entries = new ArrayList<>();
            for (int i = 0; i < keys; i++) entries.add(entry(random, i));
            vault.write(tx -> {
                for (ApiKeyEntry e : entries) tx.insert(e);
                tx.log(EventType.IMPORT, null, 0, keys + " keys");
                return null;
            });
        }
        Files.move(tmp, file);
    }

    public static ApiKeyEntry entry(Random random, int i) {
        String exchange = EXCHANGES[i % EXCHANGES.length];
        boolean passphrase = exchange.equals("okx");
        return ApiKeyEntry.builder()
                .id(new UUID(random.nextLong(), random.nextLong()))
                .exchangeId(exchange).label("Key " + i + " " + exchange)
                .apiKey(SecretBytes.of(hex(random, 32))).secret(SecretBytes.of(hex(random, 64)))
                .passphrase(passphrase ? SecretBytes.of(hex(random, 12)) : null)
                .createdAt(LocalDate.of(2026, 1, 1).plusDays(i % 300))
                .tags(List.of("bots", "t" + (i % 7)))
                .notes("note for key " + i)
                .build();
    }

    static String hex(Random random, int chars) {
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) sb.append(Character.forDigit(random.nextInt(16), 16));
        return sb.toString();
    }

    public static KeyService open(Path file) {
        return KeyService.open(file, PASSWORD.toCharArray(), Vault.Access.NORMAL, CATALOG, Clock.systemUTC());
    }

    public static void deleteTree(Path file) {
        try {
            Path dir = file.getParent();
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
