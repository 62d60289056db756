package dev.apikeep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code apikeep [--vault FILE] [--password-file FILE] get REF [--field F] [--format value|json|ccxt]},
 * and a bot's {@code --kit FILE get REF}, run without picocli: building its model (loading and
 * verifying picocli's classes, reading the annotations through generated proxies) was more than half
 * of a cold {@code --kit get} (issue 14) and a sixth of a vault {@code get}'s sampled time (issue 15
 * goal 2; see bench/RESULTS.md). The same {@link GetCommand} runs, with the same fields picocli
 * would set and the same error reporting, so output and exit codes are the same. Only plain,
 * complete arguments are taken here; anything else (help, {@code --}, {@code @files}, a repeated or
 * unknown option, a value picocli would refuse, a kit token file without a kit) goes to picocli,
 * which answers it. QuickGetTest runs each case both ways and compares.
 */
final class QuickGet {
    private QuickGet() {
    }

    /** The exit code when {@code args} are a plain {@code get}, run here; empty when picocli must answer. */
    static OptionalInt run(String[] args, ApiKeepCli root) {
        GetCommand get = parse(args, root);
        if (get == null) return OptionalInt.empty();
        try {
            return OptionalInt.of(get.call());
        } catch (Exception failure) {
            return OptionalInt.of(new ErrorReporter(root).reportFailure(failure));
        }
    }

    /** The command with its fields set as picocli would set them, or null for anything less plain. */
    private static GetCommand parse(String[] args, ApiKeepCli root) {
        GetCommand get = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@") || arg.equals("--")) return null;   // picocli expands @files, ends options at --
            if (!arg.startsWith("-")) {
                if (get == null && !arg.equals("get")) return null;
                if (get != null && get.ref != null) return null;
                if (get == null) {
                    get = new GetCommand();
                    get.root = root;
                } else {
                    get.ref = arg;
                }
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (!seen.add(name)) return null;   // picocli refuses an option given twice
            if (get == null && arg.equals("--debug")) {
                root.debug = true;
                continue;
            }
            String value = equals > 0 ? arg.substring(equals + 1) : (i + 1 < args.length ? args[++i] : null);
            if (!plainValue(value)) return null;
            if (!(get == null ? setRootOption(root, name, value) : setGetOption(get, name, value))) return null;
        }
        boolean kitOptionsFit = root.kit != null || root.kitTokenFile == null;   // picocli refuses a token file alone
        return get != null && get.ref != null && kitOptionsFit ? get : null;
    }

    /** A value picocli takes as it is: not empty, not an option, not the command's name, not an @file. */
    private static boolean plainValue(String value) {
        return value != null && !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@") && !value.equals("get");
    }

    private static boolean setRootOption(ApiKeepCli root, String name, String value) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            return false;
        }
        switch (name) {
            case "--kit" -> root.kit = path;
            case "--kit-token-file" -> root.kitTokenFile = path;
            case "--vault" -> root.vault = path;
            case "--password-file" -> root.passwordFile = path;
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean setGetOption(GetCommand get, String name, String value) {
        switch (name) {
            case "--field" -> get.field = value;
            case "--format" -> {
                GetCommand.Format format = formatNamed(value);
                if (format == null) return false;
                get.format = format;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static GetCommand.Format formatNamed(String value) {
        for (GetCommand.Format format : GetCommand.Format.values()) {
            if (format.name().equals(value)) return format;
        }
        return null;
    }
}
