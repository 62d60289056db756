package dev.apikeep.ui.keys;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.domain.KeyCheck.Difference;
import dev.apikeep.ui.common.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane's "Exchange" block: "Check with exchange", when the key was last checked and with
 * what result, and each difference side by side (vault | exchange) with "Use the exchange's values".
 */
final class ExchangeCheckView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ExchangeCheckView() {
    }

    static VBox of(ApiKeyEntry e, Exchange exchange, KeyCheck last, KeyDetailPane.Actions actions, boolean readOnly) {
        Button check = new Button(Messages.get("keys.check.button"), new FontIcon(Feather.REFRESH_CCW));
        check.setId("checkWithExchangeButton");
        check.setMinWidth(Button.USE_PREF_SIZE);
        check.setOnAction(x -> actions.checkWithExchange(e));
        VBox box = new VBox(8, check);
        box.setId("exchangeCheck");
        if (last == null) {
            box.getChildren().add(muted(Messages.format("keys.check.notYet", exchange.name())));
            return box;
        }
        Label status = new Label(Messages.format("keys.check.lastChecked", WHEN.format(last.checkedAt()), describe(last)));
        status.setId("lastCheckedLabel");
        status.setWrapText(true);
        status.getStyleClass().add(switch (last.status()) {
            case MATCH -> Styles.SUCCESS;
            case DIFFERS, REJECTED -> Styles.DANGER;
            default -> Styles.WARNING;
        });
        box.getChildren().add(status);
        if (!last.hasDifferences()) return box;
        GridPane grid = new GridPane();
        grid.setId("differencesGrid");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.addRow(0, bold(""), bold(Messages.get("keys.check.vault")), bold(Messages.get("keys.check.exchange")));
        int row = 1;
        for (Difference d : last.differences()) {
            Label vault = new Label(text(d.vault(), exchange));
            Label said = new Label(text(d.exchange(), exchange));
            vault.setWrapText(true);
            said.setWrapText(true);
            said.getStyleClass().add(Styles.DANGER);
            grid.addRow(row++, bold(fieldName(d)), vault, said);
        }
        box.getChildren().add(grid);
        if (!last.applicable().isEmpty()) {
            Button use = new Button(Messages.get("keys.check.useExchangeValues"), new FontIcon(Feather.CHECK));
            use.setId("useExchangeValuesButton");
            use.setDisable(readOnly);
            use.setOnAction(x -> actions.useExchangeValues(e, last));
            box.getChildren().add(new FlowPane(use));
        }
        return box;
    }

    static String describe(KeyCheck check) {
        return switch (check.status()) {
            case MATCH -> Messages.get("keys.check.match");
            case DIFFERS -> Messages.format("keys.check.differences", check.differences().size());
            case REJECTED -> Messages.format("keys.check.rejected", check.error());
            case UNREACHABLE -> Messages.format("keys.check.unreachable", check.error());
            case UNSUPPORTED -> Messages.format("keys.check.unsupported", check.error());
        };
    }

    private static String fieldName(Difference d) {
        return switch (d.field()) {
            case PERMISSIONS -> Messages.get("keys.detail.permissions");
            case IP_WHITELIST -> Messages.get("keys.detail.ipWhitelist");
            case IP_BOUND -> Messages.get("keys.check.ipBound");
            case EXPIRES_AT -> Messages.get("keys.detail.expires");
            case CREATED_AT -> Messages.get("keys.detail.created");
        };
    }

    /** The exchange's own names for permission ids; "none" for an empty list or a missing date. */
    private static String text(Object value, Exchange exchange) {
        if (value == null) return Messages.get("keys.detail.none");
        if (value instanceof List<?> list) {
            if (list.isEmpty()) return Messages.get("keys.detail.none");
            return String.join("\n", list.stream().map(v -> exchange.nameOf(String.valueOf(v))).toList());
        }
        if (value instanceof Boolean bound) return Messages.get(bound ? "keys.check.boundToIps" : "keys.check.anyIp");
        return value.toString();
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
