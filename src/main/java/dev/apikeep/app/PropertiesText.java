package dev.apikeep.app;

import java.util.Properties;
import java.util.TreeSet;

/**
 * Properties as the text {@link Properties#load(java.io.InputStream)} reads back (ISO-8859-1,
 * anything else as {@code \\uXXXX}), keys sorted, without the date line {@link Properties#store}
 * always writes: formatting that date looks up the time zone's display name, which loads the
 * locale data and the time-zone database, a cold command's largest single cost after the KDF on
 * the path that remembers a vault ({@link SeenVaults}; bench/RESULTS.md, "fixed cost").
 */
final class PropertiesText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private PropertiesText() {
    }

    /** {@code comment} (one line, plain ASCII) as a {@code #} line, then {@code key=value} lines. */
    static String of(Properties properties, String comment) {
        StringBuilder text = new StringBuilder("#").append(comment).append('\n');
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            escape(key, text);
            text.append('=');
            escape(properties.getProperty(key), text);
            text.append('\n');
        }
        return text.toString();
    }

    /** Escapes every character load() would otherwise read as syntax, whitespace or a line end. */
    private static void escape(String value, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', ' ', '=', ':', '#', '!' -> text.append('\\').append(c);
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c >= 0x20 && c <= 0x7e) text.append(c);
                    else text.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                            .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                }
            }
        }
    }
}
