package dev.apikeep.ui.keys;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.ui.common.BadgeText;
import dev.apikeep.ui.common.Badges;
import dev.apikeep.ui.common.PermissionBadge;
import dev.apikeep.ui.common.Styles;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A key in the list: exchange monogram, label, account, environment badge, last used; below, one
 * badge per permission coloured by risk, the IP badge and the expiry chip.
 */
final class KeyCell extends ListCell<ApiKeyEntry> {
    private final KeysModel model;
    private final Supplier<Instant> now;

    KeyCell(KeysModel model, Supplier<Instant> now) {
        this.model = model;
        this.now = now;
        getStyleClass().add(Styles.KEY_CELL);
        setPrefWidth(0); // fit the list's width: wrap badges instead of scrolling sideways
    }

    @Override
    protected void updateItem(ApiKeyEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        Exchange exchange = model.exchangeOf(entry);
        Label monogram = new Label(BadgeText.monogram(exchange.name()));
        monogram.getStyleClass().addAll(Styles.MONOGRAM, Styles.MONOGRAM_PREFIX + exchange.id());
        monogram.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label label = new Label(entry.label());
        label.getStyleClass().add(Styles.KEY_LABEL);
        Label exchangeName = new Label(exchange.name());
        exchangeName.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox first = new HBox(8, label, exchangeName);
        first.setAlignment(Pos.BASELINE_LEFT);
        if (!entry.account().isBlank()) {
            Label account = new Label(entry.account());
            account.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.ACCOUNT);
            first.getChildren().add(account);
        }
        Label env = Badges.environment(entry);
        if (env != null) first.getChildren().add(env);
        if (entry.isRevoked()) first.getChildren().add(Badges.revoked());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label lastUsed = new Label(BadgeText.lastUsed(entry.lastUsedAt(), now.get()));
        lastUsed.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.LAST_USED);
        lastUsed.setMinWidth(Region.USE_PREF_SIZE);
        first.getChildren().addAll(spacer, lastUsed);

        FlowPane badges = new FlowPane(6, 4);
        badges.getStyleClass().add(Styles.BADGE_ROW);
        for (String permission : entry.permissions()) badges.getChildren().add(new PermissionBadge(exchange, permission, entry));
        badges.getChildren().add(Badges.ip(entry));
        if (!entry.isRevoked()) badges.getChildren().add(Badges.expiry(entry, exchange, model.today(), model.leadDaysProperty().get()));

        VBox text = new VBox(4, first, badges);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(12, monogram, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(Styles.KEY_ROW);
        if (entry.isRevoked()) row.getStyleClass().add(Styles.REVOKED_ROW);
        text.setMinWidth(0);
        text.prefWidthProperty().bind(widthProperty().subtract(80));
        setGraphic(row);
    }
}
