package dev.apikeep.ui.keys;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * The main window's top bar: where its controls do not fit with their words (a window at its
 * minimum width; with the words the bar needs some 1,000 px, the window may be 900), the buttons
 * styled {@value #ICON_WHEN_NARROW} show only their icons (their tooltips and accessible texts keep
 * the words), so none is cut off at the window's right edge. Its minimum width is the one with the
 * icons only, so the window gives it the room there is, and each layout decides from that width.
 */
public final class TopBar extends HBox {
    static final String ICON_WHEN_NARROW = "icon-when-narrow";
    /** Room needed beyond the estimate before the words come back, so a width at the edge does not flip them at every layout. */
    private static final double SLACK = 4;

    private boolean iconsOnly;

    @Override
    protected double computeMinWidth(double height) {
        return super.computeMinWidth(height) - (iconsOnly ? 0 : wordsWidth());
    }

    @Override
    protected void layoutChildren() {
        double withWords = iconsOnly ? super.computeMinWidth(-1) + wordsWidth() + SLACK : super.computeMinWidth(-1);
        showIconsOnly(getWidth() < withWords);
        super.layoutChildren();
    }

    private void showIconsOnly(boolean only) {
        if (only == iconsOnly) return;
        iconsOnly = only;
        for (Node child : getChildren()) {
            if (shrinks(child)) ((Labeled) child).setContentDisplay(only ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
    }

    /** What the shrinking buttons' words add to the bar: each text's width and its gap to the icon (measured by a Text of its own). */
    private double wordsWidth() {
        double width = 0;
        for (Node child : getChildren()) {
            if (!shrinks(child) || ((Labeled) child).getText() == null) continue;
            Labeled button = (Labeled) child;
            Text words = new Text(button.getText());
            words.setFont(button.getFont());
            width += Math.ceil(words.getLayoutBounds().getWidth()) + button.getGraphicTextGap();
        }
        return width;
    }

    private static boolean shrinks(Node child) {
        return child instanceof Labeled && child.isManaged() && child.getStyleClass().contains(ICON_WHEN_NARROW);
    }
}
