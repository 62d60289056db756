package dev.apikeep.cli;

import dev.apikeep.app.KeyService;
import dev.apikeep.app.kit.Kit;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;

/**
 * The keys {@code get}, {@code exec}, {@code inject} and {@code list} read: the vault's, or with
 * {@code --kit} a kit's. The commands format their output once, whichever it is.
 */
interface KeySource {
    ApiKeyEntry resolve(String ref);

    /** Records that a key left for a bot; the vault logs it, a kit has no log to write to. */
    void recordUse(ApiKeyEntry entry, EventType how, String detail);

    /** The open vault. */
    record Vault(KeyService service) implements KeySource {
        @Override
        public ApiKeyEntry resolve(String ref) {
            return service.resolve(ref);
        }

        @Override
        public void recordUse(ApiKeyEntry entry, EventType how, String detail) {
            service.recordUse(entry, how, detail);
        }
    }

    /** An opened kit: read-only, nothing to record. */
    record OfKit(Kit kit) implements KeySource {
        @Override
        public ApiKeyEntry resolve(String ref) {
            return kit.resolve(ref);
        }

        @Override
        public void recordUse(ApiKeyEntry entry, EventType how, String detail) {
            // a kit is a read-only copy on another machine; the desktop vault never sees its use
        }
    }
}
