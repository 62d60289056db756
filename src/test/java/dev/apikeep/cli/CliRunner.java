package dev.apikeep.cli;

import dev.apikeep.app.KeyDerivation;
import dev.apikeep.domain.ExchangeCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real commands in-process on one vault file: stdin given as text, no console, a fixed clock. */
final class CliRunner {
    static final String PASSWORD = "correct horse battery";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();

    final Path vault;
    private Map<String, String> env = Map.of();
    private KeyDerivation keyDerivation = KeyDerivation.standard();

    CliRunner(Path vault) {
        this.vault = vault;
    }

    /** The process environment the commands see (e.g. {@code APIKEEP_EXCHANGE_URL_<ID>}); empty by default. */
    CliRunner withEnv(Map<String, String> env) {
        this.env = Map.copyOf(env);
        return this;
    }

    /** The Argon2 engines the commands derive with (a faulty fast one, to see the safety net). */
    CliRunner withKeyDerivation(KeyDerivation derivation) {
        this.keyDerivation = derivation;
        return this;
    }

    record Result(int code, String out, String err, byte[] outBytes) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    /** Creates the vault with the cheapest KDF settings DESIGN.md allows. */
    CliRunner init() {
        Result r = run(PASSWORD + "\n", "init", "--kdf-memory", "19", "--kdf-iterations", "2", "--kdf-parallelism", "1");
        if (r.code() != 0) throw new AssertionError("init failed: " + r);
        return this;
    }

    /** {@code apikeep --vault <file> args...} with {@code stdin} as standard input. */
    Result run(String stdin, String... args) {
        return runBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    Result runBytes(byte[] stdin, String... args) {
        return runWithEnv(env, stdin, args);
    }

    /** As {@link #runBytes}, with these environment variables (e.g. APIKEEP_KIT_TOKEN). */
    Result runWithEnv(Map<String, String> env, byte[] stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ApiKeepCli.Context context = new ApiKeepCli.Context(new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null, env, CLOCK, CATALOG, keyDerivation);
        int code = ApiKeepCli.run(all.toArray(String[]::new), context);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    /** Lines of standard input: the master password first, then the given secrets. */
    static String stdin(String... secrets) {
        StringBuilder text = new StringBuilder(PASSWORD).append('\n');
        for (String s : secrets) text.append(s).append('\n');
        return text.toString();
    }

    /** Adds a key and returns its id (the only line add prints). */
    String add(String stdinAfterPassword, String... args) {
        List<String> all = new ArrayList<>(List.of("add"));
        all.addAll(List.of(args));
        Result r = run(PASSWORD + "\n" + stdinAfterPassword, all.toArray(String[]::new));
        if (r.code() != 0) throw new AssertionError("add failed: " + r);
        return r.out().strip();
    }
}
