package dev.apikeep.cli;

import dev.apikeep.domain.ControlCharacters;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as every command prints to them: text passes through
 * {@link ControlCharacters#visible}, so a label, note or error holding an escape sequence shows as
 * {@code \x1b[...} instead of acting on the terminal. Raw bytes ({@code write}) pass untouched:
 * that is how {@code get} prints a secret exactly as stored.
 */
final class InertPrintStream extends PrintStream {
    InertPrintStream(PrintStream target) {
        super(target, true, StandardCharsets.UTF_8);
    }

    static PrintStream wrap(PrintStream stream) {
        return stream instanceof InertPrintStream ? stream : new InertPrintStream(stream);
    }

    // PrintStream's println, printf and append all end in print(String) for a subclass.
    @Override
    public void print(String s) {
        super.print(ControlCharacters.visible(String.valueOf(s)));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }
}
