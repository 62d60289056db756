package dev.apikeep.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A key's regional host (EXCHANGES.md: Bybit also answers at api.bytick.com and api.bybit.eu), chosen per entry. No network. */
class RegionalHostsTest {
    private static final Exchange BYBIT = ExchangeCatalog.loadDefault().require("bybit");
    private static final BybitClient CLIENT = new BybitClient();

    private static ApiKeyEntry key(String host, Environment environment) {
        return ApiKeyEntry.builder().exchangeId("bybit").label("k").apiKey(SecretBytes.of("k")).secret(SecretBytes.of("s"))
                .keyType(KeyType.HMAC).createdAt(LocalDate.of(2026, 1, 1)).environment(environment).apiHost(host).build();
    }

    @Test
    void aMainnetKeyIsAskedAtItsRegionalHost_elseAtTheDefault() {
        assertThat(BYBIT.apiHosts()).containsExactly("api.bybit.com", "api.bytick.com", "api.bybit.eu");
        assertThat(ExchangeGateway.hostFor(key("api.bybit.eu", Environment.MAINNET), BYBIT, CLIENT)).isEqualTo(URI.create("https://api.bybit.eu/"));
        assertThat(ExchangeGateway.hostFor(key("api.bytick.com", Environment.MAINNET), BYBIT, CLIENT)).isEqualTo(URI.create("https://api.bytick.com/"));
        assertThat(ExchangeGateway.hostFor(key(null, Environment.MAINNET), BYBIT, CLIENT)).isEqualTo(URI.create("https://api.bybit.com/"));
        assertThat(ExchangeGateway.hostFor(key("api.bybit.eu", Environment.TESTNET), BYBIT, CLIENT))
                .as("testnet has one host").isEqualTo(URI.create("https://api-testnet.bybit.com/"));
    }

    @Test
    void aHostTheCatalogDoesNotListIsNeverAsked() {
        assertThatThrownBy(() -> ExchangeGateway.hostFor(key("evil.example.net", Environment.MAINNET), BYBIT, CLIENT))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("not an API host of Bybit");
    }
}
