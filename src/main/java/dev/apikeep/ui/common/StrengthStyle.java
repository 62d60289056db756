package dev.apikeep.ui.common;

import dev.apikeep.app.PasswordStrength;
import javafx.scene.Node;

/** The one look of a password meter and of "the passwords match/differ": red, amber, green. */
public final class StrengthStyle {
    private StrengthStyle() {
    }

    /** Styles each node for {@code level}: danger for weak, warning for fair, success for strong. */
    public static void apply(PasswordStrength.Level level, Node... nodes) {
        String style = switch (level) {
            case NONE -> null;
            case WEAK -> Styles.DANGER;
            case FAIR -> Styles.WARNING;
            case STRONG -> Styles.SUCCESS;
        };
        for (Node node : nodes) {
            node.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
            if (style != null) node.getStyleClass().add(style);
        }
    }

    /** Green when the two passwords match, red when they differ, plain while the second is empty. */
    public static void applyMatch(boolean secondEmpty, boolean matching, Node node) {
        apply(secondEmpty ? PasswordStrength.Level.NONE : matching ? PasswordStrength.Level.STRONG
                : PasswordStrength.Level.WEAK, node);
    }
}
