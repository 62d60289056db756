package dev.apikeep.ui.reminders;

import dev.apikeep.domain.Messages;
import dev.apikeep.ui.common.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows a {@link ReminderSummary} as a toast in the main window's top-right corner; a click on it
 * runs {@code onClick} (the main window selects "Needs attention") and closes it.
 *
 * <p>Why not ControlsFX {@code Notifications}: tried first; under the AtlantaFX theme its popup
 * stylesheet fails ({@code .notification-bar > .pane} background: ClassCastException in
 * CssStyleHelper), so it drew with a transparent background over the top bar's buttons, and its
 * popup scene ignores the theme's colours. An in-window node follows the light/dark theme and is
 * found by TestFX like any other node.
 */
public final class ReminderNotice {
    public static final Duration SHOW_FOR = Duration.seconds(30);

    private ReminderNotice() {
    }

    /** Adds the toast on top of {@code host}'s content; returns it (already showing). */
    public static Region show(StackPane host, ReminderSummary summary, Runnable onClick) {
        boolean critical = summary.level() == ReminderSummary.Level.CRITICAL;
        FontIcon icon = new FontIcon(critical ? Feather.ALERT_OCTAGON : Feather.CLOCK);
        icon.setIconSize(22);
        icon.getStyleClass().add(Styles.TOAST_ICON);
        Label title = new Label(summary.title());
        title.getStyleClass().addAll(Styles.TOAST_TITLE);
        Label text = new Label(summary.text());
        text.setId("reminderText");
        text.setWrapText(true);
        Label hint = new Label(Messages.get("reminders.clickToShow"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.TOAST_CLOSE);
        close.setId("reminderClose");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(4, head, text, hint);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox toast = new HBox(12, icon, body);
        toast.setId("reminderToast");
        toast.getStyleClass().addAll(Styles.REMINDER_TOAST, critical ? Styles.DANGER : Styles.WARNING);
        toast.setMaxSize(400, Region.USE_PREF_SIZE);
        toast.setPrefWidth(400);
        StackPane.setAlignment(toast, Pos.TOP_RIGHT);
        StackPane.setMargin(toast, new Insets(12, 16, 0, 0));
        PauseTransition timer = new PauseTransition(SHOW_FOR);
        Runnable hide = () -> {
            timer.stop();
            host.getChildren().remove(toast);
        };
        close.setOnAction(e -> hide.run());
        toast.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getTarget() instanceof javafx.scene.Node n && isInside(n, close)) return;
            hide.run();
            onClick.run();
        });
        timer.setOnFinished(e -> hide.run());
        host.getChildren().add(toast);
        timer.play();
        return toast;
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node parent) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) if (p == parent) return true;
        return false;
    }
}
