package dev.apikeep.cli;

import dev.apikeep.domain.SecretBytes;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
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
    private final InputStream stdin;
    private final Path passwordFile;

    public SecretInput(Console console, InputStream stdin, Path passwordFile) {
        this.console = console;
        // Read byte by byte, no Reader: a decoder's buffer would keep a copy of the password that
        // nobody wipes (seen in a heap dump). Context.system() passes the unbuffered descriptor.
        this.stdin = stdin;
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
        byte[] buffer = new byte[256];
        int length = 0;
        try {
            int c;
            while ((c = stdin.read()) != -1 && c != '\n') {
                if (length == buffer.length) buffer = grow(buffer);
                buffer[length++] = (byte) c;
            }
            if (c == -1 && length == 0) return null;
            if (length > 0 && buffer[length - 1] == '\r') length--;
            return SecretBytes.decodeUtf8(buffer, length);
        } catch (IOException e) {
            throw new CliException("cannot read standard input: " + e.getMessage());
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    private static byte[] grow(byte[] buffer) {
        byte[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
        Arrays.fill(buffer, (byte) 0);
        return bigger;
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
