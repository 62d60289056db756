package dev.apikeep.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeysModelTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    ApiKeyEntry gridBot;      // Bybit, trade, no IP, created 80 days ago -> expires in 10 d
    ApiKeyEntry tracker;      // Binance, read-only, IP bound -> fine
    ApiKeyEntry hedge;        // KuCoin, tagged, used by freqtrade, IP bound
    ApiKeyEntry old;          // OKX, revoked
    KeysModel model;

    @BeforeEach
    void setUp() {
        gridBot = key("bybit", "Grid bot", "read", "spot-trade").account("sub-1").createdAt(TODAY.minusDays(80)).build();
        tracker = key("binance", "Portfolio tracker", "reading").ipWhitelist(IpRule.parseList("203.0.113.7")).build();
        hedge = key("kucoin", "Hedge bot", "general", "futures-trading").passphrase(SecretBytes.of("pp"))
                .ipWhitelist(IpRule.parseList("198.51.100.0/24")).tags(List.of("bots")).usedBy(List.of("freqtrade-vps"))
                .notes("hedges the spot book").build();
        old = key("okx", "Old OKX", "read").status(KeyStatus.REVOKED).build();
        model = new KeysModel(CATALOG, () -> TODAY);
        model.setEntries(List.of(gridBot, tracker, hedge, old));
    }

    static ApiKeyEntry.Builder key(String exchange, String label, String... permissions) {
        return ApiKeyEntry.builder().exchangeId(exchange).label(label).createdAt(TODAY.minusDays(5))
                .apiKey(SecretBytes.of("AKZq-" + label + "-7Hd0")).secret(SecretBytes.of("secret-" + label))
                .permissions(List.of(permissions));
    }

    /** A lock wipes what the model holds; a window abandoned for another (its entries shown there) only lets go of them. */
    @Test
    void wipeWipesTheEntries_forgetDropsThemUnwiped() {
        model.selectedProperty().set(hedge);
        assertThat(model.forget()).containsExactlyInAnyOrder(gridBot, tracker, hedge, old);
        assertThat(model.entries()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(List.of(gridBot, tracker, hedge, old)).noneMatch(e -> e.secret().isWiped());

        model.setEntries(List.of(gridBot, hedge));
        model.wipe();
        assertThat(model.entries()).isEmpty();
        assertThat(List.of(gridBot, hedge)).allMatch(e -> e.secret().isWiped() && e.apiKey().isWiped());
        assertThat(List.of(tracker, old)).noneMatch(e -> e.secret().isWiped());
    }

    @Test
    void allShowsActiveKeysOnly() {
        assertThat(model.visible()).containsExactlyInAnyOrder(gridBot, tracker, hedge);
    }

    /** While the first entries load, the sidebar has no filters to show: "All keys 0" would read as an empty vault. */
    @Test
    void noSidebarWhileTheFirstEntriesLoad() {
        KeysModel loading = new KeysModel(CATALOG, () -> TODAY);
        loading.leadDaysProperty().set(7);
        assertThat(loading.filters()).isEmpty();
        assertThat(loading.isEmptyVault()).isFalse();
        loading.setEntries(List.of());
        assertThat(loading.filters()).extracting(KeyFilter.Item::count).containsOnly(0).isNotEmpty();
        assertThat(loading.isEmptyVault()).isTrue();
    }

    /** The vault's thread counts the sidebar with the read; the window shows those counts, or recounts when they went stale. */
    @Test
    void sidebarCountedWithTheReadIsShown_unlessTheLeadDaysChangedMeanwhile() {
        KeysModel fresh = new KeysModel(CATALOG, () -> TODAY);
        List<ApiKeyEntry> read = List.of(gridBot, tracker, hedge, old);
        fresh.setEntries(read, fresh.countFilters(read, 14));
        assertThat(fresh.filters()).isEqualTo(model.filters());
        assertThat(fresh.visible()).containsExactlyInAnyOrder(gridBot, tracker, hedge);

        KeysModel.Counted at3Days = fresh.countFilters(read, 3); // grid bot expires in 10 d: "expiring" at 14, not at 3
        fresh.setEntries(read, at3Days);
        assertThat(count(fresh, "Expiring soon")).as("counted at 3 days, shown at 14").isEqualTo(1);
        fresh.leadDaysProperty().set(3);
        fresh.setEntries(read, at3Days);
        assertThat(count(fresh, "Expiring soon")).isZero();
    }

    /**
     * A new window's first list goes in before its sidebar is counted (the counts come a moment
     * later): meanwhile the rows are there, the vault is not called empty, and the sidebar shows no
     * number at all rather than wrong ones; then the counts the vault thread made.
     */
    @Test
    void theFirstRowsMayComeBeforeTheSidebarCounts_whichShowNothingUntilTheyArrive() {
        KeysModel first = new KeysModel(CATALOG, () -> TODAY);
        List<ApiKeyEntry> read = List.of(gridBot, tracker, hedge, old);
        first.setEntriesCountingLater(read);
        assertThat(first.visible()).containsExactlyInAnyOrder(gridBot, tracker, hedge);
        assertThat(first.loadingProperty().get()).isFalse();
        assertThat(first.isEmptyVault()).isFalse();
        assertThat(first.filters()).as("no sidebar numbers before the counts").isEmpty();

        first.countedLater(first.countFilters(read, 14));
        assertThat(first.filters()).isEqualTo(model.filters());
        assertThat(count(first, "All keys")).isEqualTo(3);
    }

    /** Counts that arrive after the sidebar was counted again (a write meanwhile) are not shown over the newer ones. */
    @Test
    void lateCountsNeverReplaceNewerOnes() {
        KeysModel first = new KeysModel(CATALOG, () -> TODAY);
        List<ApiKeyEntry> read = List.of(gridBot, tracker, hedge, old);
        KeysModel.Counted beforeTheWrite = first.countFilters(read, 14);
        first.setEntriesCountingLater(read);
        first.update(java.util.Map.of(tracker.id(), tracker.toBuilder().status(KeyStatus.REVOKED).build()));
        assertThat(count(first, "All keys")).as("counted with the write").isEqualTo(2);

        first.countedLater(beforeTheWrite);
        assertThat(count(first, "All keys")).isEqualTo(2);
        assertThat(count(first, "Revoked")).isEqualTo(2);
    }

    private static int count(KeysModel m, String filter) {
        return m.filters().stream().filter(i -> i.text().equals(filter)).findFirst().orElseThrow().count();
    }

    @Test
    void sidebarCountsEveryFilter() {
        assertThat(model.filters()).extracting(KeyFilter.Item::text, KeyFilter.Item::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("All keys", 3),
                org.assertj.core.groups.Tuple.tuple("Needs attention", 1),
                org.assertj.core.groups.Tuple.tuple("Expiring soon", 1),
                org.assertj.core.groups.Tuple.tuple("Binance", 1),
                org.assertj.core.groups.Tuple.tuple("Bybit", 1),
                org.assertj.core.groups.Tuple.tuple("KuCoin", 1),
                org.assertj.core.groups.Tuple.tuple("#bots", 1),
                org.assertj.core.groups.Tuple.tuple("Revoked", 1));
    }

    @Test
    void tradeKeyWithoutIpNeedsAttentionEvenWhenFarFromExpiry() {
        ApiKeyEntry fresh = key("bybit", "Fresh bot", "spot-trade").createdAt(TODAY).build();
        ApiKeyEntry readOnlyOpen = key("binance", "Viewer", "reading").build();
        assertThat(model.needsAttention(fresh)).isTrue();
        assertThat(model.needsAttention(readOnlyOpen)).isFalse();
        assertThat(model.needsAttention(old)).isFalse();
    }

    @Test
    void expiredKeyNeedsAttentionButIsNotExpiringSoon() {
        ApiKeyEntry expired = key("kraken", "Expired", "query-funds").expiresAt(TODAY).build();
        assertThat(model.needsAttention(expired)).isTrue();
        assertThat(model.expiringSoon(expired)).isFalse();
    }

    @Test
    void filtersByExchangeTagAndRevoked() {
        model.filterProperty().set(KeyFilter.exchange("bybit"));
        assertThat(model.visible()).containsExactly(gridBot);
        model.filterProperty().set(KeyFilter.tag("bots"));
        assertThat(model.visible()).containsExactly(hedge);
        model.filterProperty().set(KeyFilter.REVOKED);
        assertThat(model.visible()).containsExactly(old);
    }

    @Test
    void searchCoversLabelAccountExchangeTagsNotesAndUsedBy() {
        assertThat(search("grid")).containsExactly(gridBot);
        assertThat(search("SUB-1")).containsExactly(gridBot);
        assertThat(search("binance")).containsExactly(tracker);
        assertThat(search("#bots")).containsExactly(hedge);
        assertThat(search("spot book")).containsExactly(hedge);
        assertThat(search("freqtrade")).containsExactly(hedge);
        assertThat(search("bot")).containsExactlyInAnyOrder(gridBot, hedge);
        assertThat(search("")).hasSize(3);
    }

    @Test
    void searchNeverLooksAtSecrets() {
        assertThat(search("secret-grid")).isEmpty();
        assertThat(search("AKZq")).isEmpty();
    }

    @Test
    void searchCombinesWithTheSidebarFilter() {
        model.filterProperty().set(KeyFilter.REVOKED);
        assertThat(search("okx")).containsExactly(old);
        assertThat(search("grid")).isEmpty();
    }

    @Test
    void reloadKeepsTheSelectionByIdAndWipesReplacedSecrets() {
        model.selectedProperty().set(gridBot);
        ApiKeyEntry reread = gridBot.toBuilder().apiKey(SecretBytes.of("AKZq-new-7Hd0")).secret(SecretBytes.of("s2"))
                .passphrase(SecretBytes.empty()).revision(2).build();
        model.setEntries(List.of(reread, tracker, hedge, old));
        assertThat(model.selectedProperty().get()).isSameAs(reread);
        assertThat(gridBot.secret().isWiped()).isTrue();
        assertThat(tracker.secret().isWiped()).isFalse();
    }

    @Test
    void anEntryReadAgainAfterAWriteTakesItsPlace_selectedStill_andTheOldSecretsAreWiped() {
        model.selectedProperty().set(gridBot);
        ApiKeyEntry reread = gridBot.toBuilder().label("Grid bot v2").apiKey(SecretBytes.of("AKZq-new"))
                .secret(SecretBytes.of("s2")).revision(gridBot.revision() + 1).build();
        model.update(java.util.Map.of(gridBot.id(), reread));
        assertThat(model.selectedProperty().get()).isSameAs(reread);
        assertThat(model.entries()).containsExactly(reread, tracker, hedge, old);
        assertThat(gridBot.secret().isWiped()).isTrue();
        assertThat(reread.secret().isWiped()).isFalse();
        assertThat(tracker.secret().isWiped()).isFalse();
    }

    @Test
    void aReReadThatSharesTheSecretsKeepsThemAlive() {
        ApiKeyEntry used = gridBot.toBuilder().lastUsedAt(java.time.Instant.now()).build(); // recordUse's copy
        model.update(java.util.Map.of(gridBot.id(), used));
        assertThat(used.secret().isWiped()).isFalse();
        assertThat(model.visible()).contains(used).doesNotContain(gridBot);
    }

    @Test
    void aChangeAddsNewEntries_removesDeletedOnes_andRecountsTheSidebar() {
        model.selectedProperty().set(tracker);
        ApiKeyEntry added = key("bybit", "Second grid", "read").build();
        java.util.Map<java.util.UUID, ApiKeyEntry> change = new java.util.LinkedHashMap<>();
        change.put(added.id(), added);
        change.put(tracker.id(), null); // deleted
        model.update(change);

        assertThat(model.entries()).containsExactly(gridBot, hedge, old, added);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(tracker.secret().isWiped()).isTrue();
        assertThat(model.filters()).extracting(KeyFilter.Item::text, KeyFilter.Item::count)
                .contains(org.assertj.core.groups.Tuple.tuple("All keys", 3), org.assertj.core.groups.Tuple.tuple("Bybit", 2))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("Binance", 1));
        assertThat(model.isSwapping()).isFalse();
    }

    @Test
    void aChangeOfAKeyTheListNeverHadAndIsGoneChangesNothing() {
        java.util.Map<java.util.UUID, ApiKeyEntry> gone = new java.util.HashMap<>();
        gone.put(java.util.UUID.randomUUID(), null);
        model.update(gone);
        assertThat(model.entries()).containsExactly(gridBot, tracker, hedge, old);
    }

    @Test
    void wipeForgetsEverythingAndWipesSecrets() {
        model.selectedProperty().set(hedge);
        model.wipe();
        assertThat(model.entries()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(hedge.secret().isWiped()).isTrue();
        assertThat(hedge.passphrase().isWiped()).isTrue();
        assertThat(model.isEmptyVault()).isTrue();
    }

    @Test
    void aVaultStillLoadingIsNotCalledEmpty() {
        KeysModel fresh = new KeysModel(CATALOG, () -> TODAY);
        assertThat(fresh.loadingProperty().get()).isTrue();
        assertThat(fresh.isEmptyVault()).as("no 'your vault is empty' before the entries arrive").isFalse();
        fresh.setEntries(List.of());
        assertThat(fresh.loadingProperty().get()).isFalse();
        assertThat(fresh.isEmptyVault()).isTrue();
    }

    @Test
    void aReloadWipesReplacedSecretsButNotOnesStillShown() {
        ApiKeyEntry used = gridBot.toBuilder().revision(gridBot.revision() + 1).build(); // shares gridBot's secrets
        model.setEntries(List.of(used, tracker));
        assertThat(gridBot.secret().isWiped()).isFalse();
        assertThat(hedge.secret().isWiped()).isTrue();
        assertThat(old.apiKey().isWiped()).isTrue();
        assertThat(tracker.secret().isWiped()).isFalse();
    }

    @Test
    void tagCountsFollowTheExactTagOfEachKey() {
        ApiKeyEntry a = key("okx", "a").tags(List.of("bots", "bots")).build();
        ApiKeyEntry b = key("okx", "b").tags(List.of("alpha")).build();
        model.setEntries(List.of(a, b, hedge));
        assertThat(model.filters()).extracting(KeyFilter.Item::text, KeyFilter.Item::count)
                .contains(org.assertj.core.groups.Tuple.tuple("#bots", 2), org.assertj.core.groups.Tuple.tuple("#alpha", 1));
    }

    @Test
    void aFilterThatDisappearsFallsBackToAll() {
        model.filterProperty().set(KeyFilter.tag("bots"));
        model.setEntries(List.of(gridBot, tracker));
        assertThat(model.filterProperty().get()).isEqualTo(KeyFilter.ALL);
        assertThat(model.visible()).containsExactlyInAnyOrder(gridBot, tracker);
    }

    private List<ApiKeyEntry> search(String query) {
        model.searchProperty().set(query);
        return List.copyOf(model.visible());
    }
}
