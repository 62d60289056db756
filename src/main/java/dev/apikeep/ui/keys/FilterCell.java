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

/**
 * Sidebar row: name on the left, count on the right. The row's nodes are made once per cell and
 * only their texts change with the item: the counts arrive a moment after a new window is on screen
 * ({@link KeysModel#setEntriesCountingLater}), and new nodes would be styled for the first time in
 * that pulse on the FX thread.
 */
final class FilterCell extends ListCell<KeyFilter.Item> {
    private final FontIcon icon = new FontIcon(Feather.LAYERS);
    private final Label name = new Label(null, icon);
    private final Label count = new Label();
    private final HBox row;

    FilterCell() {
        setPrefWidth(0); // fit the sidebar: no sideways scrolling
        name.setWrapText(true); // a long name (a longer language, a long tag) wraps in the narrow sidebar instead of "Needs att…"
        name.setMinHeight(Region.USE_PREF_SIZE);
        count.getStyleClass().add(Styles.COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row = new HBox(6, name, spacer, count);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(KeyFilter.Item item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.text());
        icon.setIconCode(iconOf(item.filter()));
        count.setText(Integer.toString(item.count()));
        boolean danger = item.filter().kind() == KeyFilter.Kind.ATTENTION && item.count() > 0;
        if (!danger) count.getStyleClass().remove(Styles.DANGER);
        else if (!count.getStyleClass().contains(Styles.DANGER)) count.getStyleClass().add(Styles.DANGER);
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
