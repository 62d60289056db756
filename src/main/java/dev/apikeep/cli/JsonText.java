package dev.apikeep.cli;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text of maps, lists, strings, numbers and booleans, laid out exactly as Jackson's default
 * pretty printer does. Written by hand so the commands a bot runs ({@code get}, {@code list}) print
 * JSON without loading Jackson databind: with {@code --kit} they must start in a blink.
 */
final class JsonText {
    private static final String NEWLINE = System.lineSeparator();

    private JsonText() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof Collection<?> list) {
            array(out, list, depth);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getSimpleName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{ }");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> fields = map.entrySet().iterator();
        while (fields.hasNext()) {
            Map.Entry<?, ?> field = fields.next();
            out.append(NEWLINE).append("  ".repeat(depth + 1));
            string(out, String.valueOf(field.getKey()));
            out.append(" : ");
            write(out, field.getValue(), depth + 1);
            if (fields.hasNext()) out.append(',');
        }
        out.append(NEWLINE).append("  ".repeat(depth)).append('}');
    }

    private static void array(StringBuilder out, Collection<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[ ]");
            return;
        }
        out.append("[ ");
        Iterator<?> items = list.iterator();
        while (items.hasNext()) {
            write(out, items.next(), depth);
            if (items.hasNext()) out.append(", ");
        }
        out.append(" ]");
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04X", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
