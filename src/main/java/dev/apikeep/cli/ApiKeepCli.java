package dev.apikeep.cli;

import dev.apikeep.app.KeyDerivation;
import dev.apikeep.app.VaultLocation;
import dev.apikeep.domain.ExchangeCatalog;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options and the context every subcommand shares. */
@Command(name = "apikeep", mixinStandardHelpOptions = true, versionProvider = ApiKeepCli.VersionProvider.class,
        description = "A vault for crypto-exchange API keys. The master password is read from the terminal,"
                + " the first line of standard input, or --password-file; never from arguments.")
public final class ApiKeepCli implements Runnable {
    @Option(names = "--vault", paramLabel = "FILE", description = "the vault file (default: $APIKEEP_VAULT or the per-user data folder)")
    Path vault;

    @Option(names = "--password-file", paramLabel = "FILE", description = "read the master password from the first line of FILE (also $APIKEEP_PASSWORD_FILE)")
    Path passwordFile;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Option(names = "--kit", paramLabel = "FILE", description = "read keys from this bot kit instead of a vault"
            + " (with get, exec, inject and list); its token comes from $APIKEEP_KIT_TOKEN, --kit-token-file,"
            + " $CREDENTIALS_DIRECTORY/apikeep-kit-token or the first line of standard input")
    Path kit;

    @Option(names = "--kit-token-file", paramLabel = "FILE", description = "read the kit's token from the first line of FILE")
    Path kitTokenFile;

    private final Context context;

    ApiKeepCli(Context context) {
        this.context = context;
    }

    /**
     * Streams, environment and clock: injected so tests run the real commands in-process. A null
     * catalog means the bundled one, read when first asked for: reading it loads Jackson databind,
     * which a bot reading its kit must not wait for. {@code keyDerivation} chooses the Argon2
     * engines; null means the program's standard ones (a test gives a faulty one), looked up only
     * when a vault is opened, so a kit's path loads nothing of Argon2.
     */
    public record Context(InputStream in, PrintStream out, PrintStream err, Terminal terminal,
                          Map<String, String> env, Clock clock, ExchangeCatalog catalog, KeyDerivation keyDerivation) {
        public Context(InputStream in, PrintStream out, PrintStream err, Terminal terminal,
                       Map<String, String> env, Clock clock, ExchangeCatalog catalog) {
            this(in, out, err, terminal, env, clock, catalog, null);
        }

        /** The same context with stdout and stderr rendering control characters visibly (see {@link InertPrintStream}). */
        Context inert() {
            return new Context(in, InertPrintStream.wrap(out), InertPrintStream.wrap(err), terminal, env, clock, catalog,
                    keyDerivation);
        }

        public static Context system() {
            // The raw descriptor, not System.in: System.in's buffer would keep the password unwiped.
            return new Context(new java.io.FileInputStream(java.io.FileDescriptor.in), System.out, System.err, Terminal.system(System.err), System.getenv(),
                    new SystemClock(), null);
        }

        @Override
        public KeyDerivation keyDerivation() {
            return keyDerivation != null ? keyDerivation : KeyDerivation.standard();
        }

        @Override
        public ExchangeCatalog catalog() {
            return catalog != null ? catalog : BundledCatalog.INSTANCE;
        }

        /** Read when an exchange is first looked at: opening a vault for `get` never does. */
        private static final class BundledCatalog {
            static final ExchangeCatalog INSTANCE = ExchangeCatalog.lazyDefault();
        }
    }

    Context context() {
        return context;
    }

