package dev.apikeep.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The outcome of asking an exchange about one key: a status, what the exchange said, and where the
 * vault disagrees with it. Pure: the network call happens elsewhere; {@link #compare} only compares.
 *
 * @param error the exchange's own message for REJECTED, what failed for UNREACHABLE, why for UNSUPPORTED;
 *              null otherwise
 */
public record KeyCheck(UUID entryId, Status status, Instant checkedAt, ExchangeSays says, List<Difference> differences,
                       String error) {

    public enum Status {
        MATCH, DIFFERS, REJECTED, UNREACHABLE, UNSUPPORTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status parse(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    /** The fields a difference can name, with their JSON names. */
    public enum Field {
        PERMISSIONS("permissions"), IP_WHITELIST("ipWhitelist"), IP_BOUND("ipBound"), EXPIRES_AT("expiresAt"),
        CREATED_AT("createdAt");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Field parse(String id) {
            for (Field f : values()) if (f.id.equals(id)) return f;
            throw new IllegalArgumentException("unknown field '" + id + "'");
        }
    }

    /**
     * One field on which vault and exchange disagree. Values are {@code List<String>} (permissions,
     * IPs), {@code Boolean} (ipBound) or {@code LocalDate}; a date may be null ("none").
     */
    public record Difference(Field field, Object vault, Object exchange) {
        public Difference {
            Objects.requireNonNull(field, "field");
        }
    }

    public KeyCheck {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkedAt, "checkedAt");
        says = says == null ? ExchangeSays.nothing() : says;
        differences = List.copyOf(differences == null ? List.of() : differences);
    }

    public static KeyCheck failed(UUID entryId, Status status, Instant checkedAt, String error) {
        if (status == Status.MATCH || status == Status.DIFFERS) throw new IllegalArgumentException("not a failure: " + status);
        return new KeyCheck(entryId, status, checkedAt, ExchangeSays.nothing(), List.of(), error);
    }

    /**
     * This check's answer held against the entry as it is now: a stored check stays true after the
     * user edits the key or uses the exchange's values (and after an undo). Failures stay as they were.
     */
    public KeyCheck against(ApiKeyEntry entry) {
        if (status != Status.MATCH && status != Status.DIFFERS) return this;
        return compare(entry, says, checkedAt);
    }

    public boolean hasDifferences() {
        return !differences.isEmpty();
    }

    /** Compares what the vault holds with what the exchange said; a field the exchange did not report is skipped. */
    public static KeyCheck compare(ApiKeyEntry entry, ExchangeSays says, Instant checkedAt) {
        List<Difference> differences = new ArrayList<>();
        if (says.permissions() != null && !sameSet(entry.permissions(), says.permissions())) {
            differences.add(new Difference(Field.PERMISSIONS, entry.permissions(), says.permissions()));
        }
        List<String> vaultIps = entry.ipWhitelist().stream().map(IpRule::toString).toList();
        if (says.ipWhitelist() != null) {
            if (!sameIps(vaultIps, says.ipWhitelist())) {
                differences.add(new Difference(Field.IP_WHITELIST, vaultIps, says.ipWhitelist()));
            }
        } else if (says.ipBound() != null && says.ipBound() != entry.isIpBound()) {
            differences.add(new Difference(Field.IP_BOUND, entry.isIpBound(), says.ipBound()));
        }
        if (says.expiresAt() != null && !says.expiresAt().equals(entry.expiresAt())) {
            differences.add(new Difference(Field.EXPIRES_AT, entry.expiresAt(), says.expiresAt()));
        }
        if (says.createdAt() != null && !says.createdAt().equals(entry.createdAt())) {
            differences.add(new Difference(Field.CREATED_AT, entry.createdAt(), says.createdAt()));
        }
        Status status = differences.isEmpty() ? Status.MATCH : Status.DIFFERS;
        return new KeyCheck(entry.id(), status, checkedAt, says, differences, null);
    }

    /**
     * The entry with the exchange's values for exactly the differences that can be written: IP lists
     * the exchange masks (KuCoin) and a bare "IP bound" cannot become addresses, and a permission the
     * catalog cannot name is not stored.
     */
    public ApiKeyEntry applyTo(ApiKeyEntry entry) {
        ApiKeyEntry.Builder b = entry.toBuilder();
        for (Difference d : differences) {
            switch (d.field()) {
                case PERMISSIONS -> {
                    b.permissions(storable(says.permissions()));
                    if (says.readOnly() != null) b.readOnly(says.readOnly()); // the switch is part of what the key may do
                }
                case IP_WHITELIST -> {
                    if (says.ipWhitelist().stream().noneMatch(ip -> ip.contains("*"))) {
                        b.ipWhitelist(says.ipWhitelist().stream().map(IpRule::parse).toList());
                    }
                }
                case EXPIRES_AT -> b.expiresAt(says.expiresAt());
                case CREATED_AT -> b.createdAt(says.createdAt());
                case IP_BOUND -> { /* a yes/no cannot become addresses: the user adds them */ }
            }
        }
        return b.build();
    }

    /** The differences {@link #applyTo} would really change; the rest need the user. */
    public List<Difference> applicable() {
        return differences.stream().filter(d -> switch (d.field()) {
            case IP_BOUND -> false;
            case IP_WHITELIST -> says.ipWhitelist().stream().noneMatch(ip -> ip.contains("*"));
            default -> true;
        }).toList();
    }

    private static List<String> storable(List<String> permissions) {
        return permissions.stream().filter(p -> !p.startsWith(Exchange.UNKNOWN_PREFIX)).toList();
    }

    private static boolean sameSet(Collection<String> a, Collection<String> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }

    /**
     * Equal as sets; an exchange address with {@code *} (KuCoin masks the middle octets) matches any
     * vault address of the same shape, so a masked list is not reported as different from the truth.
     */
    static boolean sameIps(List<String> vault, List<String> exchange) {
        Set<String> v = new HashSet<>(vault);
        Set<String> x = new HashSet<>(exchange);
        if (v.size() != x.size()) return false;
        Set<String> unmatched = new HashSet<>(v);
        for (String pattern : x) {
            String hit = unmatched.stream().filter(ip -> ipMatches(pattern, ip)).findFirst().orElse(null);
            if (hit == null) return false;
            unmatched.remove(hit);
        }
        return true;
    }

    private static boolean ipMatches(String pattern, String ip) {
        if (!pattern.contains("*")) return pattern.equalsIgnoreCase(ip);
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*+", -1)) {
            if (!regex.isEmpty()) regex.append(".*");
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return ip.matches(regex.toString());
    }

    /** Exchange dates come as instants; the vault keeps days, counted in UTC. */
    public static LocalDate utcDay(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
    }
}
