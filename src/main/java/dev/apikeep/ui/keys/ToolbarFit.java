package dev.apikeep.ui.keys;

import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * The top bar in a narrow window: below the width its controls need with their words, the buttons
 * styled {@value #ICON_WHEN_NARROW} show only their icons (their tooltips and accessible texts keep
 * the words), so none is cut off at the window's right edge at its minimum size (with the words the
 * bar needs some 1,000 px; the window may be 900). Decided when the window's width changes, before
 * the layout it causes, on whichever thread sizes it (the FX thread, or the build before it is shown).
 */
final class ToolbarFit {
    static final String ICON_WHEN_NARROW = "icon-when-narrow";

    private final Region window;
    private final Region bar;
    private final List<Labeled> shrinkable;
    /** How much narrower the bar's minimum is with the icons only: measured when they went (-1 while the words show). */
    private double savedByIcons = -1;

    private ToolbarFit(Region window, Region bar) {
        this.window = window;
        this.bar = bar;
        this.shrinkable = bar.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains(ICON_WHEN_NARROW))
                .map(Labeled.class::cast).toList();
    }

    /** Fits {@code bar} to the width of {@code window}, the main window's root, from now on. */
    static void install(Region window, Region bar) {
        ToolbarFit fit = new ToolbarFit(window, bar);
        window.widthProperty().addListener((o, was, now) -> fit.fit());
        fit.fit();
    }

    private void fit() {
        double available = window.getWidth() - window.snappedLeftInset() - window.snappedRightInset();
        if (available <= 0) return; // not sized yet
        if (savedByIcons < 0) {
            double withWords = bar.minWidth(-1);
            if (available >= withWords) return;
            show(ContentDisplay.GRAPHIC_ONLY);
            savedByIcons = Math.max(0, withWords - bar.minWidth(-1));
        } else if (available >= bar.minWidth(-1) + savedByIcons) {
            show(ContentDisplay.LEFT);
            savedByIcons = -1;
        }
    }

    private void show(ContentDisplay display) {
        for (Labeled button : shrinkable) button.setContentDisplay(display);
    }
}
