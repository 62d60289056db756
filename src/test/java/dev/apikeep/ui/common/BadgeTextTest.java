package dev.apikeep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.Risk;
import dev.apikeep.domain.SecretBytes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeTextTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Exchange BYBIT = CATALOG.require("bybit");

    static ApiKeyEntry.Builder bybit() {
        return ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").createdAt(TODAY)
                .apiKey(SecretBytes.of("AKZqxxxxxxx7Hd0")).secret(SecretBytes.of("s")).permissions(List.of("read", "spot-trade"));
    }

    @Test
    void bybitKeyWithoutIpExpiresAfterNinetyDaysByTheExchangeRule() {
        BadgeText.ExpiryChip chip = BadgeText.expiry(bybit().build(), BYBIT, TODAY, 14);
        assertThat(chip.text()).isEqualTo("expires in 90 d");
        assertThat(chip.urgency()).isEqualTo(BadgeText.Urgency.OK);
        assertThat(chip.source()).contains("2026-08-30").contains("90 days");
    }

    @Test
    void chipUrgencyFollowsTheLeadTime() {
        ApiKeyEntry entry = bybit().createdAt(TODAY.minusDays(80)).build();
        assertThat(BadgeText.expiry(entry, BYBIT, TODAY, 14)).extracting(BadgeText.ExpiryChip::text, BadgeText.ExpiryChip::urgency)
                .containsExactly("expires in 10 d", BadgeText.Urgency.WARNING);
        ApiKeyEntry soon = bybit().createdAt(TODAY.minusDays(88)).build();
        assertThat(BadgeText.expiry(soon, BYBIT, TODAY, 14).urgency()).isEqualTo(BadgeText.Urgency.DANGER);
    }

    @Test
    void expiredOnTheExpiryDay() {
        ApiKeyEntry entry = bybit().createdAt(TODAY.minusDays(90)).build();
        assertThat(BadgeText.expiry(entry, BYBIT, TODAY, 14).text()).isEqualTo("expired");
    }

    @Test
    void ipBoundKeyWithoutUserDateHasNoExpiry() {
        ApiKeyEntry entry = bybit().ipWhitelist(IpRule.parseList("203.0.113.7")).build();
        assertThat(BadgeText.expiry(entry, BYBIT, TODAY, 14).text()).isEqualTo("no expiry");
        assertThat(BadgeText.ip(entry)).isEqualTo("IP bound");
        assertThat(BadgeText.ip(bybit().build())).isEqualTo("any IP");
    }

    @Test
    void wordsForRiskLastUsedAndMonogram() {
        assertThat(BadgeText.riskTooltip(Risk.HIGH)).isEqualTo("risk: high");
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        assertThat(BadgeText.lastUsed(null, now)).isEqualTo("never used");
        assertThat(BadgeText.lastUsed(now.minusSeconds(60), now)).isEqualTo("used today");
        assertThat(BadgeText.lastUsed(now.minusSeconds(5 * 86_400), now)).isEqualTo("used 5 d ago");
        assertThat(BadgeText.monogram("Coinbase Advanced")).isEqualTo("C");
    }

    @Test
    void autoLockFormat() {
        assertThat(AutoLock.format(272)).isEqualTo("4:32");
        assertThat(AutoLock.format(59)).isEqualTo("0:59");
    }

    @Test
    void clipboardContentCarriesTheHistoryHintsInOneMap() {
        var content = ClipboardGuard.contentFor("s3cret");
        assertThat(content.keySet()).extracting(f -> f.getIdentifiers().iterator().next()).containsExactly(
                "text/plain", "x-kde-passwordManagerHint", "ExcludeClipboardContentFromMonitorProcessing",
                "CanIncludeInClipboardHistory", "CanUploadToCloudClipboard");
        assertThat(((java.nio.ByteBuffer) content.get(ClipboardGuard.Hints.KDE_PASSWORD_MANAGER)).array())
                .isEqualTo("secret".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(((java.nio.ByteBuffer) content.get(ClipboardGuard.Hints.CAN_INCLUDE_IN_HISTORY)).array()).containsExactly(0, 0, 0, 0);
        assertThat(((java.nio.ByteBuffer) content.get(ClipboardGuard.Hints.CAN_UPLOAD_TO_CLOUD)).array()).containsExactly(0, 0, 0, 0);
    }
}
