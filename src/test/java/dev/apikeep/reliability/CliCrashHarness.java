package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.VaultCheck;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.vault.Vault;
import dev.apikeep.app.AppException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Crash, through the real command line: every run starts one {@code apikeep} write (add, edit,
 * rotate, rm or passwd) in its own JVM ({@code dev.apikeep.Main}, as the launcher runs it) and
 * kills it with SIGKILL at a random moment: half of the runs anywhere in the process's life, half
 * in the last 150 ms before it would have exited, where its one transaction commits. Afterwards the
 * vault must open with the master password in force (the old one, or the new one after a passwd),
 * {@code check} must pass, and the content must equal the state before or after the write, never a
 * mix. A hot journal or the vault file holding any label, note, key, secret or password counts too.
 * Run: java -cp ... dev.apikeep.reliability.CliCrashHarness RUNS [DIR]
 */
public final class CliCrashHarness {
    enum Op { ADD, EDIT, ROTATE, RM, PASSWD }

    /** One CLI write: its arguments and standard input, and what the vault holds once it commits. */
    record Write(Op op, List<String> args, String stdin, List<String> after, String passwordAfter, Set<String> tokens) {
    }

    record Result(int runs, int leftBefore, int leftAfter, Map<Op, Integer> byOp, List<String> failures,
                  int journalsSeen, int plaintextHits, long millis) {
        @Override
        public String toString() {
            return "cli crash runs=" + runs + " state_before=" + leftBefore + " state_after=" + leftAfter
                    + " failures=" + failures.size() + " hot_journals_seen=" + journalsSeen
                    + " plaintext_hits=" + plaintextHits + " ops=" + byOp + " time_s=" + millis / 1000
                    + (failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures));
        }
    }

    private CliCrashHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("apikeep-cli-crash");
        Result result = run(runs, dir, 4321L);
        System.out.println(result);
        System.exit(result.failures().isEmpty() ? 0 : 1);
    }

    static Result run(int runs, Path dir, long seed) throws Exception {
        long start = System.currentTimeMillis();
        Path file = dir.resolve("cli-crash.apikeep");
        Files.deleteIfExists(file);
        try (KeyService service = Rel.create(file)) {   // three keys to start with, so every op has a target
            for (int i = 0; i < 3; i++) service.add(Rel.draft("label-seed-" + i, "notes-seed-" + i, "key-seed-" + i, "secret-seed-" + i));
        }
        String password = Rel.PASSWORD;
        Random random = new Random(seed);
        Map<Op, Long> lifetime = new EnumMap<>(Op.class);   // how long a run of each op lives when not killed
        Map<Op, Integer> byOp = new EnumMap<>(Op.class);
        List<String> failures = new ArrayList<>();
        int before = 0, after = 0, journals = 0, plaintextHits = 0;

        for (int run = 0; run < runs && failures.isEmpty(); run++) {
            if (run > 0 && run % 50 == 0) System.out.println("  ... " + run + " runs, " + failures.size() + " failures");
            List<ApiKeyEntry> entries = entriesOf(file, password);
            Write write = decide(random, run, entries, password);
            byOp.merge(write.op(), 1, Integer::sum);
            long lived = runKilled(write, file, dir, random, lifetime.get(write.op()));
            if (lived >= 0) lifetime.put(write.op(), lived);

            for (Path leftover : List.of(file.resolveSibling(file.getFileName() + "-journal"), file)) {
                if (!Files.exists(leftover)) continue;
                if (!leftover.equals(file)) journals++;
                Map<String, Integer> hits = Rel.occurrences(Rel.read(leftover), write.tokens());
                plaintextHits += hits.values().stream().mapToInt(Integer::intValue).sum();
                if (!hits.isEmpty()) failures.add("run " + run + " (" + write.op() + "): plaintext in " + leftover.getFileName() + ": " + hits.keySet());
            }

            List<String> contentBefore = Rel.content(entries);
            String inForce = passwordInForce(file, password, write.passwordAfter());
            if (inForce == null) {
                failures.add("run " + run + " (" + write.op() + "): neither the old nor the new master password opens the vault");
                break;
            }
            try (KeyService service = open(file, inForce)) {
                VaultCheck check = service.check();
                if (!check.ok()) failures.add("run " + run + " (" + write.op() + "): check failed: " + check.setProblem());
                List<String> content = Rel.content(service.list(true));
                boolean isBefore = content.equals(contentBefore) && inForce.equals(password);
                boolean isAfter = content.equals(write.after()) && inForce.equals(write.passwordAfter());
                if (isBefore) before++;
                else if (isAfter) after++;
                else failures.add("run " + run + " (" + write.op() + "): the vault holds neither the state before nor after the write");
            } catch (RuntimeException e) {
                failures.add("run " + run + " (" + write.op() + "): the vault does not open after the kill: " + e);
            }
            password = inForce;
        }
        return new Result(runs, before, after, byOp, failures, journals, plaintextHits, System.currentTimeMillis() - start);
    }

    /** A random write against the vault's current entries; entry order is by content, as in {@link CrashScript}. */
    static Write decide(Random random, int run, List<ApiKeyEntry> entries, String password) {
        List<ApiKeyEntry> all = new ArrayList<>(entries);
        all.sort(Comparator.comparing(Rel::content));
        List<String> model = new ArrayList<>(Rel.content(all));
        List<ApiKeyEntry> active = all.stream().filter(e -> !e.isRevoked()).toList();
        String tag = run + "-" + Rel.hex(random, 8);
        String label = "label-" + tag, notes = "notes-" + tag, key = "key-" + tag, secret = "secret-" + tag;
        Set<String> tokens = new HashSet<>(List.of(label, notes, key, secret, password));
        model.forEach(line -> tokens.addAll(fields(line)));

        int roll = random.nextInt(20);
        Op op = roll < 6 ? Op.ADD : roll < 11 ? Op.EDIT : roll < 15 ? Op.ROTATE : roll < 18 ? Op.RM : Op.PASSWD;
        if (run < Op.values().length) op = Op.values()[run];   // every op first: a short run (mvn verify) tries them all
        if (all.size() < 3) op = Op.ADD;
        if (op == Op.ROTATE && active.isEmpty()) op = Op.EDIT;
        ApiKeyEntry target = op == Op.ROTATE ? active.get(random.nextInt(active.size()))
                : all.isEmpty() ? null : all.get(random.nextInt(all.size()));
        String newPassword = password;
        List<String> args;
        String stdin = password + "\n";
        switch (op) {
            case ADD -> {
                args = List.of("add", "--exchange", "custom", "--label", label, "--notes", notes);
                stdin += key + "\n" + secret + "\n";
                model.add(CrashScript.line(label, notes, key, secret, KeyStatus.ACTIVE));
            }
            case EDIT -> {
                args = List.of("edit", target.id().toString(), "--label", label, "--notes", notes);
                model.set(all.indexOf(target), CrashScript.line(label, notes, target.apiKey().reveal(), target.secret().reveal(), target.status()));
            }
            case ROTATE -> {
                args = List.of("rotate", target.id().toString());
                stdin += key + "\n" + secret + "\n";
                model.set(all.indexOf(target), CrashScript.line(target.label(), target.notes(), target.apiKey().reveal(), target.secret().reveal(), KeyStatus.REVOKED));
                model.add(CrashScript.line(target.label(), target.notes(), key, secret, KeyStatus.ACTIVE));
            }
            case RM -> {
                args = List.of("rm", target.id().toString(), "--yes");
                model.remove(all.indexOf(target));
            }
            case PASSWD -> {
                newPassword = "pw-" + tag;
                tokens.add(newPassword);
                args = List.of("passwd");
                stdin += newPassword + "\n";
            }
            default -> throw new IllegalStateException(op.name());
        }
        model.sort(null);
        return new Write(op, args, stdin, List.copyOf(model), newPassword, Set.copyOf(tokens));
    }

    /**
     * Starts the CLI and kills it. Without a lifetime known for this op yet, lets it finish and
     * returns how long it lived (its exit code must be 0); otherwise returns -1 when it was killed.
     */
    private static long runKilled(Write write, Path file, Path dir, Random random, Long lifetime) throws Exception {
        List<String> command = new ArrayList<>(List.of(Rel.javaBin(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", Rel.classpath(), "dev.apikeep.Main", "--vault", file.toString()));
        command.addAll(write.args());
        ProcessBuilder builder = new ProcessBuilder(command);
        Path output = dir.resolve("cli.out");
        builder.redirectOutput(output.toFile());   // files, not pipes: a killed child leaves nothing blocked
        builder.redirectError(dir.resolve("cli.err").toFile());
        long t0 = System.nanoTime();
        Process child = builder.start();
        try (OutputStream in = child.getOutputStream()) {
            in.write(write.stdin().getBytes(StandardCharsets.UTF_8));
        } catch (IOException childAlreadyGone) {
            // killed before it read its input: the run then checks an untouched vault
        }
        if (lifetime == null) {
            if (!child.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("the CLI did not finish in 60 s");
            long lived = (System.nanoTime() - t0) / 1_000_000;
            if (child.exitValue() != 0) {
                throw new IllegalStateException(write.op() + " failed with exit " + child.exitValue() + ": "
                        + Files.readString(dir.resolve("cli.err")));
            }
            return lived;
        }
        long delay = random.nextBoolean()
                ? (long) (random.nextDouble() * lifetime * 1.1)
                : Math.max(0, lifetime - 150 + random.nextInt(170));
        if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) child.destroyForcibly();   // SIGKILL
        if (!child.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("a killed CLI did not end");
        return -1;
    }

    /** The password that opens the vault: the old one, or the new one after a passwd that committed. */
    private static String passwordInForce(Path file, String old, String proposed) {
        for (String candidate : old.equals(proposed) ? List.of(old) : List.of(old, proposed)) {
            try (KeyService service = open(file, candidate)) {
                return candidate;
            } catch (AppException e) {
                if (e.kind() != AppException.Kind.WRONG_PASSWORD) throw e;
            }
        }
        return null;
    }

    private static List<ApiKeyEntry> entriesOf(Path file, String password) {
        try (KeyService service = open(file, password)) {
            return service.list(true);
        }
    }

    private static KeyService open(Path file, String password) {
        return KeyService.open(file, password.toCharArray(), Vault.Access.NORMAL, Rel.CATALOG, Rel.CLOCK);
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(List.of(line.split("\\|", -1)));
        fields.remove(fields.size() - 1);   // the status word is not a secret
        return fields;
    }
}
