package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * How a command names a key: its id, an id prefix of 6 or more characters, or its exact label
 * (case-sensitive first, then ignoring case). Ambiguous references are refused rather than guessed.
 * Shared by the vault ({@link #resolve}) and by kits.
 */
public final class EntryRef {
    private EntryRef() {
    }

    /** The one entry {@code ref} names among {@code entries}; empty when none does. */
    public static Optional<ApiKeyEntry> find(List<ApiKeyEntry> entries, String ref) {
        String text = ref.trim();
        UUID exact = parseUuid(text);
        if (exact != null) return entries.stream().filter(e -> e.id().equals(exact)).findFirst();
        if (isIdPrefix(text)) {
            String prefix = text.toLowerCase(Locale.ROOT);
            List<ApiKeyEntry> byId = entries.stream().filter(e -> e.id().toString().startsWith(prefix)).toList();
            if (byId.size() > 1) throw ambiguousId(ref, byId.size());
            if (byId.size() == 1) return Optional.of(byId.get(0));
        }
        return byLabel(entries, ref);
    }

    /** The entry whose label is {@code ref} (exactly, else ignoring case); refuses a label two entries share. */
    public static Optional<ApiKeyEntry> byLabel(List<ApiKeyEntry> entries, String ref) {
        String text = ref.trim();
        List<ApiKeyEntry> matches = entries.stream().filter(e -> e.label().equals(text)).toList();
        if (matches.isEmpty()) matches = entries.stream().filter(e -> e.label().equalsIgnoreCase(text)).toList();
        if (matches.size() > 1) {
            throw new InvalidInputException(Messages.format("ref.labelUsedTwice", ref, String.valueOf(matches.size())));
        }
        return matches.stream().findFirst();
    }

    public static boolean isIdPrefix(String text) {
        return text.length() >= 6 && text.matches("[0-9a-fA-F-]+");
    }

    public static InvalidInputException ambiguousId(String ref, int matches) {
        return new InvalidInputException(Messages.format("ref.ambiguous", ref, String.valueOf(matches)));
    }

    /** A full 36-character UUID, or null. */
    public static UUID parseUuid(String text) {
        if (text.length() != 36) return null;
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The one entry {@code ref} names in the open vault: an id decrypts that entry alone, a label
     * only the candidates the blind index names (a format-1 vault open read-only has no index and
     * is searched by decrypting).
     */
    static ApiKeyEntry resolve(GuardedVault vault, String ref) {
        String text = ref.trim();
        UUID exact = parseUuid(text);
        if (exact != null) return vault.find(exact).orElseThrow(() -> notFound(ref));
        if (isIdPrefix(text)) {
            List<UUID> ids = vault.idsStartingWith(text);
            if (ids.size() == 1) return vault.find(ids.get(0)).orElseThrow(() -> notFound(ref));
            if (ids.size() > 1) throw ambiguousId(ref, ids.size());
        }
        List<ApiKeyEntry> candidates = vault.idsWithLabel(text)
                .map(ids -> ids.stream().map(vault::find).flatMap(Optional::stream).toList())
                .orElseGet(vault::entries);
        return byLabel(candidates, text).orElseThrow(() -> notFound(ref));
    }

    private static AppException notFound(String ref) {
        return new AppException(AppException.Kind.NOT_FOUND, Messages.format("ref.notFound", ref));
    }
}
