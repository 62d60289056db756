package dev.apikeep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeCatalogTest {
    private final ExchangeCatalog catalog = ExchangeCatalog.loadDefault();

    @Test
    void listsEveryExchangeFromTheResearchPlusCustom() {
        assertThat(catalog.all()).extracting(Exchange::id)
                .containsExactly("bybit", "binance", "okx", "kraken", "coinbase", "kucoin", "bitget", "custom");
    }

    @ParameterizedTest
    @CsvSource({"bybit,false", "binance,false", "okx,true", "kraken,false", "coinbase,false", "kucoin,true", "bitget,true", "custom,false"})
    void asksForAPassphraseExactlyWhereTheExchangeUsesOne(String id, boolean passphrase) {
        assertThat(catalog.require(id).passphraseRequired()).isEqualTo(passphrase);
    }

    @ParameterizedTest
    @CsvSource({"bybit,withdraw", "bybit,account-transfer", "bybit,subaccount-transfer", "binance,withdrawals",
            "binance,universal-transfer", "binance,internal-transfer", "okx,withdraw", "kraken,withdraw",
            "coinbase,transfer", "kucoin,withdrawal", "kucoin,transfer", "bitget,withdraw-transfer"})
    void movingFundsOutIsHighRisk(String exchange, String permission) {
        assertThat(catalog.require(exchange).riskOf(permission)).isEqualTo(Risk.HIGH);
    }

    @ParameterizedTest
    @CsvSource({"bybit,read,LOW", "bybit,spot-trade,MEDIUM", "binance,reading,LOW", "binance,futures,MEDIUM",
            "okx,read,LOW", "okx,trade,MEDIUM", "kraken,query-funds,LOW", "kraken,create-modify-orders,MEDIUM",
            "coinbase,view,LOW", "coinbase,trade,MEDIUM", "kucoin,general,LOW", "kucoin,futures-trading,MEDIUM",
            "bitget,read,LOW", "bitget,spot-trade,MEDIUM"})
    void readingIsLowAndTradingIsMedium(String exchange, String permission, Risk risk) {
        assertThat(catalog.require(exchange).riskOf(permission)).isEqualTo(risk);
    }

    @Test
    void everyCatalogExchangeHasItsOwnPageAndNamedPermissions() {
        for (Exchange exchange : catalog.all()) {
            if (exchange.isCustom()) continue;
            assertThat(exchange.apiManagementUrl()).as(exchange.id()).startsWith("https://");
            assertThat(exchange.permissions()).as(exchange.id()).isNotEmpty();
            assertThat(exchange.permissions()).as(exchange.id()).anyMatch(p -> p.risk() == Risk.HIGH);
            assertThat(exchange.permissions()).as(exchange.id()).anyMatch(p -> p.risk() == Risk.LOW);
        }
    }

    @Test
    void showsTheExchangesOwnWordsForAPermission() {
        assertThat(catalog.require("binance").nameOf("spot-margin-trading")).isEqualTo("Spot & Margin trading");
        assertThat(catalog.require("bybit").permission("withdraw")).get().extracting(Permission::group).isEqualTo("Wallet");
        assertThat(catalog.require("okx").nameOf("no-such-thing")).isEqualTo("no-such-thing");
    }

    @Test
    void keyTypesFollowTheExchanges() {
        assertThat(catalog.require("binance").keyTypes()).containsExactly(KeyType.ED25519, KeyType.HMAC, KeyType.RSA);
        assertThat(catalog.require("coinbase").keyTypes()).containsExactly(KeyType.ED25519, KeyType.ECDSA);
        assertThat(catalog.require("okx").keyTypes()).containsExactly(KeyType.HMAC);
    }

    @Test
    void onlyBybitsKeyLimitIsKnown() {
        assertThat(catalog.require("bybit").keyLimit()).isEqualTo(10);
        assertThat(catalog.require("bybit").keyLimitVerified()).isTrue();
        assertThat(catalog.all()).filteredOn(e -> !e.id().equals("bybit")).allMatch(e -> !e.keyLimitVerified());
    }

    @Test
    void expiryRulesMatchTheResearch() {
        ExpiryRule bybit = catalog.require("bybit").expiryRule();
        assertThat(bybit.daysWithoutIp()).isEqualTo(90);
        assertThat(bybit.onlyWithPermissions()).isEmpty();
        assertThat(bybit.verified()).isTrue();
        ExpiryRule binance = catalog.require("binance").expiryRule();
        assertThat(binance.daysWithoutIp()).isEqualTo(30);
        assertThat(binance.onlyWithPermissions()).contains("spot-margin-trading", "futures").doesNotContain("reading");
        assertThat(binance.verified()).isFalse();
        assertThat(binance.explanation()).contains("90 reported later").endsWith("(unverified)");
        assertThat(catalog.require("okx").expiryRule().daysWithoutIp()).isEqualTo(14);
        assertThat(catalog.require("okx").expiryRule().onlyWithPermissions()).containsExactlyInAnyOrder("trade", "withdraw");
        assertThat(catalog.require("kucoin").expiryRule().description()).contains("when unused");
        assertThat(catalog.require("kucoin").expiryRule().onlyWithPermissions()).doesNotContain("general");
        assertThat(catalog.require("kraken").expiryRule()).isNull();
        assertThat(catalog.require("coinbase").expiryRule()).isNull();
        assertThat(catalog.require("bitget").expiryRule()).isNull();
    }

    @Test
    void customTakesAnyPermissionAndReadsRiskFromItsWords() {
        Exchange custom = catalog.custom();
        assertThat(custom.isCustom()).isTrue();
        assertThat(custom.permissions()).isEmpty();
        assertThat(custom.riskOf("Enable Withdrawals")).isEqualTo(Risk.HIGH);
        assertThat(custom.riskOf("spot trading")).isEqualTo(Risk.MEDIUM);
        assertThat(custom.riskOf("view balances")).isEqualTo(Risk.LOW);
        assertThat(custom.riskOf("staking")).isEqualTo(Risk.MEDIUM);
        assertThat(custom.nameOf("view balances")).isEqualTo("view balances");
    }

    @ParameterizedTest
    @CsvSource({"withdraw,HIGH", "Internal Transfer,HIGH", "read + withdraw,HIGH", "trade,MEDIUM", "Place orders,MEDIUM",
            "read-write,MEDIUM", "Read-Only,LOW", "VIEW,LOW", "query ledger,LOW", "thread,MEDIUM", "'',MEDIUM", "margin,MEDIUM"})
    void infersRiskFromWholeWordsAndTheHighestWins(String words, Risk risk) {
        assertThat(Exchange.inferRisk(words)).isEqualTo(risk);
    }

    @Test
    void anUnknownExchangeIdSaysHowToListThem() {
        assertThatThrownBy(() -> catalog.require("ftx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown exchange 'ftx': run `apikeep exchanges` to list them");
        assertThat(catalog.find("ftx")).isEmpty();
    }

    @Test
    void anEntryOfAnExchangeNoLongerListedFallsBackToCustom() {
        ApiKeyEntry entry = ApiKeyEntry.builder().exchangeId("ftx").label("old").build();
        assertThat(catalog.forEntry(entry).isCustom()).isTrue();
    }

    @Test
    void addingAnExchangeNeedsOnlyData() {
        ExchangeCatalog extended = parse("""
                {"version": 1, "exchanges": [
                  {"id": "gate", "name": "Gate", "permissions": [{"id": "spot", "name": "Spot", "group": "", "risk": "MEDIUM"}],
                   "keyTypes": ["hmac"], "expiryRule": {"daysWithoutIp": 60, "description": "Gate: 60 days", "verified": false}},
                  {"id": "custom", "name": "Other", "keyTypes": ["hmac"]}]}""");
        Exchange gate = extended.require("gate");
        assertThat(gate.riskOf("spot")).isEqualTo(Risk.MEDIUM);
        assertThat(gate.expiryRule().onlyWithPermissions()).isEmpty();
        assertThat(gate.keyLimit()).isNull();
        assertThat(gate.notes()).isEmpty();
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> parse("{\"exchanges\": [ {\"id\": \"x\", "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("exchange catalog is malformed")
                .hasMessageContaining("line 1");
    }

    @Test
    void aMisspelledFieldIsRefusedInsteadOfIgnored() {
        assertThatThrownBy(() -> parse(wrap("{\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"], \"passphraseRequred\": true}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("passphraseRequred");
    }

    @Test
    void anUnknownRiskIsRefused() {
        assertThatThrownBy(() -> parse(wrap("{\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"],"
                + " \"permissions\": [{\"id\": \"read\", \"name\": \"Read\", \"risk\": \"extreme\"}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extreme");
    }

    @Test
    void anExpiryRuleNamingAnUnknownPermissionIsRefused() {
        assertThatThrownBy(() -> parse(wrap("{\"id\": \"okx\", \"name\": \"OKX\", \"keyTypes\": [\"hmac\"],"
                + " \"permissions\": [{\"id\": \"trade\", \"name\": \"Trade\", \"risk\": \"medium\"}],"
                + " \"expiryRule\": {\"daysWithoutIp\": 14, \"onlyWithPermissions\": [\"trades\"], \"description\": \"d\"}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiry rule names unknown permission 'trades'");
    }

    @Test
    void duplicateIdsAndAMissingCustomAreRefused() {
        assertThatThrownBy(() -> parse(wrap("{\"id\": \"custom\", \"name\": \"Again\", \"keyTypes\": [\"hmac\"]}")))
                .hasMessageContaining("exchange 'custom' appears twice");
        assertThatThrownBy(() -> parse("{\"exchanges\": []}")).hasMessageContaining("no 'custom' exchange");
        assertThatThrownBy(() -> parse("{\"version\": 1}")).hasMessageContaining("no \"exchanges\" list");
        assertThatThrownBy(() -> parse(wrap("{\"id\": \"Bad Id\", \"name\": \"x\", \"keyTypes\": [\"hmac\"]}")))
                .hasMessageContaining("'Bad Id' must be lower-case-kebab");
        assertThatThrownBy(() -> parse(wrap("{\"id\": \"nokeys\", \"name\": \"x\"}")))
                .hasMessageContaining("exchange 'nokeys' lists no key types");
    }

    @Test
    void permissionListsAreImmutable() {
        List<Permission> permissions = catalog.require("okx").permissions();
        assertThatThrownBy(() -> permissions.add(permissions.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    private static String wrap(String exchange) {
        return "{\"version\": 1, \"exchanges\": [" + exchange + ", {\"id\": \"custom\", \"name\": \"Other\", \"keyTypes\": [\"hmac\"]}]}";
    }

    private static ExchangeCatalog parse(String json) {
        return ExchangeCatalog.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
