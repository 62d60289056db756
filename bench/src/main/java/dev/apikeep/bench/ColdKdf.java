package dev.apikeep.bench;

import dev.apikeep.crypto.Kdf;
import dev.apikeep.crypto.KdfParams;
import java.nio.charset.StandardCharsets;

/**
 * One Argon2id derivation at the benches' fast parameters (m = 19 MiB, t = 2, p = 1) in a fresh JVM,
 * and nothing else: the floor under a cold `apikeep get`, which must derive the same key before it
 * can open anything. bench/cli/run.sh runs it beside `get` so the report can say how much of `get`
 * is the KDF and how much is the app.
 */
public final class ColdKdf {
    private ColdKdf() {
    }

    public static void main(String[] args) {
        byte[] key = Kdf.derive("bench password 1".getBytes(StandardCharsets.UTF_8), new byte[16], new KdfParams(19 * 1024, 2, 1));
        System.out.println(key.length);
    }
}
