package dev.apikeep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IpRuleProperties {

    @Property(tries = 10000)
    void everyValidIpv4AddressOrBlockParsesAndRoundTrips(@ForAll("ipv4") String address) {
        IpRule rule = IpRule.parse(address);
        assertThat(rule.toString()).isEqualTo(address);
        assertThat(IpRule.parse(rule.toString())).isEqualTo(rule);
    }

    @Property(tries = 10000)
    void everyValidIpv6AddressOrBlockParsesAndRoundTrips(@ForAll("ipv6") String address) {
        IpRule rule = IpRule.parse(address);
        assertThat(rule.isIpv6()).isTrue();
        assertThat(IpRule.parse(rule.toString())).isEqualTo(rule);
        assertThat(rule.toString()).isEqualTo(rule.toString().toLowerCase(Locale.ROOT));
    }

    /** The JDK's parser is safe on literal IPv6 text (no DNS); it is used here only as an oracle. */
    @Property(tries = 10000)
    void ipv6CanonicalTextMeansTheSameAddress(@ForAll("ipv6Groups") int[] groups) throws UnknownHostException {
        String full = Arrays.stream(groups).mapToObj(Integer::toHexString).collect(Collectors.joining(":"));
        IpRule rule = IpRule.parse(full);
        byte[] expected = InetAddress.getByName(full).getAddress();
        byte[] actual = InetAddress.getByName(rule.toString()).getAddress();
        if (expected.length == 4) expected = mapped(expected); // the JDK folds ::ffff:a.b.c.d to IPv4
        if (actual.length == 4) actual = mapped(actual);
        assertThat(actual).isEqualTo(expected);
        assertThat(rule.toString()).doesNotContain(":::").doesNotContainPattern("(^|:)0[0-9a-f]");
    }

    /** Issue 7, malformed input: 10,000 cases. A rule that parses is canonical and stable. */
    @Property(tries = 10000)
    void anyTextEitherParsesOrIsRefusedWithIllegalArgument(@ForAll("addressLike") String text) {
        IpRule rule;
        try {
            rule = IpRule.parse(text);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        assertThat(IpRule.parse(rule.toString())).isEqualTo(rule);
        assertThat(rule.toString()).isEqualTo(IpRule.parse(rule.toString()).toString());
    }

    @Property(tries = 10000)
    void anyListEitherParsesOrIsRefusedWithIllegalArgument(@ForAll("addressLike") String a, @ForAll("addressLike") String b) {
        try {
            IpRule.parseList(a + "\n" + b);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).startsWith("line");
        }
    }

    @Property
    void octetsAbove255AreRefused(@ForAll @IntRange(min = 256, max = 999) int octet, @ForAll @IntRange(min = 0, max = 3) int position) {
        String[] parts = {"10", "20", "30", "40"};
        parts[position] = String.valueOf(octet);
        String text = String.join(".", parts);
        assertThatThrownBy(() -> IpRule.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
    }

    @Property
    void ipv4PrefixesAbove32AreRefused(@ForAll @IntRange(min = 33, max = 999) int prefix) {
        assertThatThrownBy(() -> IpRule.parse("10.0.0.0/" + prefix)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void ipv6PrefixesAbove128AreRefused(@ForAll("ipv6") String address, @ForAll @IntRange(min = 129, max = 999) int prefix) {
        String bare = address.contains("/") ? address.substring(0, address.indexOf('/')) : address;
        assertThatThrownBy(() -> IpRule.parse(bare + "/" + prefix)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void leadingZerosInOctetsAreRefused(@ForAll @IntRange(min = 0, max = 99) int octet) {
        assertThatThrownBy(() -> IpRule.parse("10.0." + "0" + octet + ".1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aBlockContainsItsOwnAddress(@ForAll("ipv6") String block) {
        IpRule rule = IpRule.parse(block);
        assertThat(rule.contains(rule.address())).isTrue();
    }

    @Provide
    Arbitrary<String> ipv4() {
        Arbitrary<String> address = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(octets -> octets.stream().map(String::valueOf).collect(Collectors.joining(".")));
        Arbitrary<String> prefix = Arbitraries.integers().between(0, 32).map(n -> "/" + n);
        return Combinators.combine(address, Arbitraries.oneOf(Arbitraries.just(""), prefix)).as(String::concat);
    }

    @Provide
    Arbitrary<int[]> ipv6Groups() {
        // zeros are frequent so that '::' runs, ties and IPv4-mapped forms all turn up
        Arbitrary<Integer> group = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.just(0), Arbitraries.just(0xffff),
                Arbitraries.integers().between(0, 0xffff), Arbitraries.integers().between(0, 0xffff));
        return group.array(int[].class).ofSize(8);
    }

    /** Valid IPv6 text in many spellings: full, upper case, leading zeros, '::', dotted tail, prefix. */
    @Provide
    Arbitrary<String> ipv6() {
        Arbitrary<String> prefix = Arbitraries.integers().between(0, 128).map(n -> "/" + n);
        Arbitrary<String> spelled = Combinators.combine(ipv6Groups(), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
                .as(IpRuleProperties::spell);
        return Combinators.combine(spelled, Arbitraries.oneOf(Arbitraries.just(""), prefix)).as(String::concat);
    }

    @Provide
    Arbitrary<String> addressLike() {
        Arbitrary<Character> chars = Arbitraries.of('0', '1', '9', '2', '5', 'a', 'f', 'F', 'g', ':', '.', '/', '%', ' ', '-', '\n', '٣');
        return Arbitraries.oneOf(
                chars.list().ofMaxSize(45).map(l -> l.stream().map(String::valueOf).collect(Collectors.joining())),
                Arbitraries.strings().ofMaxLength(60),
                ipv6().map(s -> s + ":"), ipv4().map(s -> "0" + s));
    }

    private static String spell(int[] groups, int style, boolean upperCase) {
        String[] texts = IntStream.of(groups).mapToObj(g -> style == 1 ? String.format("%04x", g) : Integer.toHexString(g)).toArray(String[]::new);
        String text;
        if (style == 2) {
            text = compressFirstZeroRun(texts);
        } else if (style == 3) {
            text = String.join(":", Arrays.copyOf(texts, 6)) + ":" + (groups[6] >> 8) + "." + (groups[6] & 0xff) + "."
                    + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        } else {
            text = String.join(":", texts);
        }
        return upperCase ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** A valid but not necessarily canonical '::' spelling: the first zero run, even of length one. */
    private static String compressFirstZeroRun(String[] texts) {
        int start = 0;
        while (start < 8 && !texts[start].equals("0")) start++;
        if (start == 8) return String.join(":", texts);
        int end = start;
        while (end < 8 && texts[end].equals("0")) end++;
        return String.join(":", Arrays.copyOfRange(texts, 0, start)) + "::" + String.join(":", Arrays.copyOfRange(texts, end, 8));
    }

    private static byte[] mapped(byte[] v4) throws UnknownHostException {
        return Inet6Address.getByAddress(null, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
                v4[0], v4[1], v4[2], v4[3]}, -1).getAddress();
    }
}
