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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A key in the list: exchange monogram, label, account, environment badge, last used; below, one
 * badge per permission coloured by risk, the IP badge and the expiry chip. The row's frame and its
 * first line are made once per cell and only change their texts with the key (a cell shows many
 * keys as the list scrolls, and nodes already styled need no new CSS pass); the badges, which
 * differ from key to key, are made for each.
 */
final class KeyCell extends ListCell<ApiKeyEntry> {
    private final KeysModel model;
    private final Supplier<Instant> now;
    private final Label monogram = new Label();
    private final Label label = new Label();
    private final Label exchangeName = new Label();
    private final Label account = new Label();
    private final Label lastUsed = new Label();
    private final HBox first;
    /** Where the environment and revoked badges go in the first line, when a key has them. */
    private final int badgesAt;
    private final FlowPane badges = new FlowPane(6, 4);
    private final HBox row;
    private String monogramStyle;

    KeyCell(KeysModel model, Supplier<Instant> now) {
        this.model = model;
        this.now = now;
        getStyleClass().add(Styles.KEY_CELL);
        setPrefWidth(0); // fit the list's width: wrap badges instead of scrolling sideways
        monogram.getStyleClass().add(Styles.MONOGRAM);
        monogram.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.KEY_LABEL);
        exchangeName.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        account.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.ACCOUNT);
        lastUsed.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.LAST_USED);
        lastUsed.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        first = new HBox(8, label, exchangeName, account, spacer, lastUsed);
        first.setAlignment(Pos.BASELINE_LEFT);
        badgesAt = first.getChildren().indexOf(spacer);
        badges.getStyleClass().add(Styles.BADGE_ROW);
        VBox text = new VBox(4, first, badges);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        text.prefWidthProperty().bind(widthProperty().subtract(80));
        row = new HBox(12, monogram, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(Styles.KEY_ROW);
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
        monogram.setText(BadgeText.monogram(exchange.name()));
        setMonogramStyle(Styles.MONOGRAM_PREFIX + exchange.id());
        label.setText(entry.label());
        exchangeName.setText(exchange.name());
        account.setText(entry.account());
        account.setVisible(!entry.account().isBlank());
        account.setManaged(account.isVisible());
        lastUsed.setText(BadgeText.lastUsed(entry.lastUsedAt(), now.get()));
        showFirstLineBadges(entry);

        badges.getChildren().clear();
        for (String permission : entry.permissions()) badges.getChildren().add(new PermissionBadge(exchange, permission, entry));
        badges.getChildren().add(Badges.ip(entry));
        if (!entry.isRevoked()) badges.getChildren().add(Badges.expiry(entry, exchange, model.today(), model.leadDaysProperty().get()));

        row.getStyleClass().remove(Styles.REVOKED_ROW);
        if (entry.isRevoked()) row.getStyleClass().add(Styles.REVOKED_ROW);
        setGraphic(row);
    }

    private void setMonogramStyle(String style) {
        if (style.equals(monogramStyle)) return;
        if (monogramStyle != null) monogram.getStyleClass().remove(monogramStyle);
        monogram.getStyleClass().add(style);
        monogramStyle = style;
    }

    /** The environment and revoked badges of the first line: most keys have neither, so most rows change nothing here. */
    private void showFirstLineBadges(ApiKeyEntry entry) {
        while (first.getChildren().size() > badgesAt + 2) first.getChildren().remove(badgesAt);
        Node env = Badges.environment(entry);
        int at = badgesAt;
        if (env != null) first.getChildren().add(at++, env);
        if (entry.isRevoked()) first.getChildren().add(at, Badges.revoked());
    }
}
