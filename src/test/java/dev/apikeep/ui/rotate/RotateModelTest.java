package dev.apikeep.ui.rotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotateModelTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    final ApiKeyEntry bybit = ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot")
            .apiKey(SecretBytes.of("OLDKEY")).secret(SecretBytes.of("old-secret"))
            .permissions(List.of("read", "spot-trade")).usedBy(List.of("freqtrade-vps", "grafana")).build();

    @Test
    void offersOnlyTheOldPermissionsAllTicked() {
        RotateModel m = new RotateModel(bybit, CATALOG.require("bybit"));
        assertThat(m.permissions()).extracting(RotateModel.PermissionChoice::id).containsExactly("read", "spot-trade");
        assertThat(m.keptPermissions()).containsExactly("read", "spot-trade");
        m.permissions().get(1).keepProperty().set(false);
        assertThat(m.keptPermissions()).containsExactly("read");
        assertThat(m.droppedPermissions()).containsExactly("Trade");
        assertThat(m.keptPermissions()).isSubsetOf(bybit.permissions());
    }

    @Test
    void validOnlyWithANewKeySecretAndOnePermission() {
        RotateModel m = new RotateModel(bybit, CATALOG.require("bybit"));
        assertThat(m.validProperty().get()).isFalse();
        m.apiKeyProperty().set("OLDKEY");
        m.secretProperty().set("s");
        assertThat(m.problemProperty().get()).startsWith("That is the old API key");
        m.apiKeyProperty().set(" NEWKEY ");
        assertThat(m.validProperty().get()).isTrue();
        m.permissions().forEach(c -> c.keepProperty().set(false));
        assertThat(m.problemProperty().get()).isEqualTo("Keep at least one permission.");
        m.permissions().get(0).keepProperty().set(true);
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.newApiKey().reveal()).isEqualTo("NEWKEY");
        assertThat(m.asksPassphrase()).isFalse();
    }

    @Test
    void passphraseExchangesNeedOneAndPemSecretsKeepTheirLines() {
        ApiKeyEntry okx = ApiKeyEntry.builder().exchangeId("okx").label("Arb").apiKey(SecretBytes.of("A"))
                .secret(SecretBytes.of("B")).passphrase(SecretBytes.of("p")).permissions(List.of("read")).build();
        RotateModel m = new RotateModel(okx, CATALOG.require("okx"));
        assertThat(m.asksPassphrase()).isTrue();
        m.apiKeyProperty().set("NEW");
        String pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ\n-----END PRIVATE KEY-----\n";
        m.secretProperty().set(pem);
        assertThat(m.problemProperty().get()).contains("passphrase");
        m.passphraseProperty().set("new-pass");
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.newSecret().reveal()).isEqualTo(pem);
    }

    @Test
    void checklistNamesTheExchangePageAndEveryTool() {
        assertThat(RotateModel.checklist(bybit, CATALOG.require("bybit"))).containsExactly(
                "Delete the old key on Bybit (" + CATALOG.require("bybit").apiManagementUrl() + ")",
                "Update freqtrade-vps", "Update grafana");
    }

    @Test
    void checklistAsksToReissueEveryBotKitHoldingTheOldKey() {
        assertThat(RotateModel.checklist(bybit, CATALOG.require("bybit"), List.of("vps-1", "vps-2"))).endsWith(
                "Re-issue kit vps-1 (Bots) and copy the new kit and token to its bot: it holds the old secret",
                "Re-issue kit vps-2 (Bots) and copy the new kit and token to its bot: it holds the old secret");
    }
}
