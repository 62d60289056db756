package dev.apikeep.ui.keys;

import dev.apikeep.domain.ApiKeyEntry;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Wipes the secrets of entries the list no longer holds. Entries re-stored by recordUse share their
 * SecretBytes with the value they replace, so those are kept. Sets by identity: comparing every old
 * entry with every fresh one took seconds at 10,000 keys.
 */
final class ReplacedSecrets {
    private ReplacedSecrets() {
    }

    /** Wipes each of {@code replaced} that is not in {@code fresh} and shares no secret with it (nulls in {@code fresh} are gone entries). */
    static void wipe(Collection<ApiKeyEntry> replaced, Collection<ApiKeyEntry> fresh) {
        Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ApiKeyEntry e : fresh) {
            if (e == null) continue;
            kept.add(e);
            kept.add(e.apiKey());
            kept.add(e.secret());
        }
        for (ApiKeyEntry old : replaced) {
            if (kept.contains(old) || kept.contains(old.apiKey()) || kept.contains(old.secret())) continue;
            old.wipeSecrets();
        }
    }
}
