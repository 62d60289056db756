package dev.apikeep.domain;

import static dev.apikeep.domain.Keys.exchange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog data that turns an exchange's permission words into the vault's ids, and Bybit's switch. */
class ExchangeWordsTest {

    @Test
    void everyCheckableExchangeMapsItsDocumentedWords() {
        assertThat(exchange("bybit").permissionsFromWords(List.of("ReadOnly", "Spot.SpotTrade", "Wallet.Withdraw")))
                .containsExactly("read", "spot-trade", "withdraw");
        assertThat(exchange("binance").permissionsFromWords(List.of("enableWithdrawals", "enableReading")))
                .containsExactly("reading", "withdrawals");
        assertThat(exchange("okx").permissionsFromWords(List.of("read_only", "trade"))).containsExactly("read", "trade");
        assertThat(exchange("kraken").permissionsFromWords(List.of("query-funds", "withdraw-funds", "create-ws-token")))
                .containsExactly("query-funds", "withdraw", "websocket");
        assertThat(exchange("kucoin").permissionsFromWords(List.of("General", "Spot", "InnerTransfer")))
                .containsExactly("general", "spot-trading", "transfer");
        assertThat(exchange("coinbase").permissionsFromWords(List.of("can_view", "can_receive"))).containsExactly("view");
        assertThat(exchange("bitget").permissionsFromWords(List.of("stor", "coor", "wwow"))).containsExactly("read", "withdraw-transfer");
    }

    @Test
    void aWordTheCatalogCannotNameIsReportedAsUnknown_notDropped() {
        assertThat(exchange("kucoin").permissionsFromWords(List.of("General", "Earn"))).containsExactly("general", "unknown:Earn");
        assertThat(exchange("bybit").permissionsFromWords(List.of("ByXPost.Post"))).containsExactly("unknown:ByXPost.Post");
    }

    @Test
    void aBybitGroupMappedAsAWholeCoversItsItems() {
        assertThat(exchange("bybit").permissionsFromWords(List.of("Earn.Staking", "Derivatives.DerivativesTrade")))
                .containsExactly("derivatives", "earn");
    }

    @Test
    void aReadOnlyBybitKeysScopesAreLowRisk_aReadWriteKeysAreNot() {
        Exchange bybit = exchange("bybit");
        ApiKeyEntry readOnly = Keys.key("bybit", "tracker", "read", "spot-trade", "contract-orders").readOnly(true).build();
        ApiKeyEntry readWrite = Keys.key("bybit", "bot", "spot-trade").readOnly(false).build();

        assertThat(bybit.highestRisk(readOnly)).isEqualTo(Risk.LOW);
        assertThat(bybit.riskOn("spot-trade", readOnly)).isEqualTo(Risk.LOW);
        assertThat(bybit.highestRisk(readWrite)).isEqualTo(Risk.MEDIUM);
        assertThat(exchange("okx").highestRisk(Keys.key("okx", "o", "read", "trade").readOnly(true).build()))
                .as("OKX has no switch: its read is a scope").isEqualTo(Risk.MEDIUM);
    }

    @Test
    void anEntryMadeBeforeTheSwitchKeepsTheRiskItHad() {
        ApiKeyEntry old = Keys.key("bybit", "old bot", "read", "spot-trade", "withdraw").build();

        assertThat(old.readOnly()).isNull();
        assertThat(exchange("bybit").highestRisk(old)).isEqualTo(Risk.HIGH);
        assertThat(AuditRules.withdrawEnabled(List.of(old), Keys.CATALOG)).hasSize(1);
    }

    @Test
    void aReadOnlyListedBesideTradingScopesWithoutTheSwitchIsUnconfirmed_notReassuring() {
        Exchange bybit = exchange("bybit");

        assertThat(bybit.readOnlyUnconfirmed(Keys.key("bybit", "old", "read", "spot-trade").build())).isTrue();
        assertThat(bybit.readOnlyUnconfirmed(Keys.key("bybit", "rw", "read", "spot-trade").readOnly(false).build())).isTrue();
        assertThat(bybit.readOnlyUnconfirmed(Keys.key("bybit", "ro", "read", "spot-trade").readOnly(true).build())).isFalse();
        assertThat(bybit.readOnlyUnconfirmed(Keys.key("bybit", "view", "read", "exchange-history").build()))
                .as("nothing but low-risk scopes: no contradiction").isFalse();
        assertThat(exchange("okx").readOnlyUnconfirmed(Keys.key("okx", "o", "read", "trade").build())).as("no switch").isFalse();
    }

    @Test
    void theSwitchAddsOrDropsItsPermissionAndKeepsTheScopes() {
        ApiKeyEntry ro = Keys.key("bybit", "k", "spot-trade").readOnlySwitch("read", true).build();
        ApiKeyEntry rw = ro.toBuilder().readOnlySwitch("read", false).build();

        assertThat(ro.permissions()).containsExactly("read", "spot-trade");
        assertThat(ro.readOnly()).isTrue();
        assertThat(rw.permissions()).containsExactly("spot-trade");
        assertThat(rw.readOnly()).isFalse();
    }

    @Test
    void anAuditOfAReadOnlyBybitKeyRaisesNoTradingFinding() {
        ApiKeyEntry readOnly = Keys.key("bybit", "tracker", "read", "spot-trade").readOnly(true).build();

        assertThat(AuditRules.tradeWithoutIp(List.of(readOnly), Keys.CATALOG)).isEmpty();
        assertThat(AuditRules.tradeWithoutIp(List.of(Keys.key("bybit", "bot", "spot-trade").build()), Keys.CATALOG)).hasSize(1);
    }

    @Test
    void aWordMappedToAPermissionTheExchangeLacksIsRefusedWhenTheCatalogLoads() {
        String json = """
                {"version":1,"exchanges":[
                 {"id":"x","name":"X","permissions":[{"id":"read","name":"Read","risk":"low"}],"keyTypes":["hmac"],
                  "exchangeWords":{"Trade":"trade"}},
                 {"id":"custom","name":"Other","keyTypes":["hmac"]}]}""";

        assertThatThrownBy(() -> ExchangeCatalog.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("word 'Trade' maps to unknown permission 'trade'");
    }
}
