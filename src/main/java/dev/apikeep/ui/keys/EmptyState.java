package dev.apikeep.ui.keys;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the key list shows when it has no rows: opening, an empty vault (how to add the first key), or no match. */
final class EmptyState {
    private EmptyState() {
    }

    static Region of(KeysModel model, Runnable add) {
        VBox box = new VBox(10);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        box.getStyleClass().add(Styles.EMPTY_STATE);
        if (model.loadingProperty().get()) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(32, 32);
            Label title = new Label(Messages.get("keys.empty.opening"));
            title.getStyleClass().add(Styles.TITLE_4);
            box.getChildren().addAll(spinner, title);
            box.setId("loadingState");
        } else if (model.isEmptyVault()) {
            FontIcon icon = new FontIcon(Feather.KEY);
            icon.setIconSize(40);
            Label title = new Label(Messages.get("keys.empty.title"));
            title.getStyleClass().add(Styles.TITLE_3);
            Label text = new Label(Messages.get("keys.empty.text"));
            text.setWrapText(true);
            text.getStyleClass().add(Styles.TEXT_MUTED);
            Button addFirst = new Button(Messages.get("keys.empty.addFirst"), new FontIcon(Feather.PLUS));
            addFirst.getStyleClass().add(Styles.ACCENT);
            addFirst.setOnAction(e -> add.run());
            box.getChildren().addAll(icon, title, text, addFirst);
        } else {
            Label title = new Label(Messages.get("keys.noMatch.title"));
            title.getStyleClass().add(Styles.TITLE_4);
            Label text = new Label(Messages.get("keys.noMatch.text"));
            text.setWrapText(true);
            text.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().addAll(title, text);
        }
        return box;
    }
}
