package dev.apikeep.ui.reminders;

import dev.apikeep.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows a {@link ReminderSummary} as a ControlsFX notification in the window's top-right corner;
 * clicking it runs {@code onClick} (the main window selects "Needs attention").
 */
public final class ReminderNotice {
    public static final Duration SHOW_FOR = Duration.seconds(20);

    private ReminderNotice() {
    }

    public static void show(Window owner, ReminderSummary summary, boolean dark, Runnable onClick) {
        boolean critical = summary.level() == ReminderSummary.Level.CRITICAL;
        FontIcon icon = new FontIcon(critical ? Feather.ALERT_OCTAGON : Feather.CLOCK);
        icon.setIconSize(28);
        icon.getStyleClass().add(critical ? "reminder-critical" : "reminder-warning");
        icon.setStyle("-fx-icon-color: " + (critical ? "-color-danger-fg" : "-color-warning-fg") + ";");
        Notifications n = Notifications.create()
                .owner(owner)
                .title(summary.title())
                .text(summary.text() + "\nClick to see the keys that need attention.")
                .graphic(icon)
                .position(Pos.TOP_RIGHT)
                .hideAfter(SHOW_FOR)
                .styleClass("apikeep-reminder", critical ? Styles.DANGER : Styles.WARNING)
                .onAction(e -> onClick.run());
        if (dark) n.darkStyle();
        n.show();
    }
}
