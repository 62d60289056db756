package dev.apikeep.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the master password and secrets without ever taking them from arguments. On a terminal it
 * prompts without echo; otherwise standard input is read line by line in the order a command names
 * (password first, unless {@code --password-file} gives it). Lines are read into char arrays, never
 * Strings, so callers can wipe them.
 */
public final class SecretInput {
    private final Console console;
    private final Reader stdin;
    private final Path passwordFile;

    public SecretInput(Console console, InputStream stdin, Path passwordFile) {
        this.console = console;
        this.stdin = new InputStreamReader(stdin, StandardCharsets.UTF_8);
        this.passwordFile = passwordFile;
    }

    /** The master password: from the password file, the terminal, or the next stdin line. */
    public char[] masterPassword(String prompt) {
        if (passwordFile != null) return firstLineOf(passwordFile);
        return secretLine(prompt);
    }

    /** One secret: prompted without echo on a terminal, else the next line of standard input. */
    public char[] secretLine(String prompt) {
        if (console != null) {
            char[] typed = console.readPassword("%s: ", prompt);
            if (typed == null) throw new CliException("no input for " + prompt + " (end of input)");
            return typed;
        }
        char[] line = nextLine();
        if (line == null) {
            throw new CliException("expected " + prompt + " on the next line of standard input, but input ended");
        }
        return line;
    }

    /** Reads a whole file (e.g. a PEM private key) exactly as it is, trailing newline included. */
    public static byte[] wholeFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private char[] nextLine() {
        char[] buffer = new char[256];
        int length = 0;
        try {
            int c;
            while ((c = stdin.read()) != -1 && c != '\n') {
                if (length == buffer.length) buffer = grow(buffer);
                buffer[length++] = (char) c;
            }
            if (c == -1 && length == 0) return null;
        } catch (IOException e) {
            throw new CliException("cannot read standard input: " + e.getMessage());
        }
        if (length > 0 && buffer[length - 1] == '\r') length--;
        char[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return line;
    }

    private static char[] grow(char[] buffer) {
        char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
        Arrays.fill(buffer, '\0');
        return bigger;
    }

    private static char[] firstLineOf(Path file) {
        byte[] bytes = wholeFile(file);
        try {
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n') end++;
            if (end > 0 && bytes[end - 1] == '\r') end--;
            java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes, 0, end));
            char[] password = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return password;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
