package dev.apikeep.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its node. A {@link Tooltip} is a popup window
 * with a scene of its own: a screenful of key rows made some 50 of them, nearly all never shown,
 * while the rows were built after the unlock. The text is also the node's accessible help at once.
 */
public final class LazyTooltip {
    private static final Object TEXT = new Object();

    private LazyTooltip() {
    }

    /** Gives {@code node} a tooltip saying {@code text} (replacing one set before by this class). */
    public static void set(Control node, String text) {
        node.setAccessibleHelp(text);
        if (node.getTooltip() != null) {
            node.getTooltip().setText(text);
            return;
        }
        boolean handlerInstalled = node.getProperties().containsKey(TEXT);
        node.getProperties().put(TEXT, text);
        if (handlerInstalled) return;
        EventHandler<MouseEvent> onFirstHover = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                node.setTooltip(new Tooltip((String) node.getProperties().remove(TEXT)));
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, onFirstHover);
    }
}
