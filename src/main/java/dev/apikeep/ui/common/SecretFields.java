package dev.apikeep.ui.common;

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
}
