package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.vault.Vault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Shared pieces of the reliability harnesses (used by the JUnit tests and by bench/reliability/*.sh). */
final class Rel {
    static final KdfParams FAST = KdfParams.ofMebibytes(19, 2, 1);
    static final String PASSWORD = "rel-Master-Pa55word-7q2x";
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final Clock CLOCK = Clock.systemUTC();

    private Rel() {
    }

    static KeyService create(Path file) {
        return create(file, PASSWORD);
    }

    static KeyService create(Path file, String password) {
        return KeyService.create(file, password.toCharArray(), FAST, CATALOG, CLOCK);
    }

    static KeyService open(Path file) {
        return KeyService.open(file, PASSWORD.toCharArray(), Vault.Access.NORMAL, CATALOG, CLOCK);
    }

    static ApiKeyEntry draft(String label, String notes, String key, String secret) {
        return ApiKeyEntry.builder().exchangeId("custom").label(label).notes(notes)
                .apiKey(SecretBytes.of(key)).secret(SecretBytes.of(secret))
                .createdAt(LocalDate.of(2026, 1, 10)).build();
    }

    /** What an entry holds, without ids and dates: comparable across processes and rotations. */
    static String content(ApiKeyEntry e) {
        return e.label() + "|" + e.notes() + "|" + e.apiKey().reveal() + "|" + e.secret().reveal() + "|" + e.status();
    }

    /** The whole content of a vault, sorted: equal lists mean equal data. */
    static List<String> content(List<ApiKeyEntry> entries) {
        return entries.stream().map(Rel::content).sorted().toList();
    }

    /** The same including ids and revisions, for the tamper harness. */
    static List<String> exact(List<ApiKeyEntry> entries) {
        return entries.stream().map(e -> e.id() + "@" + e.revision() + "|" + content(e)).sorted().toList();
    }

    static String hex(Random random, int chars) {
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) sb.append(Character.forDigit(random.nextInt(16), 16));
        return sb.toString();
    }

    /** The classpath for a child JVM: the one this JVM runs with (surefire's booter jar works too). */
    static String classpath() {
        return System.getProperty("java.class.path");
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Counts occurrences of each token in {@code data}, in UTF-8, UTF-16LE and UTF-16BE. Tokens
     * must be at least 4 characters; windows of the first 8 bytes are looked up in a hash map so a
     * large file is scanned once, not once per token and encoding. A table of the patterns' first
     * two bytes rules out almost every position before that lookup (a heap dump is hundreds of MB).
     */
    static Map<String, Integer> occurrences(byte[] data, Set<String> tokens) {
        Map<Long, List<byte[]>> byPrefix = new HashMap<>();
        Map<byte[], String> owner = new HashMap<>();
        boolean[] startsWith = new boolean[1 << 16];
        for (String token : tokens) {
            for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                byte[] pattern = token.getBytes(cs);
                if (pattern.length < 8) throw new IllegalArgumentException("token too short: " + token.length());
                byPrefix.computeIfAbsent(prefix(pattern, 0), k -> new ArrayList<>()).add(pattern);
                owner.put(pattern, token + " (" + cs.name() + ")");
                startsWith[firstTwo(pattern, 0)] = true;
            }
        }
        Map<String, Integer> hits = new HashMap<>();
        for (int i = 0; i + 8 <= data.length; i++) {
            if (!startsWith[firstTwo(data, i)]) continue;
            List<byte[]> candidates = byPrefix.get(prefix(data, i));
            if (candidates == null) continue;
            for (byte[] p : candidates) {
                if (i + p.length <= data.length && java.util.Arrays.equals(data, i, i + p.length, p, 0, p.length)) {
                    hits.merge(owner.get(p), 1, Integer::sum);
                }
            }
        }
        return hits;
    }

    private static int firstTwo(byte[] b, int off) {
        return (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
    }

    private static long prefix(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xFFL);
        return v;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
