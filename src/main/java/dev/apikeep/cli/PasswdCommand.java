package dev.apikeep.cli;

import dev.apikeep.app.KdfSettings;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.PasswordPolicy;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "passwd", description = {
        "Change the master password. Standard input: the old password, then the new one (on a terminal: the new one twice).",
        "Only the data key is rewrapped: one small write, whatever the vault's size. The old password stops working."})
final class PasswdCommand extends BaseCommand {
    @Option(names = "--kdf-memory", paramLabel = "MiB", description = "new Argon2id memory in MiB (default: keep the current setting)")
    Integer memoryMiB;

    @Option(names = "--kdf-iterations", paramLabel = "N", description = "new Argon2id passes (default: keep)")
    Integer iterations;

    @Option(names = "--kdf-parallelism", paramLabel = "N", description = "new Argon2id lanes (default: keep)")
    Integer parallelism;

    @Override
    public Integer call() {
        return withVault(service -> {
            KdfSettings current = service.kdf();
            KdfSettings kdf = KdfSettings.ofMebibytes(
                    memoryMiB != null ? memoryMiB : current.memoryMiB(),
                    iterations != null ? iterations : current.iterations(),
                    parallelism != null ? parallelism : current.parallelism());
            if (kdf.problem() != null) throw new CliException(Messages.format("cli.kdf.tooWeak", kdf.problem()), ExitCode.USAGE);
            char[] password = input().secretLine(Messages.get("cli.prompt.newMasterPassword"));
            try {
                String weak = PasswordPolicy.problem(password.length);
                if (weak != null) throw new CliException(Messages.format("cli.passwd.weak", weak));
                if (input().interactive()) confirm(password);
                service.changePassword(password, kdf);
            } finally {
                Arrays.fill(password, '\0');
            }
            out().println(Messages.format("cli.passwd.done", String.valueOf(kdf)));
            return ExitCode.OK;
        });
    }

    private void confirm(char[] password) {
        char[] again = input().secretLine(Messages.get("cli.prompt.repeatNewMasterPassword"));
        try {
            if (!Arrays.equals(password, again)) throw new CliException(Messages.get("cli.passwd.differ"));
        } finally {
            Arrays.fill(again, '\0');
        }
    }
}
