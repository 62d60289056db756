package dev.apikeep.domain;

import java.util.regex.Pattern;

/**
 * One permission an exchange offers on its API keys.
 *
 * @param id    stable lower-case-kebab id stored in entries, e.g. {@code spot-trade}
 * @param name  the exchange's own words, shown on the badge, e.g. "Spot & Margin trading"
 * @param group the exchange's heading for it, e.g. "Wallet"; "" when the exchange has none
 * @param risk  the harm it allows if the key leaks
 */
public record Permission(String id, String name, String group, Risk risk) {
    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Permission {
        if (id == null || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("permission id " + IpText.quote(String.valueOf(id)) + " must be lower-case-kebab");
        }
        if (name == null || name.isBlank()) throw new IllegalArgumentException("permission '" + id + "' has no name");
        if (risk == null) throw new IllegalArgumentException("permission '" + id + "' has no risk (low, medium or high)");
        group = group == null ? "" : group;
    }
}
