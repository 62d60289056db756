package dev.apikeep.reliability;

import dev.apikeep.app.BackupService;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.SecretBytes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * No plaintext: random adds, edits, rotations and deletes with distinctive labels, notes, keys and
 * secrets, with a backup every quarter of the way; then writers killed mid-transaction (a child
 * JVM adds keys inside one write and is killed before it commits). Scanned for every token in
 * UTF-8, UTF-16LE and UTF-16BE: the rollback journal while the transaction is open and again after
 * the kill, the vault file then and after recovery, every backup, and every other file beside the
 * vault. Expected: zero hits. The result counts each kind of file it really scanned.
 * Run: java -cp ... dev.apikeep.reliability.PlaintextHarness OPS [DIR] [KILLS]
 */
public final class PlaintextHarness {
    static final int KEYS_PER_KILLED_WRITE = 300;

    record Result(int operations, int tokens, Map<String, Integer> scanned, Map<String, Integer> hits, long millis) {
        int filesScanned() {
            return scanned.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            StringBuilder kinds = new StringBuilder();
            scanned.forEach((kind, n) -> kinds.append(kinds.length() == 0 ? "" : " ").append(kind).append('=').append(n));
            return "plaintext operations=" + operations + " tokens=" + tokens + " (x3 encodings) files_scanned="
                    + filesScanned() + " (" + kinds + ") hits=" + hits.values().stream().mapToInt(Integer::intValue).sum()
                    + " time_s=" + millis / 1000 + (hits.isEmpty() ? "" : " " + hits);
        }
    }

    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("apikeep-plaintext");
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Result r = run(ops, dir, 5L, kills);
        System.out.println(r);
        System.exit(r.hits().isEmpty() ? 0 : 1);
    }

    static Result run(int ops, Path dir, long seed, int kills) throws Exception {
        long start = System.currentTimeMillis();
        Path file = dir.resolve("plain.apikeep");
        Files.deleteIfExists(file);
        Scan scan = new Scan();
        writeAndBackUp(file, ops, new Random(seed), scan.tokens);
        for (int k = 0; k < kills; k++) killMidTransaction(file, seed * 31 + k, scan);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(f)) continue;
                String name = f.getFileName().toString();
                scan.file(f, name.equals(file.getFileName().toString()) ? "vault"
                        : name.contains(".backup-") ? "backups" : "other_files");
            }
        }
        return new Result(ops, scan.tokens.size(), scan.scanned, scan.hits, System.currentTimeMillis() - start);
    }

    /** The tokens looked for, what was scanned (by kind) and what was found. */
    private static final class Scan {
        final Set<String> tokens = new HashSet<>();
        final Map<String, Integer> scanned = new LinkedHashMap<>();
        final Map<String, Integer> hits = new HashMap<>();

        void file(Path f, String kind) {
            byte[] data = Rel.read(f);
            scanned.merge(kind, 1, Integer::sum);
            Rel.occurrences(data, tokens).forEach((token, n) -> hits.merge(kind + " " + token, n, Integer::sum));
        }
    }

    private static void writeAndBackUp(Path file, int ops, Random random, Set<String> tokens) {
        BackupService backups = new BackupService(file, Rel.CLOCK, 1000);
        int backupEvery = Math.max(1, ops / 4);
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
                if ((i + 1) % backupEvery == 0) backups.backupNow(service);
            }
        }
    }

    /**
     * A child JVM opens the vault and adds keys inside one write that never commits; once it says it
     * is inside the transaction, the journal and the vault are scanned, the child is killed (SIGKILL),
     * the hot journal it left is scanned, and the vault is opened, which rolls the journal back.
     */
    private static void killMidTransaction(Path file, long seed, Scan scan) throws Exception {
        List<String[]> childKeys = MidTransactionChild.tokens(seed, KEYS_PER_KILLED_WRITE);
        childKeys.forEach(key -> scan.tokens.addAll(List.of(key)));
        Path journal = file.resolveSibling(file.getFileName() + "-journal");
        Path childOut = Files.createTempFile("apikeep-child", ".out");
        ProcessBuilder pb = new ProcessBuilder(Rel.javaBin(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", Rel.classpath(),
                MidTransactionChild.class.getName(), file.toString(), String.valueOf(seed), String.valueOf(KEYS_PER_KILLED_WRITE));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(childOut.toFile());
        Process child = pb.start();
        try (OutputStream ignored = child.getOutputStream()) {
            waitForLine(childOut, "in-transaction", child);
            if (Files.exists(journal)) scan.file(journal, "journal_mid_transaction");
            scan.file(file, "vault_mid_transaction");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(childOut);
        }
        if (Files.exists(journal)) scan.file(journal, "journal_after_kill");
        try (KeyService recovered = Rel.open(file)) {
            Set<String> childLabels = new HashSet<>();
            childKeys.forEach(key -> childLabels.add(key[0]));
            if (recovered.list(true).stream().map(ApiKeyEntry::label).anyMatch(childLabels::contains)) {
                throw new IllegalStateException("the killed write was not rolled back");
            }
        }
    }

    private static void waitForLine(Path out, String line, Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(out).contains(line)) {
            if (!child.isAlive()) throw new IllegalStateException("the writer ended before its transaction was open");
            if (System.nanoTime() > deadline) throw new IllegalStateException("the writer never opened its transaction");
            Thread.sleep(20);
        }
    }

    private static String token(Random random, String kind, Set<String> tokens) {
        String t = kind + "-" + Rel.hex(random, 16);
        tokens.add(t);
        return t;
    }
}
