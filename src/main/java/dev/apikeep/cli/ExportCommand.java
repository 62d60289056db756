package dev.apikeep.cli;

import dev.apikeep.app.Export;
import dev.apikeep.domain.Messages;
import dev.apikeep.app.PasswordPolicy;
import dev.apikeep.app.PrivateOutput;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write an encrypted backup bundle of all keys and the activity log."
        + " stdin: the master password, then the bundle's own password.")
final class ExportCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    @Override
    public Integer call() {
        if (PrivateOutput.exists(file) && !force) throw new CliException(Messages.format("cli.fileExists", String.valueOf(file)));
        return withVault(service -> {
            char[] bundlePassword = readBundlePassword();
            try {
                int count = Export.toFile(service, bundlePassword, file);
                root.context().err().println(Messages.format("cli.export.done", String.valueOf(count), String.valueOf(file)));
                return ExitCode.OK;
            } finally {
                Arrays.fill(bundlePassword, '\0');
            }
        });
    }

    private char[] readBundlePassword() {
        char[] password = input().secretLine(Messages.get("cli.prompt.bundlePassword"));
        String weak = PasswordPolicy.problem(password.length);
        if (weak != null) {
            Arrays.fill(password, '\0');
            throw new CliException(Messages.format("cli.export.weak", weak));
        }
        if (input().interactive()) {
            char[] again = input().secretLine(Messages.get("cli.prompt.repeatBundlePassword"));
            boolean same = Arrays.equals(password, again);
            Arrays.fill(again, '\0');
            if (!same) throw new CliException(Messages.get("cli.export.differ"));
        }
        return password;
    }

}
