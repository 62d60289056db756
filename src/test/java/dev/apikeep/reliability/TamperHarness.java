package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.vault.Vault;
import dev.apikeep.vault.VaultException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tamper: random bit flips, byte overwrites, truncations and row edits of a vault file. Every
 * outcome must be the identical data, or "damaged" (DAMAGED / NOT_A_VAULT, or an open that reports
 * the damaged entries and turns read-only); never WRONG_PASSWORD, wrong data, another exception or
 * a hang. A flip in a free page or an unused byte may change nothing: that counts as identical.
 * Run: java -cp ... dev.apikeep.reliability.TamperHarness CASES [DIR]
 */
public final class TamperHarness {
    record Result(int cases, Map<String, Integer> outcomes, List<String> failures, long millis) {
        @Override
        public String toString() {
            return "tamper cases=" + cases + " outcomes=" + outcomes + " failures=" + failures.size()
                    + " time_s=" + millis / 1000 + (failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures));
        }
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("apikeep-tamper");
        Result r = run(cases, dir, 7L);
        System.out.println(r);
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }

    static Result run(int cases, Path dir, long seed) throws Exception {
        long start = System.currentTimeMillis();
        Random random = new Random(seed);
        Path original = dir.resolve("original.apikeep");
        Path older = dir.resolve("older.apikeep");
        Files.deleteIfExists(original);
        List<String> expected;
        try (KeyService service = Rel.create(original)) {
            for (int i = 0; i < 12; i++) {
                service.add(Rel.draft("label-" + i, "notes-" + i, "key-" + Rel.hex(random, 16), "secret-" + Rel.hex(random, 24)));
            }
            Files.copy(original, older, StandardCopyOption.REPLACE_EXISTING);   // for rollback edits
            ApiKeyEntry first = service.list(true).get(0);
            service.edit(first.toBuilder().notes("edited").build());
            service.delete(service.list(true).get(5));
            expected = Rel.exact(service.list(true));
        }
        byte[] pristine = Rel.read(original);

        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tamper-open");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int c = 0; c < cases; c++) {
                Path victim = dir.resolve("victim.apikeep");
                Files.deleteIfExists(victim);
                Files.deleteIfExists(dir.resolve("victim.apikeep-journal"));
                String what = mutate(random, pristine, victim, older);
                Future<String> outcome = executor.submit(() -> outcome(victim, expected));
                String result;
                try {
                    result = outcome.get(30, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    result = "FAIL hang";
                } catch (java.util.concurrent.ExecutionException e) {
                    result = "FAIL exception " + e.getCause();
                }
                outcomes.merge(result.startsWith("FAIL") ? result.split(":")[0] : result, 1, Integer::sum);
                if (result.startsWith("FAIL")) failures.add("case " + c + " (" + what + "): " + result);
            }
        } finally {
            executor.shutdownNow();
        }
        return new Result(cases, outcomes, failures, System.currentTimeMillis() - start);
    }

    /** Writes a damaged copy of the vault to {@code victim}; returns what was done. */
    static String mutate(Random random, byte[] pristine, Path victim, Path older) throws Exception {
        byte[] b = pristine.clone();
        int kind = random.nextInt(100);
        if (kind < 45) {
            int at = random.nextInt(b.length);
            int bit = random.nextInt(8);
            b[at] ^= (byte) (1 << bit);
            Files.write(victim, b);
            return "flip bit " + bit + " at " + at;
        } else if (kind < 65) {
            int at = random.nextInt(b.length);
            b[at] = (byte) random.nextInt(256);
            Files.write(victim, b);
            return "byte at " + at;
        } else if (kind < 80) {
            int length = random.nextInt(b.length);
            Files.write(victim, java.util.Arrays.copyOf(b, length));
            return "truncate to " + length;
        }
        Files.write(victim, b);
        String sql = switch (random.nextInt(6)) {
            case 0 -> "DELETE FROM entries WHERE rowid = (SELECT rowid FROM entries ORDER BY random() LIMIT 1)";
            case 1 -> "UPDATE entries SET revision = revision + 1 WHERE rowid = (SELECT min(rowid) FROM entries)";
            case 2 -> "UPDATE entries SET ciphertext = (SELECT ciphertext FROM entries ORDER BY rowid DESC LIMIT 1)"
                    + " WHERE rowid = (SELECT min(rowid) FROM entries)";
            // a copy under another id: its last digit changed (to 'f', or 'e' when it is an 'f', which gave the same id)
            case 3 -> "INSERT INTO entries SELECT substr(id, 1, 35) || CASE substr(id, 36, 1) WHEN 'f' THEN 'e' ELSE 'f' END,"
                    + " revision, nonce, ciphertext FROM entries LIMIT 1";
            case 4 -> "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)";
            default -> "ROLLBACK-ROW";
        };
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + victim); Statement s = db.createStatement()) {
            if (sql.equals("ROLLBACK-ROW")) {
                // put an older copy of every row back (the edited one rolls back, the deleted one reappears)
                s.execute("ATTACH DATABASE '" + older + "' AS old");
                s.execute("INSERT OR REPLACE INTO entries SELECT * FROM old.entries");
            } else {
                s.execute(sql);
            }
        }
        return "row edit: " + sql;
    }

    /** Opens the damaged copy and classifies what happened. */
    static String outcome(Path victim, List<String> expected) {
        try (Vault vault = Vault.open(victim, Rel.PASSWORD.toCharArray(), Vault.Access.NORMAL)) {
            List<ApiKeyEntry> entries = vault.entries();
            vault.events(0);
            if (!vault.damagedEntries().isEmpty()) return "damaged (entries named)";
            if (vault.isReadOnly()) return "damaged (activity log)";
            if (Rel.exact(entries).equals(expected)) return "identical";
            return "FAIL wrong data";
        } catch (VaultException e) {
            return switch (e.kind()) {
                case DAMAGED -> "DAMAGED";
                case NOT_A_VAULT -> "NOT_A_VAULT";
                case NEWER_FORMAT -> "NEWER_FORMAT";   // exit 4 like DAMAGED: user_version bytes flipped upwards
                default -> "FAIL VaultException " + e.kind() + ": " + e.getMessage();
            };
        } catch (RuntimeException e) {
            return "FAIL " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
