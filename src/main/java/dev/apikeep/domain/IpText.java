package dev.apikeep.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The strict text parser behind {@link IpRule}; works on characters only, never on the network. */
final class IpText {
    private static final int MAX_INPUT = 100; // longest valid form is about 50 characters

    private IpText() {
    }

    /** Validates {@code text} ({@code address} or {@code address/prefix}) and returns its canonical form. */
    static String canonical(String text) {
        if (text.isEmpty()) throw new IllegalArgumentException(Messages.get("ip.empty"));
        if (text.length() > MAX_INPUT) throw notAnAddress(text, Messages.get("ip.tooLong"));
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        String canonicalAddress = canonicalAddress(address, text);
        if (slash < 0) return canonicalAddress;
        int maxPrefix = address.indexOf(':') >= 0 ? 128 : 32;
        return canonicalAddress + "/" + prefix(text.substring(slash + 1), maxPrefix, text);
    }

    /** The address as 4 (IPv4) or 16 (IPv6) bytes; {@code address} must already be valid. */
    static byte[] bytes(String address) {
        if (address.indexOf(':') < 0) return ipv4(address, address);
        int[] groups = ipv6(address, address);
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (groups[i] >> 8);
            bytes[2 * i + 1] = (byte) groups[i];
        }
        return bytes;
    }

    static boolean samePrefix(byte[] a, byte[] b, int bits) {
        int fullBytes = bits / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (a[i] != b[i]) return false;
        }
        int rest = bits % 8;
        if (rest == 0) return true;
        int mask = 0xff << (8 - rest);
        return (a[fullBytes] & mask) == (b[fullBytes] & mask);
    }

    private static String canonicalAddress(String address, String original) {
        if (address.indexOf('%') >= 0) throw notAnAddress(original, Messages.get("ip.zoneId"));
        if (address.indexOf(':') >= 0) return formatIpv6(ipv6(address, original));
        ipv4(address, original);
        return address; // strict IPv4 text is already canonical
    }

    private static String prefix(String digits, int max, String original) {
        if (!isDecimal(digits) || digits.length() > 3 || (digits.length() > 1 && digits.charAt(0) == '0')) {
            throw notAnAddress(original, Messages.format("ip.prefixNotNumber", String.valueOf(max)));
        }
        int value = Integer.parseInt(digits);
        if (value > max) {
            throw new IllegalArgumentException(Messages.format("ip.prefixTooLarge", quote(original), String.valueOf(value),
                    max == 32 ? "IPv4" : "IPv6", String.valueOf(max)));
        }
        return digits;
    }

    private static byte[] ipv4(String address, String original) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) throw notAnAddress(original, Messages.get("ip.ipv4Parts"));
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) bytes[i] = (byte) octet(parts[i], original);
        return bytes;
    }

    private static int octet(String part, String original) {
        if (!isDecimal(part) || part.length() > 3) throw notAnAddress(original, Messages.format("ip.octetNotNumber", part));
        if (part.length() > 1 && part.charAt(0) == '0') throw notAnAddress(original, Messages.format("ip.leadingZero", part));
        int value = Integer.parseInt(part);
        if (value > 255) throw notAnAddress(original, Messages.format("ip.octetTooLarge", String.valueOf(value)));
        return value;
    }

    private static int[] ipv6(String address, String original) {
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) throw notAnAddress(original, Messages.get("ip.gapTwice"));
        if (gap < 0) {
            List<Integer> groups = groups(address, true, original);
            if (groups.size() != 8) throw notAnAddress(original, Messages.get("ip.ipv6Groups"));
            return toArray(groups, List.of());
        }
        List<Integer> head = groups(address.substring(0, gap), false, original);
        List<Integer> tail = groups(address.substring(gap + 2), true, original);
        if (head.size() + tail.size() > 7) throw notAnAddress(original, Messages.get("ip.tooManyGroups"));
        return toArray(head, tail);
    }

    /** Parses colon-separated hex groups; the last one may be a dotted IPv4 tail (two groups). */
    private static List<Integer> groups(String part, boolean ipv4TailAllowed, String original) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) return groups;
        String[] texts = part.split(":", -1);
        for (int i = 0; i < texts.length; i++) {
            boolean last = i == texts.length - 1;
            if (last && ipv4TailAllowed && texts[i].indexOf('.') >= 0) {
                byte[] v4 = ipv4(texts[i], original);
                groups.add((v4[0] & 0xff) << 8 | (v4[1] & 0xff));
                groups.add((v4[2] & 0xff) << 8 | (v4[3] & 0xff));
            } else {
                groups.add(hexGroup(texts[i], original));
            }
        }
        return groups;
    }

    private static int hexGroup(String text, String original) {
        if (text.isEmpty()) throw notAnAddress(original, Messages.get("ip.emptyGroup"));
        if (text.length() > 4 || !isHex(text)) throw notAnAddress(original, Messages.format("ip.notHexGroup", text));
        return Integer.parseInt(text, 16);
    }

    private static int[] toArray(List<Integer> head, List<Integer> tail) {
        int[] groups = new int[8];
        for (int i = 0; i < head.size(); i++) groups[i] = head.get(i);
        for (int i = 0; i < tail.size(); i++) groups[8 - tail.size() + i] = tail.get(i);
        return groups;
    }

    /** RFC 5952: lower case, no leading zeros, the longest run (2+) of zero groups as '::'. */
    private static String formatIpv6(int[] groups) {
        if (isIpv4Mapped(groups)) {
            return "::ffff:" + (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        }
        int[] run = longestZeroRun(groups);
        if (run[1] - run[0] < 2) return join(groups, 0, 8);
        return join(groups, 0, run[0]) + "::" + join(groups, run[1], 8);
    }

    /** RFC 5952 section 5: IPv4-mapped addresses keep their dotted tail. */
    private static boolean isIpv4Mapped(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) return false;
        }
        return groups[5] == 0xffff;
    }

    /** [start, end) of the first longest run of zero groups. */
    private static int[] longestZeroRun(int[] groups) {
        int bestStart = 0;
        int bestEnd = 0;
        for (int start = 0; start < 8; start++) {
            int end = start;
            while (end < 8 && groups[end] == 0) end++;
            if (end - start > bestEnd - bestStart) {
                bestStart = start;
                bestEnd = end;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    private static String join(int[] groups, int from, int to) {
        StringJoiner joiner = new StringJoiner(":");
        for (int i = from; i < to; i++) joiner.add(Integer.toHexString(groups[i]));
        return joiner.toString();
    }

    private static boolean isDecimal(String text) {
        if (text.isEmpty()) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false; // ASCII only: Character.isDigit accepts other scripts
        }
        return true;
    }

    private static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) return false;
        }
        return true;
    }

    private static IllegalArgumentException notAnAddress(String text, String reason) {
        return new IllegalArgumentException(Messages.format("ip.notAnAddress", quote(text), reason));
    }

    /** Quotes user text for a one-line message: shortened, control characters made visible. */
    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        StringBuilder out = new StringBuilder("'");
        shown.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.append('\'').toString();
    }
}