    Path vaultPath() {
        if (vault != null) return vault;
        return VaultLocation.resolve(null, context.env(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    private SecretInput secretInput;

    /** One reader for the whole run: stdin is buffered, so a second reader would lose lines. */
    SecretInput secretInput() {
        if (secretInput == null) secretInput = newSecretInput();
        return secretInput;
    }

    private SecretInput newSecretInput() {
        Path file = passwordFile;
        if (file == null && context.env().get("APIKEEP_PASSWORD_FILE") != null) {
            file = Path.of(context.env().get("APIKEEP_PASSWORD_FILE"));
        }
        return new SecretInput(context.terminal(), context.in(), file);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(context.out());
    }

    public static int run(String[] args, Context given) {
        ApiKeepCli root = new ApiKeepCli(given.inert());
        java.util.OptionalInt quick = QuickGet.run(args, root);
        return quick.isPresent() ? quick.getAsInt() : runParsed(args, new ApiKeepCli(given.inert()));
    }

    /** Every command line through picocli (the root's options not yet set). */
    static int runParsed(String[] args, ApiKeepCli root) {
        Context context = root.context();
        CommandLine commandLine = new CommandLine(root, new CommandFactory(root));
        for (Class<?> command : commandsToBuild(args)) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setExecutionExceptionHandler(new ErrorReporter(root));
        commandLine.setParameterExceptionHandler(new ErrorReporter(root));
        commandLine.setExecutionStrategy(parsed -> {
            KitOptions.refuseWhereNotRead(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine.execute(args);
    }

    /**
     * picocli reads the annotations of every command it is given, up front: a tenth of a cold `get`.
     * So when the arguments name a command, only that one is built; otherwise (a typo, no command)
     * all are, so the answer covers the whole tool. With --kit only the reading commands exist.
     */
    static List<Class<?>> commandsToBuild(String[] args) {
        List<Class<?>> candidates = KitOptions.requested(args) ? KitOptions.READING_COMMANDS : Commands.ALL;
        String name = firstCommandName(args);
        for (Class<?> command : candidates) {
            if (command.getAnnotation(Command.class).name().equals(name)) return List.of(command);
        }
        return candidates;
    }

    /** The first argument that is not one of the root's own options or their values. */
    private static String firstCommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Boolean takesValue = Commands.ROOT_OPTIONS.get(arg);
            if (takesValue != null) {
                if (takesValue) i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            } else if (!arg.contains("=")) {
                return null;   // --help, -V or an unknown option: picocli answers for the whole tool
            }
        }
        return null;
    }

    /**
     * The commands and the root's options, made when picocli is about to run: loading every command
     * class and reading annotations (through generated proxies) is time a bot's kit get never needs.
     */
    private static final class Commands {
        static final List<Class<?>> ALL = List.of(
                InitCommand.class, ExchangesCommand.class, AddCommand.class, ListCommand.class, ShowCommand.class,
                GetCommand.class, EditCommand.class, RevokeCommand.class, RmCommand.class, LogCommand.class,
                PasswdCommand.class, CheckCommand.class, AuditCommand.class, RemindersCommand.class,
                RotateCommand.class, ExportCommand.class, ImportCommand.class, ExecCommand.class, InjectCommand.class,
                CompareCommand.class, KitCommand.class);

        /** The root's own options, read from its fields so a new one cannot be missed: name → whether a value follows. */
        static final Map<String, Boolean> ROOT_OPTIONS = rootOptions();

        private static Map<String, Boolean> rootOptions() {
            Map<String, Boolean> options = new java.util.HashMap<>();
            for (java.lang.reflect.Field field : ApiKeepCli.class.getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                if (option == null) continue;
                for (String name : option.names()) options.put(name, field.getType() != boolean.class);
            }
            return options;
        }
    }

    public static void main(String[] args) {
        if (QuickAnswers.answer(args, System.out)) return;
        System.exit(run(args, Context.system()));
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {QuickAnswers.version()};
        }
    }

    /** Gives every subcommand the root (and so the context) without static state. */
    private record CommandFactory(ApiKeepCli root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ApiKeepCli.class) return type.cast(root);
            K instance = CommandLine.defaultFactory().create(type);
            if (instance instanceof BaseCommand command) command.root = root;
            return instance;
        }
    }
}
