package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The controlling terminal on Unix, used whenever standard input is a terminal, whatever standard
 * output is. Java 17's {@code System.console()} is null as soon as stdout is redirected, which used
 * to make the CLI read the password from stdin with echo on and no prompt. Here prompts go to
 * stderr, answers are read from {@code /dev/tty}, and echo is switched off with {@code stty} around
 * a hidden read and restored afterwards, also when the JVM is interrupted (Ctrl+C).
 */
final class UnixTerminal implements Terminal {
    private static final File TTY = new File("/dev/tty");

    private final PrintStream prompts;
    private Boolean interactive;

    UnixTerminal(PrintStream prompts) {
        this.prompts = prompts;
    }

    static boolean supported() {
        return File.separatorChar == '/' && TTY.exists();
    }

    @Override
    public boolean interactive() {
        if (interactive == null) interactive = stdinIsTerminal() && canOpenTty();
        return interactive;
    }

    @Override
    public char[] readHidden(String prompt) {
        String saved = stty("-g");
        Thread restore = new Thread(() -> stty(saved));
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            stty("-echo");   // before the prompt: whatever is typed once the prompt shows must not echo
            prompts.print(prompt + ": ");
            prompts.flush();
            return readTtyLine();
        } finally {
            stty(saved);
            removeHook(restore);
            prompts.println();   // the Enter the user typed was not echoed
        }
    }

    @Override
    public String readVisible(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        char[] line = readTtyLine();
        return line == null ? null : new String(line);
    }

    private static char[] readTtyLine() {
        try (InputStream tty = new FileInputStream(TTY)) {
            return LineReader.readLine(tty, Messages.get("cli.terminal.name"));
        } catch (IOException e) {
            throw new CliException(Messages.format("cli.terminal.cannotRead", e.getMessage()));
        }
    }

    /** Linux names the descriptor's target in /proc; elsewhere {@code test -t 0} asks the same of stdin. */
    private static boolean stdinIsTerminal() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (Files.isSymbolicLink(fd0)) {
            try {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException e) {
                return false;
            }
        }
        try {
            Process test = new ProcessBuilder("test", "-t", "0").redirectInput(ProcessBuilder.Redirect.INHERIT).start();
            return test.waitFor(5, TimeUnit.SECONDS) && test.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean canOpenTty() {
        try (InputStream ignored = new FileInputStream(TTY)) {
            return true;
        } catch (IOException e) {
            return false;   // no controlling terminal (a daemon, setsid)
        }
    }

    /** Runs {@code stty args} on /dev/tty and returns what it printed; a failure leaves the terminal as it was. */
    private static String stty(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "stty";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process stty = new ProcessBuilder(command).redirectInput(TTY)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String printed = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(5, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                throw new CliException(Messages.get("cli.terminal.sttyFailed"));
            }
            return printed;
        } catch (IOException e) {
            throw new CliException(Messages.format("cli.terminal.echo", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(Messages.get("cli.terminal.interrupted"));
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it restores the terminal itself
        }
    }
}
