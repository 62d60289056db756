package dev.apikeep.domain;

import static dev.apikeep.domain.Keys.CREATED;
import static dev.apikeep.domain.Keys.exchange;
import static dev.apikeep.domain.Keys.ips;
import static dev.apikeep.domain.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeyLifecycleTest {
    private static final Exchange BYBIT = exchange("bybit");

    @Test
    void bybitKeyWithoutIpExpires90DaysAfterCreationAndSaysWhy() {
        ApiKeyEntry entry = key("bybit", "grid bot", "read", "spot-trade").build();
        Expiry expiry = KeyLifecycle.expiryOf(entry, BYBIT).orElseThrow();
        assertThat(expiry.date()).isEqualTo(CREATED.plusDays(90));
        assertThat(expiry.source()).isEqualTo(Expiry.Source.EXCHANGE_RULE);
        assertThat(expiry.explanation()).isEqualTo("Bybit: keys without IP binding stop working after 90 days");
    }

    @Test
    void bindingAnIpRemovesTheExchangeRule() {
        ApiKeyEntry entry = key("bybit", "grid bot", "spot-trade").ipWhitelist(ips("203.0.113.7")).build();
        assertThat(KeyLifecycle.expiryOf(entry, BYBIT)).isEmpty();
        assertThat(KeyLifecycle.daysToExpiry(entry, BYBIT, CREATED)).isEmpty();
    }

    @Test
    void ruleLimitedToTradingPermissionsLeavesReadOnlyKeysAlone() {
        Exchange binance = exchange("binance");
        assertThat(KeyLifecycle.expiryOf(key("binance", "tracker", "reading").build(), binance)).isEmpty();
        Expiry trading = KeyLifecycle.expiryOf(key("binance", "bot", "reading", "futures").build(), binance).orElseThrow();
        assertThat(trading.date()).isEqualTo(CREATED.plusDays(30));
        assertThat(trading.explanation()).endsWith("(unverified)");
        assertThat(KeyLifecycle.expiryOf(key("okx", "bot", "withdraw").build(), exchange("okx")).orElseThrow().date())
                .isEqualTo(CREATED.plusDays(14));
        assertThat(KeyLifecycle.expiryOf(key("kucoin", "tracker", "general").build(), exchange("kucoin"))).isEmpty();
    }

    @Test
    void exchangesWithoutARuleOnlyHaveTheUsersDate() {
        assertThat(KeyLifecycle.expiryOf(key("kraken", "bot", "withdraw").build(), exchange("kraken"))).isEmpty();
        LocalDate chosen = LocalDate.of(2026, 6, 1);
        Expiry expiry = KeyLifecycle.expiryOf(key("kraken", "bot").expiresAt(chosen).build(), exchange("kraken")).orElseThrow();
        assertThat(expiry).isEqualTo(new Expiry(chosen, Expiry.Source.USER, "set by you"));
    }

    @Test
    void anEarlierUserDateWinsOverTheRule() {
        LocalDate chosen = CREATED.plusDays(30);
        Expiry expiry = KeyLifecycle.expiryOf(key("bybit", "bot").expiresAt(chosen).build(), BYBIT).orElseThrow();
        assertThat(expiry.date()).isEqualTo(chosen);
        assertThat(expiry.source()).isEqualTo(Expiry.Source.USER);
        assertThat(expiry.explanation()).startsWith("set by you").contains(CREATED.plusDays(90).toString());
    }

    @Test
    void anEarlierRuleDateWinsOverTheUsersAndSaysSo() {
        LocalDate chosen = CREATED.plusDays(365);
        Expiry expiry = KeyLifecycle.expiryOf(key("bybit", "bot").expiresAt(chosen).build(), BYBIT).orElseThrow();
        assertThat(expiry.date()).isEqualTo(CREATED.plusDays(90));
        assertThat(expiry.source()).isEqualTo(Expiry.Source.EXCHANGE_RULE);
        assertThat(expiry.explanation()).startsWith("Bybit:").contains("earlier than your date " + chosen);
    }

    @Test
    void onATieTheUsersDateIsReported() {
        Expiry expiry = KeyLifecycle.expiryOf(key("bybit", "bot").expiresAt(CREATED.plusDays(90)).build(), BYBIT).orElseThrow();
        assertThat(expiry.source()).isEqualTo(Expiry.Source.USER);
    }

    @Test
    void aKeyExpiresOnItsExpiryDateNotTheDayAfter() {
        LocalDate expires = LocalDate.of(2026, 3, 1);
        ApiKeyEntry entry = key("kraken", "bot").expiresAt(expires).build();
        Exchange kraken = exchange("kraken");
        assertThat(KeyLifecycle.daysToExpiry(entry, kraken, expires.minusDays(1))).hasValue(1);
        assertThat(KeyLifecycle.isExpired(entry, kraken, expires.minusDays(1))).isFalse();
        assertThat(KeyLifecycle.status(entry, kraken, expires.minusDays(1))).isEqualTo("active");
        assertThat(KeyLifecycle.daysToExpiry(entry, kraken, expires)).hasValue(0);
        assertThat(KeyLifecycle.isExpired(entry, kraken, expires)).isTrue();
        assertThat(KeyLifecycle.status(entry, kraken, expires)).isEqualTo("expired");
        assertThat(KeyLifecycle.daysToExpiry(entry, kraken, expires.plusDays(1))).hasValue(-1);
        assertThat(KeyLifecycle.isExpired(entry, kraken, expires.plusDays(1))).isTrue();
    }

    @Test
    void daysCountAcrossALeapDay() {
        ApiKeyEntry entry = key("kraken", "bot").expiresAt(LocalDate.of(2028, 3, 1)).build();
        assertThat(KeyLifecycle.daysToExpiry(entry, exchange("kraken"), LocalDate.of(2028, 2, 28))).hasValue(2);
    }

    @Test
    void revokedWinsOverExpired() {
        ApiKeyEntry entry = key("kraken", "bot").expiresAt(CREATED).status(KeyStatus.REVOKED).build();
        assertThat(KeyLifecycle.status(entry, exchange("kraken"), CREATED.plusDays(10))).isEqualTo("revoked");
    }

    @Test
    void aKeyWithoutAnyExpiryIsNeverExpired() {
        ApiKeyEntry entry = key("kraken", "bot").build();
        assertThat(KeyLifecycle.isExpired(entry, exchange("kraken"), LocalDate.of(2999, 1, 1))).isFalse();
        assertThat(KeyLifecycle.status(entry, exchange("kraken"), LocalDate.of(2999, 1, 1))).isEqualTo("active");
    }

    @Test
    void rotationIsDueOneIntervalAfterCreation() {
        assertThat(KeyLifecycle.rotationDue(key("okx", "bot").rotateEveryDays(30).build())).hasValue(CREATED.plusDays(30));
        assertThat(KeyLifecycle.rotationDue(key("okx", "bot").build())).isEmpty();
    }
}
