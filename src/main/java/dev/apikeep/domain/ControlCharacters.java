package dev.apikeep.domain;

/**
 * Text that arrives from CSV files, bundles and other machines must stay inert on a terminal: an
 * escape sequence in a label could rewrite the screen, a carriage return could hide the rest of a
 * line. This names the characters that can do that (C0 and C1 controls, DEL, and the bidirectional
 * overrides that reorder what is displayed) and renders them as visible escapes.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** A C0 or C1 control character, DEL, or a bidirectional embedding/override/isolate. */
    public static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * The index of the first control character in {@code text}, or -1. With {@code multiLine},
     * newline and tab are allowed (notes); nothing else is.
     */
    public static int indexOfControl(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) continue; // printable ASCII, nearly all of a listing: two comparisons, not seven
            if (multiLine && (c == '\n' || c == '\t')) continue;
            if (isControl(c)) return i;
        }
        return -1;
    }

    /** "U+001B" for naming a character in an error without printing it. */
    public static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    /**
     * {@code text} with every control character but newline and tab written visibly: C0 as
     * {@code \x1b}, the rest as {@code \u009b} (which is also a valid escape inside a JSON string).
     */
    public static String visible(String text) {
        if (indexOfControl(text, true) < 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || !isControl(c)) out.append(c);
            else if (c < 0x20) out.append(String.format("\\x%02x", (int) c));
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}
