package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Memory: unlock, copy (get), lock and GC in a child JVM, then {@code jcmd <pid> GC.heap_dump}
 * (live objects, and with {@code -all} also unreachable ones not yet collected) searched for the
 * master password and every secret in UTF-8, UTF-16LE and UTF-16BE. Reports the counts as found.
 * Run: java -cp ... dev.apikeep.reliability.HeapDumpHarness [KEYS] [DIR]
 */
public final class HeapDumpHarness {
    record Result(int keys, String stdin, Map<String, Integer> live, Map<String, Integer> all) {
        int passwordHitsLive() {
            return live.entrySet().stream().filter(e -> e.getKey().startsWith("password")).mapToInt(Map.Entry::getValue).sum();
        }

        @Override
        public String toString() {
            return "heapdump keys=" + keys + " stdin=" + stdin + "\n  live objects: " + live + "\n  -all (incl. unreachable): " + all;
        }
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("apikeep-heap");
        System.out.println(run(keys, dir, "cli"));
        System.out.println(run(keys, dir, "raw"));
    }

    /** {@code stdin}: "cli" reads the password with the CLI's SecretInput, "raw" unbuffered (see HeapDumpChild). */
    static Result run(int keys, Path dir, String stdinMode) throws Exception {
        Path file = dir.resolve("heap.apikeep");
        Files.deleteIfExists(file);
        java.util.Random random = new java.util.Random();
        // made at run time and handed over on stdin only, so no class constant can be mistaken for a leak
        String password = "Master-" + Rel.hex(random, 20);
        List<ApiKeyEntry> stored;
        try (KeyService service = Rel.create(file, password)) {
            for (int i = 0; i < keys; i++) {
                service.add(Rel.draft("label-" + i, "notes-" + i, "HeapKey-" + Rel.hex(random, 24), "HeapSecret-" + Rel.hex(random, 40)));
            }
            stored = service.list(true);
        }
        ApiKeyEntry target = stored.get(keys / 2);
        String copiedSecret = target.secret().reveal();
        Set<String> otherSecrets = new HashSet<>();
        for (ApiKeyEntry e : stored) {
            otherSecrets.add(e.apiKey().reveal());
            if (e != target) otherSecrets.add(e.secret().reveal());
        }

        ProcessBuilder pb = new ProcessBuilder(Rel.javaBin(), "-Xmx256m", "-cp", Rel.classpath(),
                HeapDumpChild.class.getName(), file.toString(), target.id().toString(), stdinMode);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        Map<String, Integer> live;
        Map<String, Integer> all;
        try {
            OutputStream stdin = child.getOutputStream();
            stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String ready = out.readLine();
            if (ready == null || !ready.startsWith("READY")) throw new IllegalStateException("child did not get ready: " + ready);
            long pid = child.pid();
            live = search(dump(pid, dir.resolve("live.hprof"), false), password, copiedSecret, otherSecrets);
            all = search(dump(pid, dir.resolve("all.hprof"), true), password, copiedSecret, otherSecrets);
            stdin.close();
            child.waitFor(10, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(dir.resolve("live.hprof"));
            Files.deleteIfExists(dir.resolve("all.hprof"));
        }
        return new Result(keys, stdinMode, live, all);
    }

    private static Path dump(long pid, Path target, boolean all) throws Exception {
        Files.deleteIfExists(target);
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        ProcessBuilder pb = all
                ? new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_dump", "-all", target.toString())
                : new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_dump", target.toString());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || !Files.exists(target)) throw new IllegalStateException("jcmd failed");
        return target;
    }

    private static Map<String, Integer> search(Path hprof, String password, String copied, Set<String> others) {
        byte[] data = Rel.read(hprof);
        Set<String> tokens = new HashSet<>(others);
        tokens.add(copied);
        tokens.add(password);
        Map<String, Integer> raw = Rel.occurrences(data, tokens);
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("password UTF-8", 0);
        counts.put("password UTF-16", 0);
        counts.put("copied secret UTF-8", 0);
        counts.put("copied secret UTF-16", 0);
        counts.put("other keys/secrets UTF-8", 0);
        counts.put("other keys/secrets UTF-16", 0);
        raw.forEach((k, v) -> {
            String token = k.substring(0, k.indexOf(" ("));
            String enc = k.contains("UTF-8") ? "UTF-8" : "UTF-16";
            String who = token.equals(password) ? "password" : token.equals(copied) ? "copied secret" : "other keys/secrets";
            counts.merge(who + " " + enc, v, Integer::sum);
        });
        return counts;
    }
}
