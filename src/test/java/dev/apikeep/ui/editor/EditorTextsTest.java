package dev.apikeep.ui.editor;

import static dev.apikeep.ui.editor.EditorModelTest.CATALOG;
import static dev.apikeep.ui.editor.EditorModelTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The editor's composed texts read as they did before they moved into messages.properties: the
 * countdown's three wordings (a choice in the bundle) and the whole withdrawal warning.
 */
class EditorTextsTest {
    final EditorModel model = new EditorModel(CATALOG, null, TODAY);

    @Test
    void theExpiryCountdownSaysExpiredLastDayOrInDays() {
        model.exchangeProperty().set(CATALOG.require("custom"));
        assertThat(expiryOn(-3)).isEqualTo("Set by you → 2026-11-23 (expired)");
        assertThat(expiryOn(0)).endsWith("(expired)");
        assertThat(expiryOn(1)).isEqualTo("Set by you → 2026-11-27 (last day today)");
        assertThat(expiryOn(2)).endsWith("(in 2 days)");
        assertThat(expiryOn(1000)).endsWith("(in 1000 days)");
    }

    @Test
    void theWithdrawalWarningNamesWhatIsTicked() {
        model.exchangeProperty().set(CATALOG.require("bybit"));
        model.permissions().choice("withdraw").orElseThrow().setSelected(true);
        assertThat(model.permissions().highRiskWarningProperty().get()).isEqualTo("Never enable withdrawal for a bot key: if the key"
                + " leaks, whoever holds it can move your funds out. Untick it unless this key must move funds. Ticked: Withdrawal.");
    }

    private String expiryOn(int daysFromToday) {
        model.expiresAtProperty().set(TODAY.plusDays(daysFromToday));
        return model.expiry().textProperty().get();
    }
}
