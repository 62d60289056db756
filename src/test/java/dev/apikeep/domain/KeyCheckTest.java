package dev.apikeep.domain;

import static dev.apikeep.domain.Keys.ips;
import static dev.apikeep.domain.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.KeyCheck.Difference;
import dev.apikeep.domain.KeyCheck.Field;
import dev.apikeep.domain.KeyCheck.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyCheckTest {
    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    final ApiKeyEntry entry = key("bybit", "grid bot", "read", "spot-trade").ipWhitelist(ips("203.0.113.7"))
            .expiresAt(LocalDate.of(2027, 1, 1)).build();

    private static ExchangeSays says(List<String> permissions, List<String> ips, Boolean bound, LocalDate expires, LocalDate created) {
        return new ExchangeSays(permissions, ips, bound, null, expires, created);
    }

    @Test
    void agreementOnEveryReportedFieldIsAMatch() {
        KeyCheck check = KeyCheck.compare(entry, says(List.of("spot-trade", "read"), List.of("203.0.113.7"), null,
                LocalDate.of(2027, 1, 1), Keys.CREATED), NOW);

        assertThat(check.status()).isEqualTo(Status.MATCH);
        assertThat(check.differences()).isEmpty();
        assertThat(check.checkedAt()).isEqualTo(NOW);
    }

    @Test
    void aFieldTheExchangeDoesNotReportIsNeverADifference() {
        KeyCheck check = KeyCheck.compare(entry, ExchangeSays.nothing(), NOW);

        assertThat(check.status()).isEqualTo(Status.MATCH);
    }

    @Test
    void eachKindOfDifferenceIsReportedWithBothSides() {
        KeyCheck check = KeyCheck.compare(entry, says(List.of("read", "spot-trade", "withdraw"), List.of("198.51.100.1"), null,
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 9)), NOW);

        assertThat(check.status()).isEqualTo(Status.DIFFERS);
        assertThat(check.differences()).containsExactly(
                new Difference(Field.PERMISSIONS, List.of("read", "spot-trade"), List.of("read", "spot-trade", "withdraw")),
                new Difference(Field.IP_WHITELIST, List.of("203.0.113.7"), List.of("198.51.100.1")),
                new Difference(Field.EXPIRES_AT, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31)),
                new Difference(Field.CREATED_AT, Keys.CREATED, LocalDate.of(2026, 1, 9)));
    }

    @Test
    void aBareIpBoundIsComparedOnlyWhenNoListIsReported() {
        ApiKeyEntry open = key("binance", "bot", "reading").build();

        assertThat(KeyCheck.compare(open, says(null, null, true, null, null), NOW).differences())
                .containsExactly(new Difference(Field.IP_BOUND, false, true));
        assertThat(KeyCheck.compare(entry, says(null, List.of("203.0.113.7"), null, null, null), NOW).differences()).isEmpty();
    }

    @Test
    void aMaskedAddressMatchesTheVaultsAddressOfThatShape() {
        assertThat(KeyCheck.sameIps(List.of("203.0.113.7"), List.of("203.**.7"))).isTrue();
        assertThat(KeyCheck.sameIps(List.of("198.51.100.7"), List.of("203.**.7"))).isFalse();
        assertThat(KeyCheck.sameIps(List.of("203.0.113.7", "203.0.113.8"), List.of("203.**.7"))).isFalse();
    }

    @Test
    void applyWritesExactlyTheDifferences_andKeepsEverythingElse() {
        ApiKeyEntry full = entry.toBuilder().notes("keep me").tags(List.of("bots")).build();
        KeyCheck check = KeyCheck.compare(full, says(List.of("read", "spot-trade", "withdraw", "unknown:NFT.Mint"), null, null,
                null, LocalDate.of(2026, 1, 9)), NOW);

        ApiKeyEntry applied = check.applyTo(full);

        assertThat(applied.permissions()).containsExactly("read", "spot-trade", "withdraw");
        assertThat(applied.createdAt()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(applied.ipWhitelist()).isEqualTo(full.ipWhitelist());
        assertThat(applied.expiresAt()).isEqualTo(full.expiresAt());
        assertThat(applied.notes()).isEqualTo("keep me");
        assertThat(applied.tags()).containsExactly("bots");
    }

    @Test
    void maskedListsAndABareIpBoundAreNotApplicable() {
        KeyCheck masked = KeyCheck.compare(entry, says(null, List.of("198.**.1"), null, null, null), NOW);
        KeyCheck bound = KeyCheck.compare(key("binance", "b").build(), says(null, null, true, null, null), NOW);

        assertThat(masked.applicable()).isEmpty();
        assertThat(masked.applyTo(entry).ipWhitelist()).isEqualTo(entry.ipWhitelist());
        assertThat(bound.applicable()).isEmpty();
    }

    @Test
    void aFailureCarriesNoDifferences() {
        KeyCheck rejected = KeyCheck.failed(entry.id(), Status.REJECTED, NOW, "Bybit: API key is invalid.");

        assertThat(rejected.differences()).isEmpty();
        assertThat(rejected.says()).isEqualTo(ExchangeSays.nothing());
        assertThatThrownBy(() -> KeyCheck.failed(entry.id(), Status.MATCH, NOW, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
