package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.VaultCheck;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Crash: starts writes in a child JVM and kills it with SIGKILL at a random moment; afterwards the
 * vault must open, {@code check} must pass, and its content must equal the state before or after
 * the interrupted write, never a mix. Any plaintext in a hot journal left behind is counted too.
 * Run: java -cp ... dev.apikeep.reliability.CrashHarness RUNS [DIR]
 */
public final class CrashHarness {
    static final int STEPS_PER_CHILD = 4;

    record Result(int runs, int killedMidWrite, int completed, List<String> failures, int journalsSeen,
                  int journalPlaintextHits, long millis) {
        @Override
        public String toString() {
            return "crash runs=" + runs + " killed_with_writes_pending=" + killedMidWrite + " child_finished_before_kill=" + completed
                    + " failures=" + failures.size() + " hot_journals_seen=" + journalsSeen
                    + " journal_plaintext_hits=" + journalPlaintextHits + " time_s=" + millis / 1000
                    + (failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures));
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("apikeep-crash");
        Result r = run(runs, dir, 1234L);
        System.out.println(r);
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }

    static Result run(int runs, Path dir, long seed) throws Exception {
        long start = System.currentTimeMillis();
        Path file = dir.resolve("crash.apikeep");
        Files.deleteIfExists(file);
        Rel.create(file).close();
        List<String> model = List.of();
        int applied = 0;
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int killedMid = 0, completed = 0, journals = 0, journalHits = 0;
        long childMillis = 0;

        for (int run = 0; run < runs; run++) {
            if (run > 0 && run % 50 == 0 && runs > 50) {
                System.out.println("  ... " + run + " runs, " + failures.size() + " failures, state " + applied);
            }
            // the states the child can leave: S_applied .. S_applied+STEPS
            List<List<String>> states = new ArrayList<>();
            states.add(model);
            for (int k = applied; k < applied + STEPS_PER_CHILD; k++) {
                states.add(CrashScript.apply(states.get(states.size() - 1), seed, k));
            }
            ProcessBuilder pb = new ProcessBuilder(Rel.javaBin(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", Rel.classpath(), CrashChild.class.getName(),
                    file.toString(), String.valueOf(seed), String.valueOf(applied), String.valueOf(STEPS_PER_CHILD));
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Path childOut = dir.resolve("child.out");
            pb.redirectOutput(childOut.toFile());   // a file: destroying the process closes its pipes
            long t0 = System.currentTimeMillis();
            Process child = pb.start();
            try (OutputStream in = child.getOutputStream()) {
                in.write((Rel.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException childAlreadyGone) {
                // nothing to do: the run then checks an untouched vault
            }
            // calibrate on the first run (let it finish), then kill uniformly within a typical child's lifetime
            if (run == 0) {
                child.waitFor(60, TimeUnit.SECONDS);
                childMillis = Math.max(300, System.currentTimeMillis() - t0);
            } else {
                long delay = (long) (random.nextDouble() * childMillis * 1.1);
                if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) child.destroyForcibly(); // SIGKILL
                child.waitFor(30, TimeUnit.SECONDS);
            }
            int done = 0;
            boolean finished = false;
            for (String line : Files.readAllLines(childOut)) if (line.startsWith("done ")) done++;
            finished = child.exitValue() == 0;
            if (finished) completed++;
            else if (done < STEPS_PER_CHILD) killedMid++;

            Path journal = file.resolveSibling(file.getFileName() + "-journal");
            if (Files.exists(journal)) {
                journals++;
                java.util.Set<String> tokens = new java.util.HashSet<>();
                for (List<String> s : states) for (String line : s) for (String part : line.split("\\|")) {
                    if (part.length() >= 8 && !part.equals("ACTIVE") && !part.equals("REVOKED")) tokens.add(part);
                }
                Map<String, Integer> hits = Rel.occurrences(Rel.read(journal), tokens);
                journalHits += hits.values().stream().mapToInt(Integer::intValue).sum();
                if (!hits.isEmpty()) failures.add("run " + run + ": plaintext in hot journal: " + hits.keySet());
            }

            // the vault must open, check must pass, and the content must be S_applied+done or +done+1
            try (KeyService service = Rel.open(file)) {
                VaultCheck check = service.check();
                if (!check.ok()) failures.add("run " + run + ": check failed: " + check.setProblem());
                List<String> content = Rel.content(service.list(true));
                int match = -1;
                for (int j = done; j <= Math.min(done + 1, STEPS_PER_CHILD); j++) {
                    if (states.get(j).equals(content)) match = j;
                }
                if (match < 0) {
                    int anywhere = states.indexOf(content);
                    failures.add("run " + run + ": content matches " + (anywhere < 0 ? "no state (a mix)"
                            : "state +" + anywhere + " but the child reported " + done + " commits"));
                    if (anywhere < 0) break;
                    match = anywhere;
                }
                model = states.get(match);
                applied += match;
            } catch (RuntimeException e) {
                failures.add("run " + run + ": vault does not open after kill: " + e);
                break;
            }
        }
        return new Result(runs, killedMid, completed, failures, journals, journalHits, System.currentTimeMillis() - start);
    }
}
