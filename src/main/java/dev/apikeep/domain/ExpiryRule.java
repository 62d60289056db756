package dev.apikeep.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An exchange's automatic expiry for keys without an IP whitelist, e.g. Bybit's 90 days.
 *
 * @param daysWithoutIp       days from creation until a key without IP binding stops working
 * @param onlyWithPermissions the rule covers only keys holding at least one of these permission
 *                            ids; empty = every key without IP binding
 * @param description         where the date comes from, in words shown beside it
 * @param verified            false when only a secondary source states the rule
 */
public record ExpiryRule(int daysWithoutIp, List<String> onlyWithPermissions, String description, boolean verified) {

    public ExpiryRule {
        if (daysWithoutIp <= 0) throw new IllegalArgumentException("expiry rule needs daysWithoutIp of at least 1");
        if (description == null || description.isBlank()) throw new IllegalArgumentException("expiry rule has no description");
        onlyWithPermissions = List.copyOf(onlyWithPermissions == null ? List.of() : onlyWithPermissions);
    }

    public boolean appliesTo(ApiKeyEntry entry) {
        if (entry.isIpBound()) return false;
        return onlyWithPermissions.isEmpty() || entry.permissions().stream().anyMatch(onlyWithPermissions::contains);
    }

    /** The day the key stops working under this rule (it is valid up to the day before). */
    public LocalDate expiryDateFor(ApiKeyEntry entry) {
        return entry.createdAt().plusDays(daysWithoutIp);
    }

    /** The description, marked when the rule comes from a secondary source. */
    public String explanation() {
        return verified ? description : Messages.format("expiry.unverified", description);
    }
}
