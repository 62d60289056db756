package dev.apikeep.ui.keys;

import dev.apikeep.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sidebar row: name on the left, count on the right. */
final class FilterCell extends ListCell<KeyFilter.Item> {
    FilterCell() {
        setPrefWidth(0); // fit the sidebar: no sideways scrolling
    }

    @Override
    protected void updateItem(KeyFilter.Item item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Label name = new Label(item.text(), new FontIcon(iconOf(item.filter())));
        name.setWrapText(true); // a long name (a longer language, a long tag) wraps in the narrow sidebar instead of "Needs att…"
        name.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label(Integer.toString(item.count()));
        count.getStyleClass().add(Styles.COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        if (item.filter().kind() == KeyFilter.Kind.ATTENTION && item.count() > 0) count.getStyleClass().add(Styles.DANGER);
        HBox row = new HBox(6, name, spacer, count);
        row.setAlignment(Pos.CENTER_LEFT);
        setGraphic(row);
    }

    private static Feather iconOf(KeyFilter f) {
        return switch (f.kind()) {
            case ALL -> Feather.LAYERS;
            case ATTENTION -> Feather.ALERT_TRIANGLE;
            case EXPIRING -> Feather.CLOCK;
            case EXCHANGE -> Feather.BRIEFCASE;
            case TAG -> Feather.TAG;
            case REVOKED -> Feather.SLASH;
        };
    }
}
