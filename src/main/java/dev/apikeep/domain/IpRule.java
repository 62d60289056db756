package dev.apikeep.domain;

/**
 * One entry of a key's IP whitelist: an IPv4 or IPv6 address, or a CIDR block.
 * PLACEHOLDER API: the full parser (strict IPv4/IPv6/CIDR validation, canonical text) replaces this.
 */
public record IpRule(String text) {
    public static IpRule parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) throw new IllegalArgumentException("empty IP address");
        return new IpRule(trimmed);
    }

    @Override
    public String toString() {
        return text;
    }
}
