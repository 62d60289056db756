package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * No plaintext: random adds, edits, rotations and deletes with distinctive labels, notes, keys and
 * secrets; then the vault file, its journal (whenever one exists) and every other file beside it
 * are scanned for each of them in UTF-8, UTF-16LE and UTF-16BE. Expected: zero hits.
 * Run: java -cp ... dev.apikeep.reliability.PlaintextHarness OPS [DIR]
 */
public final class PlaintextHarness {
    record Result(int operations, int tokens, int filesScanned, Map<String, Integer> hits, long millis) {
        @Override
        public String toString() {
            return "plaintext operations=" + operations + " tokens=" + tokens + " (x3 encodings) files_scanned="
                    + filesScanned + " hits=" + hits.values().stream().mapToInt(Integer::intValue).sum()
                    + " time_s=" + millis / 1000 + (hits.isEmpty() ? "" : " " + hits);
        }
    }

    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("apikeep-plaintext");
        Result r = run(ops, dir, 5L);
        System.out.println(r);
        System.exit(r.hits().isEmpty() ? 0 : 1);
    }

    static Result run(int ops, Path dir, long seed) throws IOException {
        long start = System.currentTimeMillis();
        Random random = new Random(seed);
        Path file = dir.resolve("plain.apikeep");
        Files.deleteIfExists(file);
        Set<String> tokens = new HashSet<>();
        Map<String, Integer> hits = new HashMap<>();
        int scanned = 0;
        try (KeyService service = Rel.create(file)) {
            List<ApiKeyEntry> live = new ArrayList<>();
            for (int i = 0; i < ops; i++) {
                int roll = live.size() < 3 ? 0 : random.nextInt(10);
                if (roll < 4) {
                    live.add(service.add(Rel.draft(token(random, "Label", tokens), token(random, "Note", tokens),
                            token(random, "Key", tokens), token(random, "Secret", tokens))));
                } else if (roll < 7) {
                    int at = random.nextInt(live.size());
                    live.set(at, service.edit(live.get(at).toBuilder().label(token(random, "Label", tokens))
                            .notes(token(random, "Note", tokens)).build()));
                } else if (roll < 9) {
                    int at = random.nextInt(live.size());
                    KeyService.Rotation rotation = service.rotate(live.get(at), SecretBytes.of(token(random, "Key", tokens)),
                            SecretBytes.of(token(random, "Secret", tokens)), null, null);
                    live.set(at, rotation.retired());
                    live.add(rotation.replacement());
                } else {
                    service.delete(live.remove(random.nextInt(live.size())));
                }
                Path journal = file.resolveSibling(file.getFileName() + "-journal");
                if (Files.exists(journal)) {
                    scanned++;
                    Rel.occurrences(Rel.read(journal), tokens).forEach((k, v) -> hits.merge("journal " + k, v, Integer::sum));
                }
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(f)) continue;
                scanned++;
                Rel.occurrences(Rel.read(f), tokens).forEach((k, v) -> hits.merge(f.getFileName() + " " + k, v, Integer::sum));
            }
        }
        return new Result(ops, tokens.size(), scanned, hits, System.currentTimeMillis() - start);
    }

    private static String token(Random random, String kind, Set<String> tokens) {
        String t = kind + "-" + Rel.hex(random, 16);
        tokens.add(t);
        return t;
    }
}
