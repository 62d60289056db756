package dev.apikeep.cli;

/**
 * The user's terminal, for prompts that must not go to standard output (which a script may have
 * redirected: {@code S=$(apikeep get X)}) and answers that must not be echoed.
 */
interface Terminal {
    /** Bytes in one line of input at most: a runaway pipe or a pasted file is an error, not a password. */
    int MAX_LINE_BYTES = 64 * 1024;

    /** Whether standard input is this terminal: only then are prompts shown and answers read from it. */
    boolean interactive();

    /** Shows {@code prompt} and reads one line with echo off; null at end of input. */
    char[] readHidden(String prompt);

    /** Shows {@code prompt} and reads one line with echo on (a yes/no answer); null at end of input. */
    String readVisible(String prompt);

    /** The terminal this process runs under: /dev/tty on Unix, the console elsewhere; never null. */
    static Terminal system(java.io.PrintStream prompts) {
        return UnixTerminal.supported() ? new UnixTerminal(prompts) : new ConsoleTerminal(System.console());
    }
}
