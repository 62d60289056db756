package dev.apikeep.bench;

import dev.apikeep.crypto.Kdf;
import dev.apikeep.crypto.KdfParams;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Argon2id at the default parameters, timed the same way as bench/argon2_native.py times libargon2
 * (same password, salt and tag length, so the printed tag prefixes must agree): the first call in a
 * fresh JVM (cold, what the CLI pays), then best and median of N warm calls, per engine.
 * Usage: java -cp benchmarks.jar dev.apikeep.bench.Argon2Compare [runs]
 */
public final class Argon2Compare {
    private Argon2Compare() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String only = args.length > 1 ? args[1] : null;
        byte[] pwd = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);
        byte[] salt = new byte[16];
        for (Kdf.Engine engine : Kdf.Engine.values()) {
            if (only != null && !engine.name().equals(only)) continue;
            long c0 = System.nanoTime();
            byte[] tag = engine.derive(pwd, salt, KdfParams.DEFAULT);
            double cold = (System.nanoTime() - c0) / 1e6;
            for (int i = 0; i < 3; i++) engine.derive(pwd, salt, KdfParams.DEFAULT);
            double[] t = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                engine.derive(pwd, salt, KdfParams.DEFAULT);
                t[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(t);
            System.out.printf("java %s argon2id m=65536 t=3 p=4: first call %.1f ms, best %.1f ms, median %.1f ms (%d runs) tag %s%n",
                    engine, cold, t[0], t[runs / 2], runs, HexFormat.of().formatHex(tag, 0, 8));
        }
    }
}
