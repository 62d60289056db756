package dev.apikeep.reliability;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A deterministic sequence of writes (add, edit, rotate, delete): step k depends only on the seed,
 * k and the vault's content, so the parent can compute every state the child may leave behind.
 */
final class CrashScript {
    private CrashScript() {
    }

    enum Kind { ADD, EDIT, ROTATE, DELETE }

    record Step(Kind kind, int target, String label, String notes, String key, String secret) {
    }

    static Step decide(long seed, int k, int size) {
        Random r = new Random(seed * 1_000_003L + k);
        String tag = k + "-" + Rel.hex(r, 8);
        Kind kind;
        int roll = r.nextInt(10);
        if (size < 3 || roll < 4) kind = Kind.ADD;
        else if (roll < 7) kind = Kind.EDIT;
        else if (roll < 9) kind = Kind.ROTATE;
        else kind = Kind.DELETE;
        return new Step(kind, size == 0 ? -1 : r.nextInt(size), "label-" + tag, "notes-" + tag,
                "key-" + tag, "secret-" + tag);
    }

    /** Applies step k to the real vault (what the child process does). */
    static void apply(KeyService service, long seed, int k) {
        List<ApiKeyEntry> all = new ArrayList<>(service.list(true));
        all.sort(Comparator.comparing(Rel::content));
        Step s = decide(seed, k, all.size());
        switch (s.kind()) {
            case ADD -> service.add(Rel.draft(s.label(), s.notes(), s.key(), s.secret()));
            case EDIT -> service.edit(all.get(s.target()).toBuilder().label(s.label()).notes(s.notes()).build());
            case ROTATE -> service.rotate(all.get(s.target()), SecretBytes.of(s.key()), SecretBytes.of(s.secret()), null, null);
            case DELETE -> service.delete(all.get(s.target()));
        }
    }

    /** Applies step k to the model: a sorted list of {@link Rel#content} strings. */
    static List<String> apply(List<String> model, long seed, int k) {
        List<String> m = new ArrayList<>(model);
        Step s = decide(seed, k, m.size());
        switch (s.kind()) {
            case ADD -> m.add(line(s.label(), s.notes(), s.key(), s.secret(), KeyStatus.ACTIVE));
            case EDIT -> {
                String[] old = m.get(s.target()).split("\\|", -1);
                m.set(s.target(), line(s.label(), s.notes(), old[2], old[3], KeyStatus.valueOf(old[4])));
            }
            case ROTATE -> {
                String[] old = m.get(s.target()).split("\\|", -1);
                m.set(s.target(), line(old[0], old[1], old[2], old[3], KeyStatus.REVOKED));
                m.add(line(old[0], old[1], s.key(), s.secret(), KeyStatus.ACTIVE));
            }
            case DELETE -> m.remove(s.target());
        }
        m.sort(null);
        return m;
    }

    static String line(String label, String notes, String key, String secret, KeyStatus status) {
        return label + "|" + notes + "|" + key + "|" + secret + "|" + status;
    }
}
