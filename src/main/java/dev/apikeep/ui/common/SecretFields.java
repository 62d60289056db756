package dev.apikeep.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * Reads passwords out of text fields without leaving them behind. A JavaFX text field keeps what
 * was typed in a {@code StringBuilder}, and {@code clear()} only resets its length: the characters
 * stay in memory for as long as the field lives (a heap dump after unlock and lock found the master
 * password there). Overwriting them with as many spaces first writes over the same bytes.
 */
public final class SecretFields {
    private SecretFields() {
    }

    /** The field's text, after which the field is overwritten and emptied; the caller wipes the result. */
    public static char[] take(TextInputControl field) {
        char[] chars = field.getText().toCharArray();
        wipe(field);
        return chars;
    }

    /** Overwrites the field's characters in place, then empties it. */
    public static void wipe(TextInputControl field) {
        int length = field.getLength();
        // Spaces, not NULs: text fields drop control characters from what is inserted.
        if (length > 0) field.replaceText(0, length, " ".repeat(length));
        field.clear();
    }

    /**
     * Overwrites and empties every text field and area under {@code root}: for a dialog that held
     * secrets, once it is closed (its result already holds its own copies). The editors of spinners,
     * combo boxes and date pickers are left alone: they hold a value, never a secret, and emptying
     * them would commit an empty value.
     */
    public static void wipeAll(Parent root) {
        for (Node node : root.lookupAll(".text-input")) {
            if (node instanceof TextInputControl field && !isValueEditor(field)) wipe(field);
        }
        // A shown text area keeps its last text laid out for drawing; a hidden dialog gets no
        // further pulse, so lay it out now, which drops that copy too.
        root.applyCss();
        root.layout();
    }

    private static boolean isValueEditor(Node field) {
        for (Node up = field.getParent(); up != null; up = up.getParent()) {
            if (up instanceof Spinner || up instanceof ComboBoxBase) return true;
        }
        return false;
    }
}
