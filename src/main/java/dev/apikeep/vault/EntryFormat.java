package dev.apikeep.vault;

import dev.apikeep.domain.ApiKeyEntry;

/**
 * The JSON form of an entry, for export bundles: the same field names as inside the vault, so a
 * bundle and a vault can never disagree about what a field means.
 */
public final class EntryFormat {
    private EntryFormat() {
    }

    /** JSON of every field, secrets included; the caller wipes the array after use. */
    public static byte[] toJson(ApiKeyEntry entry) {
        return EntryCodec.encode(entry);
    }

    /** Reads an entry; {@link IllegalArgumentException} with a reason when the JSON is not an entry. */
    public static ApiKeyEntry fromJson(byte[] json, long revision) {
        return EntryCodec.decode(json, revision);
    }
}
