package dev.apikeep.cli;

import java.io.Console;

/**
 * Windows (and any system without /dev/tty): Java's console. It exists only when both standard
 * input and output are the console, so with output redirected the CLI reads standard input instead.
 */
final class ConsoleTerminal implements Terminal {
    private final Console console;

    ConsoleTerminal(Console console) {
        this.console = console;
    }

    @Override
    public boolean interactive() {
        return console != null;
    }

    @Override
    public char[] readHidden(String prompt) {
        return console.readPassword("%s: ", prompt);
    }

    @Override
    public String readVisible(String prompt) {
        return console.readLine("%s", prompt);
    }
}
