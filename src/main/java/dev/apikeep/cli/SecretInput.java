package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.SecretBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Reads the master password and secrets without ever taking them from arguments. When standard
 * input is a terminal it prompts (on stderr) and reads from the terminal without echo, whatever
 * standard output is; otherwise standard input is read line by line in the order a command names
 * (password first, unless {@code --password-file} gives it). Lines are read into char arrays, never
 * Strings, so callers can wipe them.
 */
public final class SecretInput {
    private final Terminal terminal;
    private final InputStream stdin;
    private final Path passwordFile;

    SecretInput(Terminal terminal, InputStream stdin, Path passwordFile) {
        this.terminal = terminal;
        // Read byte by byte, no Reader: a decoder's buffer would keep a copy of the password that
        // nobody wipes (seen in a heap dump). Context.system() passes the unbuffered descriptor.
        this.stdin = stdin;
        this.passwordFile = passwordFile;
    }

    /** Lines of {@code stdin} only, no terminal: for tools and tests that feed a child process. */
    public static SecretInput fromStream(InputStream stdin) {
        return new SecretInput(null, stdin, null);
    }

    /** The master password: from the password file, the terminal, or the next stdin line. */
    public char[] masterPassword(String prompt) {
        return masterPassword(() -> prompt);
    }

    /**
     * As above, the prompt made only when it is shown or named in an error: reading the texts'
     * bundle is a cold command's time that a password from a file or a pipe does not need.
     */
    public char[] masterPassword(Supplier<String> prompt) {
        if (passwordFile != null) return firstLineOf(passwordFile);
        return secretLine(prompt);
    }

    /** One secret: prompted without echo on a terminal, else the next line of standard input. */
    public char[] secretLine(String prompt) {
        return secretLine(() -> prompt);
    }

    private char[] secretLine(Supplier<String> prompt) {
        if (interactive()) {
            String shown = prompt.get();
            char[] typed = terminal.readHidden(shown);
            if (typed == null) throw new CliException(Messages.format("cli.input.none", shown));
            return typed;
        }
        char[] line = nextLine();
        if (line == null) {
            throw new CliException(Messages.format("cli.input.ended", prompt.get()));
        }
        return line;
    }

    /** Whether prompts are answered on a terminal (so a new password is asked twice, a deletion confirmed). */
    public boolean interactive() {
        return terminal != null && terminal.interactive();
    }

    /** A visible yes/no question on the terminal; only when {@link #interactive()}. */
    String askVisible(String prompt) {
        return terminal.readVisible(prompt);
    }

    /** Reads a whole file (e.g. a PEM private key) exactly as it is, trailing newline included. */
    public static byte[] wholeFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException(Messages.format("cli.cannotRead", String.valueOf(file), e.getMessage()));
        }
    }

    private char[] nextLine() {
        return LineReader.readLine(stdin, Messages.get("cli.input.stdin"));
    }

    /** The first line of a file (password or token file), as wipeable characters. */
    static char[] firstLineOf(Path file) {
        byte[] bytes = wholeFile(file);
        try {
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n') end++;
            if (end > 0 && bytes[end - 1] == '\r') end--;
            return SecretBytes.decodeUtf8(bytes, end);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
