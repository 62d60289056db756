package dev.apikeep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IpRuleTest {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.7, 203.0.113.7",
            "' 10.0.0.0/8 ', 10.0.0.0/8",
            "0.0.0.0/0, 0.0.0.0/0",
            "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "0:0:0:0:0:0:0:0, ::",
            "::1, ::1",
            "1::, 1::",
            "2001:DB8::/32, 2001:db8::/32",
            "::ffff:192.0.2.1, ::ffff:192.0.2.1",
            "0:0:0:0:0:ffff:c000:0201, ::ffff:192.0.2.1",
            "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
            "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304",
    })
    void acceptsValidAddressesAndShowsThemCanonically(String typed, String canonical) {
        assertThat(IpRule.parse(typed).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "10.0.0.300", "10.0.0", "10.0.0.0.1", "10.01.0.1", "1.2.3.-4", "1.2.3.4 5", "localhost",
            "exchange.example.com", "0x7f.0.0.1", "127.1", "１.２.３.４", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
            "1::2::3", ":::", "1:::2", ":1:2:3:4:5:6:7", "12345::", "g::1", "fe80::1%eth0", "1.2.3.4::",
            "::1.2.3", "1.2.3.4/", "1.2.3.4/033", "1.2.3.4/1/2", "/24", "::/129", "1:2:3:4:5:6:7::1.2.3.4"
    })
    void refusesAnythingThatIsNotAStrictAddress(String bad) {
        assertThatThrownBy(() -> IpRule.parse(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + bad.strip().substring(0, Math.min(bad.strip().length(), 20)));
    }

    @Test
    void explainsWhatIsWrongWithAnOctet() {
        assertThatThrownBy(() -> IpRule.parse("10.0.0.300"))
                .hasMessage("'10.0.0.300' is not an IPv4 or IPv6 address (octet 300 is above 255)");
    }

    @Test
    void explainsAPrefixThatIsTooLong() {
        assertThatThrownBy(() -> IpRule.parse("10.0.0.0/33"))
                .hasMessage("'10.0.0.0/33' has prefix /33, but IPv4 allows /0 to /32");
        assertThatThrownBy(() -> IpRule.parse("2001:db8::/200"))
                .hasMessageContaining("IPv6 allows /0 to /128");
    }

    @Test
    void refusesEmptyAndMissingText() {
        assertThatThrownBy(() -> IpRule.parse("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRule.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDirectlyConstructedRuleIsValidatedToo() {
        assertThatThrownBy(() -> new IpRule("999.1.1.1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IpRule("2001:DB8::1")).isEqualTo(IpRule.parse("2001:db8:0::1"));
    }

    @Test
    void reportsFamilyAndPrefix() {
        assertThat(IpRule.parse("10.0.0.0/8").prefixLength()).isEqualTo(8);
        assertThat(IpRule.parse("10.0.0.1").prefixLength()).isEqualTo(32);
        assertThat(IpRule.parse("10.0.0.1").isIpv6()).isFalse();
        assertThat(IpRule.parse("::1").prefixLength()).isEqualTo(128);
        assertThat(IpRule.parse("2001:db8::/48").isIpv6()).isTrue();
        assertThat(IpRule.parse("2001:db8::/48").address()).isEqualTo("2001:db8::");
    }

    @Test
    void containsChecksTheNetworkBits() {
        IpRule v4 = IpRule.parse("192.168.8.0/21");
        assertThat(v4.contains("192.168.15.255")).isTrue();
        assertThat(v4.contains("192.168.16.0")).isFalse();
        assertThat(v4.contains("2001:db8::1")).isFalse();
        assertThat(IpRule.parse("0.0.0.0/0").contains("8.8.8.8")).isTrue();
        assertThat(IpRule.parse("203.0.113.7").contains("203.0.113.8")).isFalse();
        IpRule v6 = IpRule.parse("2001:db8:abcd::/48");
        assertThat(v6.contains("2001:db8:abcd:ffff::1")).isTrue();
        assertThat(v6.contains("2001:db8:abce::1")).isFalse();
        assertThatThrownBy(() -> v4.contains("192.168.8.0/24")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesAListSeparatedByCommasSpacesAndLines() {
        List<IpRule> rules = IpRule.parseList("203.0.113.7, 198.51.100.0/24\n\n2001:DB8::1  10.0.0.1;203.0.113.7\n");
        assertThat(rules).extracting(IpRule::toString)
                .containsExactly("203.0.113.7", "198.51.100.0/24", "2001:db8::1", "10.0.0.1");
        assertThat(IpRule.parseList("  \n ")).isEmpty();
        assertThat(IpRule.parseList(null)).isEmpty();
    }

    @Test
    void namesTheLineOfTheFirstBadItem() {
        assertThatThrownBy(() -> IpRule.parseList("10.0.0.1\n10.0.0.2\n10.0.0.300\nnonsense"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 3: '10.0.0.300' is not an IPv4 or IPv6 address");
    }

    @Test
    void namesTheItemInAOneLineList() {
        assertThatThrownBy(() -> IpRule.parseList("10.0.0.1,10.0.0.2,10.0.0.256"))
                .hasMessageStartingWith("item 3: '10.0.0.256'");
        assertThatThrownBy(() -> IpRule.parseList("10.0.0.1\n10.0.0.2, ::g"))
                .hasMessageStartingWith("line 2, item 2: '::g'");
    }

    @Test
    void quotesHostileTextOnOneShortLine() {
        String hostile = "1.2.3.4\u001b[31m" + "x".repeat(200);
        assertThatThrownBy(() -> IpRule.parse(hostile))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b").hasSizeLessThan(120));
    }
}
