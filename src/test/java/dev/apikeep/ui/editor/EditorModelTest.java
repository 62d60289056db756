package dev.apikeep.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.Risk;
import dev.apikeep.domain.SecretBytes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The editor's logic without a stage: JavaFX properties work without the toolkit running. */
class EditorModelTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    EditorModel model = new EditorModel(CATALOG, null, TODAY);

    void fillBasics(String exchangeId) {
        model.exchangeProperty().set(CATALOG.require(exchangeId));
        model.labelProperty().set("Grid bot");
        model.apiKeyProperty().set("AKZq1234567890Hd0");
        model.secretProperty().set("s3cr3t-value");
    }

    @Test
    void exchangesAreSortedByNameWithCustomLast() {
        assertThat(model.exchanges()).extracting(e -> e.name())
                .startsWith("Binance", "Bitget", "Bybit").endsWith("Other exchange");
    }

    @Test
    void okxMakesThePassphraseRequiredAndBlocksSaveUntilGiven() {
        fillBasics("bybit");
        assertThat(model.passphraseVisibleProperty().get()).isFalse();
        assertThat(model.validProperty().get()).isTrue();

        model.exchangeProperty().set(CATALOG.require("okx"));
        assertThat(model.passphraseVisibleProperty().get()).isTrue();
        assertThat(model.passphraseRequiredProperty().get()).isTrue();
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.error(EditorModel.PASSPHRASE)).contains("OKX keys need the passphrase");

        model.passphraseProperty().set("my pass");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.error(EditorModel.PASSPHRASE)).isEmpty();
        assertThat(model.build().passphrase().reveal()).isEqualTo("my pass");
    }

    @Test
    void exchangeOffersOnlyItsKeyTypes() {
        model.exchangeProperty().set(CATALOG.require("coinbase"));
        assertThat(model.keyTypes()).containsExactly(KeyType.ED25519, KeyType.ECDSA);
        assertThat(model.keyTypeProperty().get()).isEqualTo(KeyType.ED25519);
        model.exchangeProperty().set(CATALOG.require("okx"));
        assertThat(model.keyTypes()).containsExactly(KeyType.HMAC);
        assertThat(model.keyTypeProperty().get()).isEqualTo(KeyType.HMAC);
    }

    @Test
    void permissionCheckboxesFollowTheExchangeGroups() {
        model.exchangeProperty().set(CATALOG.require("bybit"));
        assertThat(model.permissions().groups()).extracting(PermissionGroup::name).contains("Contract", "Spot", "Wallet");
        PermissionGroup wallet = model.permissions().groups().stream().filter(g -> g.name().equals("Wallet")).findFirst().orElseThrow();
        assertThat(wallet.choices()).extracting(c -> c.permission().name())
                .containsExactly("Account Transfer", "Subaccount Transfer", "Withdrawal");
        model.exchangeProperty().set(CATALOG.require("okx"));
        assertThat(model.permissions().groups()).extracting(PermissionGroup::name).containsExactly("Permissions");
    }

    @Test
    void bybitWithoutIpsShowsTheNinetyDayRuleAndDate() {
        fillBasics("bybit");
        model.permissions().readOnlySwitchProperty().set(true);
        assertThat(model.expiry().kindProperty().get()).isEqualTo(ExpiryKind.EXCHANGE_RULE);
        assertThat(model.expiry().dateProperty().get()).isEqualTo(TODAY.plusDays(90));
        assertThat(model.expiry().textProperty().get())
                .isEqualTo("Bybit: keys without IP binding stop working after 90 days → 2027-02-24 (in 90 days)");

        model.createdAtProperty().set(TODAY.minusDays(10));
        assertThat(model.expiry().dateProperty().get()).isEqualTo(TODAY.plusDays(80));
    }

    @Test
    void addingAnIpRemovesTheRule() {
        fillBasics("bybit");
        model.ipTextProperty().set("203.0.113.7");
        assertThat(model.expiry().kindProperty().get()).isEqualTo(ExpiryKind.NONE);
        assertThat(model.expiry().dateProperty().get()).isNull();
        assertThat(model.expiry().textProperty().get()).contains("bound to IPs").contains("90-day rule does not apply");
        assertThat(model.build().ipWhitelist()).containsExactly(IpRule.parse("203.0.113.7"));
    }

    @Test
    void unverifiedRuleSaysSo() {
        fillBasics("okx");
        model.passphraseProperty().set("p");
        model.permissions().choice("trade").orElseThrow().setSelected(true);
        assertThat(model.expiry().textProperty().get()).contains("(exchange rule, unverified)").contains(TODAY.plusDays(14).toString());
        model.permissions().choice("trade").orElseThrow().setSelected(false);
        assertThat(model.expiry().textProperty().get()).contains("covers only keys with Trade, Withdraw");
    }

    @Test
    void userDateEarlierThanRuleWins() {
        fillBasics("bybit");
        model.expiresAtProperty().set(TODAY.plusDays(30));
        assertThat(model.expiry().kindProperty().get()).isEqualTo(ExpiryKind.USER);
        assertThat(model.expiry().textProperty().get()).startsWith("Set by you; the exchange rule would end it on 2027-02-24");
    }

    @Test
    void expiryBeforeCreatedIsAnError() {
        fillBasics("kraken");
        model.expiresAtProperty().set(TODAY.minusDays(1));
        assertThat(model.error(EditorModel.EXPIRES)).contains("before the created date");
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void badIpOnLineTwoNamesLineTwoAndBlocksSave() {
        fillBasics("bybit");
        assertThat(model.validProperty().get()).isTrue();
        model.ipTextProperty().set("203.0.113.7\n10.0.0.300\n2001:db8::/32");
        assertThat(model.error(EditorModel.IPS)).startsWith("line 2:").contains("10.0.0.300");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.expiry().kindProperty().get()).isEqualTo(ExpiryKind.UNKNOWN);
        assertThatThrownBy(model::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("ipWhitelist");

        model.ipTextProperty().set("203.0.113.7\n10.0.0.30\n2001:db8::/32");
        assertThat(model.error(EditorModel.IPS)).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void requiredFieldsAreMarked() {
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.error(EditorModel.LABEL)).contains("label is required");
        assertThat(model.error(EditorModel.API_KEY)).contains("API key is required");
        assertThat(model.error(EditorModel.SECRET)).contains("secret is required");
    }

    @Test
    void rotationMustBeAPositiveNumber() {
        fillBasics("kraken");
        model.rotationDaysProperty().set("abc");
        assertThat(model.error(EditorModel.ROTATION)).contains("whole number");
        assertThat(model.validProperty().get()).isFalse();
        model.rotationDaysProperty().set("90");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.build().rotateEveryDays()).isEqualTo(90);
    }

    @Test
    void tickingWithdrawShowsTheWarning() {
        fillBasics("bybit");
        assertThat(model.permissions().highRiskWarningProperty().get()).isEmpty();
        model.permissions().choice("spot-trade").orElseThrow().setSelected(true);
        assertThat(model.permissions().highRiskWarningProperty().get()).isEmpty();
        model.permissions().choice("withdraw").orElseThrow().setSelected(true);
        assertThat(model.permissions().highRiskWarningProperty().get()).startsWith("Never enable withdrawal for a bot key").contains("Withdrawal");
        model.permissions().choice("withdraw").orElseThrow().setSelected(false);
        assertThat(model.permissions().highRiskWarningProperty().get()).isEmpty();
    }

    @Test
    void notesWhenPermissionsCannotBeChangedLater() {
        model.exchangeProperty().set(CATALOG.require("bybit"));
        assertThat(model.permissions().noteProperty().get())
                .isEqualTo("Bybit does not let you change permissions later: to change them, create a new key and delete the old one");
        model.exchangeProperty().set(CATALOG.require("kraken"));
        assertThat(model.permissions().noteProperty().get()).isEmpty();
    }

    @Test
    void customExchangeInfersRiskFromWords() {
        fillBasics("custom");
        assertThat(model.customProperty().get()).isTrue();
        assertThat(model.permissions().groups()).isEmpty();
        model.permissions().customWordsProperty().set("read balances, place orders,  withdraw , ");
        assertThat(model.permissions().customRisks()).containsExactly(
                new PermissionState.WordRisk("read balances", Risk.LOW),
                new PermissionState.WordRisk("place orders", Risk.MEDIUM),
                new PermissionState.WordRisk("withdraw", Risk.HIGH));
        assertThat(model.permissions().highRiskWarningProperty().get()).contains("withdraw");
        assertThat(model.build().permissions()).containsExactly("read balances", "place orders", "withdraw");
    }

    @Test
    void editKeepsIdentityAndLifecycleFields() {
        UUID rotatedFrom = UUID.randomUUID();
        ApiKeyEntry original = ApiKeyEntry.builder()
                .exchangeId("okx").label("Tracker").apiKey(SecretBytes.of("key-123")).secret(SecretBytes.of("sec"))
                .passphrase(SecretBytes.of("pp")).permissions(List.of("read")).createdAt(TODAY.minusDays(5))
                .revision(7).status(KeyStatus.REVOKED).revokedAt(TODAY).rotatedFrom(rotatedFrom)
                .lastUsedAt(Instant.parse("2026-11-20T10:00:00Z")).tags(List.of("bots", "okx")).build();
        EditorModel edit = new EditorModel(CATALOG, original, TODAY);
        assertThat(edit.isEditing()).isTrue();
        assertThat(edit.exchangeProperty().get().id()).isEqualTo("okx");
        assertThat(edit.permissions().choice("read").orElseThrow().isSelected()).isTrue();
        assertThat(edit.passphraseProperty().get()).isEqualTo("pp");
        assertThat(edit.tagsProperty().get()).isEqualTo("bots, okx");
        assertThat(edit.validProperty().get()).isTrue();

        edit.labelProperty().set("Tracker v2");
        edit.permissions().choice("trade").orElseThrow().setSelected(true);
        ApiKeyEntry result = edit.build();
        assertThat(result.id()).isEqualTo(original.id());
        assertThat(result.revision()).isEqualTo(7);
        assertThat(result.status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(result.revokedAt()).isEqualTo(TODAY);
        assertThat(result.rotatedFrom()).isEqualTo(rotatedFrom);
        assertThat(result.lastUsedAt()).isEqualTo(original.lastUsedAt());
        assertThat(result.label()).isEqualTo("Tracker v2");
        assertThat(result.permissions()).containsExactly("read", "trade");
        assertThat(result.createdAt()).isEqualTo(TODAY.minusDays(5));
        assertThat(result.secret().reveal()).isEqualTo("sec");
    }

    @Test
    void pemSecretRoundTripsExactly() {
        String pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHk3+r1Q0d6tY\n  indented line\n\n"
                + "-----END PRIVATE KEY-----\n";
        fillBasics("coinbase");
        model.secretProperty().set(pem);
        assertThat(model.keyTypeProperty().get().usesPemPrivateKey()).isTrue();
        ApiKeyEntry built = model.build();
        assertThat(built.secret().reveal()).isEqualTo(pem);

        EditorModel again = new EditorModel(CATALOG, built, TODAY);
        assertThat(again.secretProperty().get()).isEqualTo(pem);
        assertThat(again.build().secret().reveal()).isEqualTo(pem);
    }

    @Test
    void hmacSecretLosesOnlyOuterPasteWhitespace() {
        fillBasics("kraken");
        model.secretProperty().set("  abc def\n");
        assertThat(model.build().secret().reveal()).isEqualTo("abc def");
    }

    @Test
    void clearSecretsEmptiesTheFields() {
        fillBasics("okx");
        model.passphraseProperty().set("pp");
        model.clearSecrets();
        assertThat(model.apiKeyProperty().get()).isEmpty();
        assertThat(model.secretProperty().get()).isEmpty();
        assertThat(model.passphraseProperty().get()).isEmpty();
    }

    @Test
    void passphraseIsDroppedWhenTheExchangeHasNone() {
        fillBasics("okx");
        model.passphraseProperty().set("pp");
        model.exchangeProperty().set(CATALOG.require("kraken"));
        assertThat(model.build().hasPassphrase()).isFalse();
    }

    @Test
    void bybitOffersReadOnlyOrReadWrite_insteadOfAReadOnlyCheckbox() {
        fillBasics("bybit");
        assertThat(model.permissions().switchAvailableProperty().get()).isTrue();
        assertThat(model.permissions().choice("read")).as("the switch is not a scope").isEmpty();
        assertThat(model.permissions().readOnlySwitchProperty().get()).as("a new key starts Read-Write").isFalse();
        model.permissions().choice("spot-trade").orElseThrow().setSelected(true);
        model.permissions().choice("withdraw").orElseThrow().setSelected(true);
        assertThat(model.permissions().highRiskWarningProperty().get()).contains("Withdrawal");

        model.permissions().readOnlySwitchProperty().set(true);
        assertThat(model.permissions().highRiskWarningProperty().get()).as("a Read-Only key's scopes only view").isEmpty();
        ApiKeyEntry readOnly = model.build();
        assertThat(readOnly.permissions()).containsExactly("read", "spot-trade", "withdraw");
        assertThat(readOnly.readOnly()).isTrue();

        model.permissions().readOnlySwitchProperty().set(false);
        assertThat(model.build().permissions()).containsExactly("spot-trade", "withdraw");
        model.exchangeProperty().set(CATALOG.require("okx"));
        assertThat(model.permissions().switchAvailableProperty().get()).isFalse();
        assertThat(model.permissions().choice("read")).as("OKX's Read is a scope").isPresent();
    }

    @Test
    void anOlderBybitEntryKeepsItsUnstatedSwitchUntilTheUserChooses() {
        ApiKeyEntry old = ApiKeyEntry.builder().exchangeId("bybit").label("old").apiKey(SecretBytes.of("k")).secret(SecretBytes.of("s"))
                .permissions(List.of("read", "spot-trade")).createdAt(TODAY.minusDays(5)).build();
        EditorModel edit = new EditorModel(CATALOG, old, TODAY);

        assertThat(edit.permissions().readOnlySwitchProperty().get()).isNull();
        ApiKeyEntry unchanged = edit.build();
        assertThat(unchanged.permissions()).containsExactly("read", "spot-trade");
        assertThat(unchanged.readOnly()).isNull();
        edit.permissions().readOnlySwitchProperty().set(false);
        assertThat(edit.build().permissions()).containsExactly("spot-trade");
    }

    @Test
    void fillFromExchangeFillsPermissionsIpsAndDatesBeforeTheFirstSave() {
        fillBasics("bybit");
        java.util.List<ApiKeyEntry> asked = new java.util.ArrayList<>();
        model.offerFill((draft, said, failed) -> {
            asked.add(draft);
            assertThat(draft.apiKey().reveal()).isEqualTo("AKZq1234567890Hd0");
            said.accept(new dev.apikeep.domain.ExchangeSays(List.of("read", "spot-trade", "unknown:ByXPost"),
                    List.of("203.0.113.7"), null, true, LocalDate.of(2027, 1, 31), LocalDate.of(2026, 11, 1)));
        });
        assertThat(model.fill().offeredProperty().get()).isTrue();
        assertThat(model.fill().readyProperty().get()).isTrue();

        model.fill().fill();

        assertThat(asked).singleElement().satisfies(d -> assertThat(d.secret().isWiped()).as("the draft is wiped").isTrue());
        assertThat(model.permissions().readOnlySwitchProperty().get()).isTrue();
        assertThat(model.permissions().choice("spot-trade").orElseThrow().isSelected()).isTrue();
        assertThat(model.ipTextProperty().get()).isEqualTo("203.0.113.7");
        assertThat(model.createdAtProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(model.expiresAtProperty().get()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(model.fill().statusProperty().get()).startsWith("Filled from Bybit: permissions, IP list, created, expiry.")
                .contains("ByXPost");
        assertThat(model.build().permissions()).containsExactly("read", "spot-trade");
    }

    @Test
    void aRefusedFillChangesNothing_andSaysWhy() {
        fillBasics("bybit");
        model.permissions().choice("spot-trade").orElseThrow().setSelected(true);
        model.ipTextProperty().set("198.51.100.4");
        model.offerFill((draft, said, failed) -> failed.accept("Bybit refused the key: API key is invalid."));

        model.fill().fill();

        assertThat(model.fill().failedProperty().get()).isTrue();
        assertThat(model.fill().statusProperty().get()).isEqualTo("Bybit refused the key: API key is invalid. Nothing was filled.");
        assertThat(model.permissions().choice("spot-trade").orElseThrow().isSelected()).isTrue();
        assertThat(model.ipTextProperty().get()).isEqualTo("198.51.100.4");
        assertThat(model.createdAtProperty().get()).isEqualTo(TODAY);
    }

    @Test
    void fillWaitsForTheCredentials_isForNewKeysOnly_andNotForCustomExchanges() {
        model.offerFill((draft, said, failed) -> { });
        model.exchangeProperty().set(CATALOG.require("okx"));
        model.apiKeyProperty().set("k");
        model.secretProperty().set("s");
        assertThat(model.fill().readyProperty().get()).as("OKX needs the passphrase first").isFalse();
        model.passphraseProperty().set("p");
        assertThat(model.fill().readyProperty().get()).isTrue();
        model.exchangeProperty().set(CATALOG.require("custom"));
        assertThat(model.fill().offeredProperty().get()).isFalse();

        ApiKeyEntry saved = ApiKeyEntry.builder().exchangeId("bybit").label("x").apiKey(SecretBytes.of("k")).secret(SecretBytes.of("s"))
                .createdAt(TODAY).build();
        EditorModel edit = new EditorModel(CATALOG, saved, TODAY);
        edit.offerFill((draft, said, failed) -> { });
        assertThat(edit.fill().offeredProperty().get()).as("a saved key has 'Check with exchange'").isFalse();
    }

    @Test
    void bybitOffersItsRegionalHosts_theDefaultIsStoredAsNone() {
        fillBasics("bybit");
        assertThat(model.apiHosts()).containsExactly("api.bybit.com", "api.bytick.com", "api.bybit.eu");
        assertThat(model.build().apiHost()).isNull();
        model.apiHostProperty().set("api.bybit.eu");
        ApiKeyEntry eu = model.build();
        assertThat(eu.apiHost()).isEqualTo("api.bybit.eu");
        assertThat(new EditorModel(CATALOG, eu, TODAY).apiHostProperty().get()).isEqualTo("api.bybit.eu");
        model.exchangeProperty().set(CATALOG.require("okx"));
        model.passphraseProperty().set("p");
        assertThat(model.apiHosts()).isEmpty();
        assertThat(model.build().apiHost()).isNull();
    }
}
