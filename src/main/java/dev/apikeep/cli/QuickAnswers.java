package dev.apikeep.cli;

import dev.apikeep.app.Version;
import java.io.PrintStream;

/**
 * {@code apikeep --version} and {@code apikeep --help} answered without picocli: building its model
 * of every command (loading and verifying each command class and the types it names) was most of
 * their start-up. The help text is picocli's own usage, kept in {@link HelpText}; QuickAnswersTest
 * fails when the two differ and prints the text to put there.
 */
final class QuickAnswers {
    private QuickAnswers() {
    }

    /** True when {@code args} asked for the version or the top-level help, now printed to {@code out}. */
    static boolean answer(String[] args, PrintStream out) {
        if (args.length != 1) return false;
        switch (args[0]) {
            case "--version", "-V" -> out.println(version());
            case "--help", "-h" -> out.print(helpText().replace("\n", System.lineSeparator()));
            default -> {
                return false;
            }
        }
        out.flush();
        return true;
    }

    static String version() {
        return "apikeep " + Version.current();
    }

    static String helpText() {
        return HelpText.USAGE;
    }
}
