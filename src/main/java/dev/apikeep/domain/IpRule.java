package dev.apikeep.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One entry of a key's IP whitelist: an IPv4 or IPv6 address, or a CIDR block such as
 * {@code 10.0.0.0/24} or {@code 2001:db8::/32}.
 *
 * <p>{@code text} is always canonical (validated in the constructor), so two rules are equal exactly
 * when they mean the same address and prefix: IPv4 as typed, IPv6 lower case and compressed per
 * RFC 5952. Host bits under a prefix are kept as typed ({@code 10.0.0.1/24} stays so): the exchange
 * receives what the user entered.
 *
 * <p>Parsing is pure text work. {@code InetAddress.getByName} is never used: given a name instead
 * of an address it would do a DNS lookup, and it accepts forms (octal, short IPv4) that exchanges
 * do not.
 */
public record IpRule(String text) {

    public IpRule {
        if (text == null) throw new IllegalArgumentException(Messages.get("ip.missing"));
        text = IpText.canonical(text.strip());
    }

    public static IpRule parse(String text) {
        return new IpRule(text);
    }

    /**
     * Parses a whitelist as typed in a text area or a {@code --ip a,b} option: items separated by
     * commas, spaces or new lines. Duplicates are kept once, in first-seen order.
     *
     * @throws IllegalArgumentException naming the first bad item and where it is, e.g.
     *         {@code line 3: '10.0.0.300' is not an IPv4 or IPv6 address (...)}
     */
    public static List<IpRule> parseList(String text) {
        if (text == null) return List.of();
        Set<IpRule> rules = new LinkedHashSet<>();
        String[] lines = text.split("\\R", -1);
        for (int line = 0; line < lines.length; line++) {
            List<String> items = itemsOf(lines[line]);
            for (int item = 0; item < items.size(); item++) {
                rules.add(parseAt(items.get(item), position(lines.length, items.size()), line, item));
            }
        }
        return List.copyOf(rules);
    }

    public boolean isIpv6() {
        return text.indexOf(':') >= 0;
    }

    /** The CIDR prefix; a plain address counts as a full-length prefix (32 or 128). */
    public int prefixLength() {
        int slash = text.indexOf('/');
        return slash < 0 ? bitLength() : Integer.parseInt(text.substring(slash + 1));
    }

    public boolean isCidr() {
        return text.indexOf('/') >= 0;
    }

    /** The address part, without any {@code /n} prefix. */
    public String address() {
        int slash = text.indexOf('/');
        return slash < 0 ? text : text.substring(0, slash);
    }

    /**
     * Whether {@code address} (a plain IPv4 or IPv6 address) falls inside this rule. An address of
     * the other family never matches; IPv4-mapped IPv6 is not treated as IPv4.
     *
     * @throws IllegalArgumentException if {@code address} is not an address
     */
    public boolean contains(String address) {
        IpRule other = parse(address);
        if (other.isCidr()) throw new IllegalArgumentException(Messages.format("ip.range", address));
        if (other.isIpv6() != isIpv6()) return false;
        return IpText.samePrefix(IpText.bytes(address()), IpText.bytes(other.address()), prefixLength());
    }

    @Override
    public String toString() {
        return text;
    }

    private int bitLength() {
        return isIpv6() ? 128 : 32;
    }

    private static IpRule parseAt(String item, String position, int line, int index) {
        try {
            return parse(item);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    Messages.format(position, String.valueOf(line + 1), String.valueOf(index + 1), e.getMessage()), e);
        }
    }

    private static List<String> itemsOf(String line) {
        List<String> items = new ArrayList<>();
        for (String item : line.split("[,;\\s]+")) {
            if (!item.isEmpty()) items.add(item);
        }
        return items;
    }

    /** The message key that says where: "line 3: " for a list typed one per line, "item 2: " for a one-line list, both when mixed. */
    private static String position(int lineCount, int itemCount) {
        if (lineCount > 1 && itemCount > 1) return "ip.at.lineAndItem";
        if (lineCount > 1) return "ip.at.line";
        return "ip.at.item";
    }
}
