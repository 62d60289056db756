package dev.apikeep.vault;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one JSON object from UTF-8 bytes, value by value: the entry plaintexts the vault decodes
 * by the ten thousand. Jackson set up a parser per entry (buffers, encoding detection, a symbol
 * table) and its large methods took long to compile in a fresh JVM; this reads strictly (RFC 8259:
 * no comments, no unquoted names, no raw control characters in strings) and only what the entry
 * format needs. Text is decoded into one buffer that {@link #wipe()} clears, so a secret read
 * through it leaves no copy behind.
 *
 * <p>Not thread-safe; one per entry or per thread.
 */
final class JsonReader {
    private final byte[] in;
    private final int end;
    private int at;
    private char[] text = new char[128];
    private int textLength;
    private boolean firstField;

    JsonReader(byte[] json) {
        this.in = json;
        this.end = json.length;
    }

    /** The opening brace of the object. */
    void beginObject() {
        expect('{');
        firstField = true;
    }

    /** The next field's name (its colon read too), or null after the object's closing brace. */
    String nextName() {
        int c = next();
        if (c == '}') {
            at++;
            return null;
        }
        if (!firstField) expect(',');
        firstField = false;
        String name = string();
        expect(':');
        return name;
    }

    /** True, and the literal consumed, when the next value is {@code null}. */
    boolean nextIsNull() {
        if (next() != 'n') return false;
        literal("null");
        return true;
    }

    /** The next value, a string. */
    String nextString() {
        return string();
    }

    /**
     * The next value, a string, as characters in this reader's buffer: valid up to the next read,
     * from index 0 to {@link #textLength()}. A secret is copied from here, and {@link #wipe()} clears it.
     */
    char[] nextStringChars() {
        readString();
        return text;
    }

    int textLength() {
        return textLength;
    }

    /** The next value, an integer that fits an {@code int}. */
    int nextInt() {
        next();
        int start = at;
        if (at < end && in[at] == '-') at++;
        while (at < end && in[at] >= '0' && in[at] <= '9') at++;
        if (at == start || (at == start + 1 && in[start] == '-')) throw invalid("a number");
        return Integer.parseInt(new String(in, start, at - start, StandardCharsets.US_ASCII));
    }

    /** The next value, {@code true} or {@code false}. */
    boolean nextBoolean() {
        if (next() == 't') {
            literal("true");
            return true;
        }
        literal("false");
        return false;
    }

    /** The next value, an array of strings. */
    List<String> nextStringList() {
        expect('[');
        List<String> values = new ArrayList<>();
        if (next() == ']') {
            at++;
        } else {
            do {
                values.add(string());
            } while (nextIs(',', ']'));
        }
        return values;
    }

    /** Skips the next value, whatever it is (a field a newer version added). */
    void skipValue() {
        int c = next();
        switch (c) {
            case '"' -> readString();
            case '{' -> skipElements('}', true);
            case '[' -> skipElements(']', false);
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> skipNumber();
        }
    }

    /** Skips an object's fields ({@code named}) or an array's elements, and the {@code close} after them. */
    private void skipElements(char close, boolean named) {
        at++;
        if (next() == close) {
            at++;
            return;
        }
        do {
            if (named) {
                string();
                expect(':');
            }
            skipValue();
        } while (nextIs(',', close));
    }

    /** Clears the text buffer (which may have held a secret). */
    void wipe() {
        Arrays.fill(text, '\0');
        textLength = 0;
    }

    private void skipNumber() {
        int start = at;
        while (at < end && "+-0123456789.eE".indexOf(in[at]) >= 0) at++;
        if (at == start) throw invalid("a value");
    }

    /** After an element: true on {@code more} (consumed), false on {@code close} (consumed). */
    private boolean nextIs(char more, char close) {
        int c = next();
        at++;
        if (c == more) return true;
        if (c == close) return false;
        throw invalid("'" + more + "' or '" + close + "'");
    }

    private String string() {
        readString();
        return new String(text, 0, textLength);
    }

    /** Reads a string value into {@link #text}, decoding UTF-8 and escapes. */
    private void readString() {
        expect('"');
        textLength = 0;
        while (true) {
            if (at >= end) throw invalid("the end of a string");
            int b = in[at++] & 0xff;
            if (b == '"') return;
            if (b == '\\') {
                append(escaped());
            } else if (b < 0x20) {
                throw invalid("no control character in a string");
            } else if (b < 0x80) {
                append((char) b);
            } else {
                multiByte(b);
            }
        }
    }

    private char escaped() {
        if (at >= end) throw invalid("an escape");
        int c = in[at++];
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> hex4();
            default -> throw invalid("an escape");
        };
    }

    private char hex4() {
        if (at + 4 > end) throw invalid("four hex digits");
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[at++], 16);
            if (digit < 0) throw invalid("four hex digits");
            value = value << 4 | digit;
        }
        return (char) value;
    }

    /** A character of two to four UTF-8 bytes; four make a surrogate pair. */
    private void multiByte(int first) {
        int extra;
        int value;
        if ((first & 0xe0) == 0xc0) {
            extra = 1;
            value = first & 0x1f;
        } else if ((first & 0xf0) == 0xe0) {
            extra = 2;
            value = first & 0x0f;
        } else if ((first & 0xf8) == 0xf0) {
            extra = 3;
            value = first & 0x07;
        } else {
            throw invalid("UTF-8");
        }
        if (at + extra > end) throw invalid("UTF-8");
        for (int i = 0; i < extra; i++) {
            int b = in[at++] & 0xff;
            if ((b & 0xc0) != 0x80) throw invalid("UTF-8");
            value = value << 6 | (b & 0x3f);
        }
        if (value >= 0x10000) {
            if (value > Character.MAX_CODE_POINT) throw invalid("UTF-8");
            append(Character.highSurrogate(value));
            append(Character.lowSurrogate(value));
        } else {
            append((char) value);
        }
    }

    private void append(char c) {
        if (textLength == text.length) {
            char[] grown = Arrays.copyOf(text, text.length * 2);
            Arrays.fill(text, '\0');
            text = grown;
        }
        text[textLength++] = c;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (at >= end || in[at++] != word.charAt(i)) throw invalid(word);
        }
    }

    private void expect(char c) {
        if (next() != c) throw invalid("'" + c + "'");
        at++;
    }

    /** The next byte that is not white space, not consumed; -1 at the end. */
    private int next() {
        while (at < end) {
            byte b = in[at];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return b;
            at++;
        }
        return -1;
    }

    /** Says where, never what: the bytes may hold a secret. */
    private IllegalArgumentException invalid(String expected) {
        return new IllegalArgumentException("expected " + expected + " at byte " + at);
    }
}
