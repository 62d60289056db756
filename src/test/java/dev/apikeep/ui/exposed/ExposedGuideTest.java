package dev.apikeep.ui.exposed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.SecretBytes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposedGuideTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();

    @Test
    void exposedGuideShowsOldPermissionsAndIps() {
        ApiKeyEntry bound = BYBIT.toBuilder().ipWhitelist(IpRule.parseList("203.0.113.7")).build();
        List<ExposedGuide.Step> steps = ExposedGuide.steps(bound, CATALOG.require("bybit"));
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).text()).contains(CATALOG.require("bybit").apiManagementUrl());
        assertThat(steps.get(1).text()).contains("Read-Only, Trade").contains("203.0.113.7");
        assertThat(steps.get(3).text()).contains("freqtrade-vps, grafana");
    }

    static final ApiKeyEntry BYBIT = ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot")
            .apiKey(SecretBytes.of("OLDKEY")).secret(SecretBytes.of("old-secret"))
            .permissions(List.of("read", "spot-trade")).usedBy(List.of("freqtrade-vps", "grafana")).build();

    @Test
    void theLastStepNamesTheBotKitsHoldingTheLeakedSecret() {
        assertThat(ExposedGuide.steps(BYBIT, CATALOG.require("bybit"), List.of("vps-1")).get(3).text())
                .contains("Paste the new key into: freqtrade-vps, grafana.", "Re-issue the bot kits that hold it (Bots): vps-1.");
        assertThat(ExposedGuide.steps(BYBIT, CATALOG.require("bybit")).get(3).text()).doesNotContain("kit");
    }
}
