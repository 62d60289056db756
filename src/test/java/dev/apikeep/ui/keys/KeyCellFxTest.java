package dev.apikeep.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.KeyStatus;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.common.Styles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A key row keeps its nodes from one key to the next (a cell shows many keys as the list scrolls):
 * nothing of the key it showed before may stay on it.
 */
@ExtendWith(ApplicationExtension.class)
class KeyCellFxTest {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Start
    void start(Stage stage) {
        // the cell is used on its own
    }

    @Test
    void aCellThatShowedARevokedTestnetKeyShowsThePlainKeyAfterItWithNothingLeftOver(FxRobot robot) {
        KeysModel model = new KeysModel(CATALOG, () -> TODAY);
        KeyCell cell = new KeyCell(model, Instant::now);
        ApiKeyEntry before = key("okx", "Old OKX test key").account("sub-9").environment(Environment.TESTNET)
                .passphrase(SecretBytes.of("pp")).status(KeyStatus.REVOKED).revokedAt(TODAY).build();
        ApiKeyEntry after = key("bybit", "Grid bot").permissions(List.of("read", "spot-trade")).build();

        robot.interact(() -> cell.updateItem(before, false));
        assertThat(texts(cell)).contains("Old OKX test key", "OKX", "sub-9", "TESTNET", "REVOKED");
        assertThat(cell.getGraphic().getStyleClass()).contains(Styles.REVOKED_ROW);

        robot.interact(() -> cell.updateItem(after, false));
        assertThat(texts(cell)).contains("Grid bot", "Bybit", "B", "Trade").doesNotContain("Old OKX test key", "OKX", "sub-9", "TESTNET", "REVOKED");
        assertThat(cell.getGraphic().getStyleClass()).doesNotContain(Styles.REVOKED_ROW);
        Label monogram = (Label) cell.getGraphic().lookup("." + Styles.MONOGRAM);
        assertThat(monogram.getStyleClass()).contains(Styles.MONOGRAM_PREFIX + "bybit").doesNotContain(Styles.MONOGRAM_PREFIX + "okx");
        assertThat(cell.getGraphic().lookupAll("." + Styles.PERMISSION)).hasSize(2);

        robot.interact(() -> cell.updateItem(null, true));
        assertThat(cell.getGraphic()).isNull();
    }

    /** The texts of the labels the row shows (a hidden one, the account of a key without one, is not shown). */
    private static Set<String> texts(KeyCell cell) {
        return cell.getGraphic().lookupAll(".label").stream().filter(KeyCellFxTest::shown)
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    private static ApiKeyEntry.Builder key(String exchange, String label) {
        return ApiKeyEntry.builder().exchangeId(exchange).label(label).createdAt(TODAY.minusDays(5))
                .apiKey(SecretBytes.of("key-" + label)).secret(SecretBytes.of("secret-" + label)).permissions(List.of("read"));
    }
}
