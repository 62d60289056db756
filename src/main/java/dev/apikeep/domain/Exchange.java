package dev.apikeep.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the vault knows about one exchange's API keys; one entry of {@code exchanges.json}.
 *
 * @param keyLimit            most keys one account may hold; null when unknown
 * @param keyLimitVerified    false when the figure comes from a secondary source
 * @param expiryRule          automatic expiry without IP binding; null when the exchange has none
 * @param permissionsEditable whether a key's permissions can be changed after creation (else: new key)
 * @param apiManagementUrl    the exchange's page to create and delete keys; "" when none
 * @param exchangeWords       the words the exchange's key-info endpoint uses for a permission -> catalog id
 *                            (e.g. Bybit {@code Wallet.Withdraw} -> {@code withdraw}); empty when not checkable
 * @param readOnlyPermission  the id that is a Read-Only switch rather than a scope (Bybit's {@code read}):
 *                            a key holding it is read-only, so its other scopes carry no more than low risk;
 *                            null when the exchange has no such switch
 */
public record Exchange(
        String id,
        String name,
        List<Permission> permissions,
        boolean passphraseRequired,
        List<KeyType> keyTypes,
        Integer keyLimit,
        boolean keyLimitVerified,
        ExpiryRule expiryRule,
        boolean permissionsEditable,
        String apiManagementUrl,
        String notes,
        Map<String, String> exchangeWords,
        String readOnlyPermission) {

    public static final String CUSTOM_ID = "custom";

    public Exchange {
        if (id == null || !Permission.KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("exchange id " + IpText.quote(String.valueOf(id)) + " must be lower-case-kebab");
        }
        if (name == null || name.isBlank()) throw new IllegalArgumentException("exchange '" + id + "' has no name");
        permissions = List.copyOf(permissions == null ? List.of() : permissions);
        keyTypes = List.copyOf(keyTypes == null ? List.of() : keyTypes);
        if (keyTypes.isEmpty()) throw new IllegalArgumentException("exchange '" + id + "' lists no key types");
        if (keyLimit != null && keyLimit <= 0) throw new IllegalArgumentException("exchange '" + id + "' has a key limit below 1");
        apiManagementUrl = apiManagementUrl == null ? "" : apiManagementUrl;
        notes = notes == null ? "" : notes;
        exchangeWords = Map.copyOf(exchangeWords == null ? Map.of() : exchangeWords);
        requireUniquePermissionIds(id, permissions);
        requireKnownRulePermissions(id, permissions, expiryRule);
        requireKnownWordTargets(id, permissions, exchangeWords, readOnlyPermission);
    }

    /** The free-form exchange: any permission words, risk read from the words. */
    public boolean isCustom() {
        return CUSTOM_ID.equals(id);
    }

    public Optional<Permission> permission(String permissionId) {
        return permissions.stream().filter(p -> p.id().equals(permissionId)).findFirst();
    }

    /** The catalog's risk, or for a permission it does not list (custom exchange), the risk its words suggest. */
    public Risk riskOf(String permissionId) {
        return permission(permissionId).map(Permission::risk).orElseGet(() -> inferRisk(permissionId));
    }

    /**
     * The risk of one permission on {@code key}: on a key whose Read-Only switch is on (Bybit) every
     * scope is only a view, so it is low whatever the catalog says. Entries that never stated the
     * switch keep the catalog's risk.
     */
    public Risk riskOn(String permissionId, ApiKeyEntry key) {
        return isReadOnly(key) ? Risk.LOW : riskOf(permissionId);
    }

    /** True when this exchange has a Read-Only switch and {@code key} says it is on. */
    public boolean isReadOnly(ApiKeyEntry key) {
        return readOnlyPermission != null && Boolean.TRUE.equals(key.readOnly());
    }

    /**
     * True when {@code key} lists the Read-Only switch but the vault cannot vouch for it: an older entry
     * that never stated the switch lists scopes that can trade or move funds beside it, or the key is
     * marked Read-Write. Such a switch must not be shown as a reassuring "Read-Only"; the scopes keep
     * their catalog risk.
     */
    public boolean readOnlyUnconfirmed(ApiKeyEntry key) {
        if (readOnlyPermission == null || !key.permissions().contains(readOnlyPermission)) return false;
        if (Boolean.FALSE.equals(key.readOnly())) return true;
        return key.readOnly() == null && key.permissions().stream()
                .anyMatch(p -> !p.equals(readOnlyPermission) && riskOf(p) != Risk.LOW);
    }

    /** The highest risk among {@code permissionIds}; LOW for none. */
    public Risk highestRisk(Collection<String> permissionIds) {
        return permissionIds.stream().map(this::riskOf).max(Risk::compareTo).orElse(Risk.LOW);
    }

    /** The highest risk of a key's permissions; LOW for a read-only key. */
    public Risk highestRisk(ApiKeyEntry key) {
        return isReadOnly(key) ? Risk.LOW : highestRisk(key.permissions());
    }

    /**
     * A key's permissions from the words the exchange's key-info endpoint reported, in catalog order;
     * a word the catalog does not map becomes {@code unknown:<word>} (never dropped: it may be a new,
     * risky scope). A word may be {@code Group.Item}; when only its group is mapped, the group counts.
     */
    public List<String> permissionsFromWords(Collection<String> words) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (String word : words) {
            String id = exchangeWords.get(word);
            if (id == null && word.contains(".")) id = exchangeWords.get(word.substring(0, word.indexOf('.')));
            if (id == null) unknown.add(UNKNOWN_PREFIX + word);
            else if (!id.isEmpty()) ids.add(id);
        }
        List<String> ordered = new java.util.ArrayList<>(permissions.stream().map(Permission::id).filter(ids::contains).toList());
        unknown.stream().distinct().forEach(ordered::add);
        return ordered;
    }

    /** Marks a permission word the exchange reported that the catalog cannot name. */
    public static final String UNKNOWN_PREFIX = "unknown:";

    /** The exchange's own name for a permission; unknown ids show as themselves. */
    public String nameOf(String permissionId) {
        return permission(permissionId).map(Permission::name).orElse(permissionId);
    }

    /**
     * Risk from free-form permission words: withdraw/transfer -> HIGH; trade/order -> MEDIUM;
     * read/view/query -> LOW; anything else -> MEDIUM. Words are matched whole (by prefix, so
     * "withdrawals" and "trading" count) and the highest match wins, so "read-write trade" is not
     * mistaken for read-only. "write" counts as MEDIUM for the same reason.
     */
    public static Risk inferRisk(String words) {
        List<String> tokens = List.of(String.valueOf(words).toLowerCase(Locale.ROOT).split("[^a-z]+"));
        if (anyStartsWith(tokens, "withdraw", "transfer")) return Risk.HIGH;
        if (anyStartsWith(tokens, "trad", "order", "write")) return Risk.MEDIUM;
        if (anyStartsWith(tokens, "read", "view", "query")) return Risk.LOW;
        return Risk.MEDIUM;
    }

    private static boolean anyStartsWith(List<String> tokens, String... stems) {
        for (String token : tokens) {
            for (String stem : stems) {
                if (token.startsWith(stem)) return true;
            }
        }
        return false;
    }

    private static void requireUniquePermissionIds(String id, List<Permission> permissions) {
        Set<String> seen = new HashSet<>();
        for (Permission p : permissions) {
            if (!seen.add(p.id())) throw new IllegalArgumentException("exchange '" + id + "' lists permission '" + p.id() + "' twice");
        }
    }

    /** An empty target means "a word to ignore" (e.g. a scope with no risk the vault does not track). */
    private static void requireKnownWordTargets(String id, List<Permission> permissions, Map<String, String> words,
                                                String readOnlyPermission) {
        Set<String> ids = new HashSet<>();
        permissions.forEach(p -> ids.add(p.id()));
        words.forEach((word, target) -> {
            if (!target.isEmpty() && !ids.contains(target)) {
                throw new IllegalArgumentException("exchange '" + id + "': word '" + word + "' maps to unknown permission '" + target + "'");
            }
        });
        if (readOnlyPermission != null && !ids.contains(readOnlyPermission)) {
            throw new IllegalArgumentException("exchange '" + id + "': read-only switch names unknown permission '" + readOnlyPermission + "'");
        }
    }

    /** Catches a typo in the catalog that would silently switch an expiry rule off. */
    private static void requireKnownRulePermissions(String id, List<Permission> permissions, ExpiryRule rule) {
        if (rule == null) return;
        for (String permissionId : rule.onlyWithPermissions()) {
            if (permissions.stream().noneMatch(p -> p.id().equals(permissionId))) {
                throw new IllegalArgumentException("exchange '" + id + "': expiry rule names unknown permission '" + permissionId + "'");
            }
        }
    }
}
