package dev.apikeep.cli;

import dev.apikeep.app.KdfSettings;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.PasswordPolicy;
import dev.apikeep.app.Session;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", description = "Create a new vault. Reads the master password twice (terminal) or once (stdin).")
final class InitCommand extends BaseCommand {
    @Option(names = "--kdf-memory", paramLabel = "MiB", description = "Argon2id memory in MiB (default ${DEFAULT-VALUE}, at least 19)")
    int memoryMiB = KdfSettings.DEFAULT.memoryMiB();

    @Option(names = "--kdf-iterations", paramLabel = "N", description = "Argon2id passes (default ${DEFAULT-VALUE}, at least 2)")
    int iterations = KdfSettings.DEFAULT.iterations();

    @Option(names = "--kdf-parallelism", paramLabel = "N", description = "Argon2id lanes (default ${DEFAULT-VALUE})")
    int parallelism = KdfSettings.DEFAULT.parallelism();

    @Override
    public Integer call() {
        KdfSettings kdf = KdfSettings.ofMebibytes(memoryMiB, iterations, parallelism);
        if (kdf.problem() != null) throw new CliException(Messages.format("cli.kdf.tooWeak", kdf.problem()), ExitCode.USAGE);
        char[] password = input().masterPassword(Messages.get("cli.prompt.newMasterPassword"));
        try {
            String weak = PasswordPolicy.problem(password.length);
            if (weak != null) throw new CliException(Messages.format("cli.init.weak", weak));
            if (input().interactive() && root.passwordFile == null) confirm(password);
            try (Session ignored = Session.create(root.vaultPath(), password, kdf, Session.Claim.SHARED,
                    root.context().catalog(), root.context().clock(), root.context().keyDerivation())) {
                out().println(Messages.format("cli.init.done", String.valueOf(root.vaultPath()), String.valueOf(kdf)));
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCode.OK;
    }

    private void confirm(char[] password) {
        char[] again = input().secretLine(Messages.get("cli.prompt.repeatMasterPassword"));
        try {
            if (!Arrays.equals(password, again)) throw new CliException(Messages.get("cli.init.differ"));
        } finally {
            Arrays.fill(again, '\0');
        }
    }
}
