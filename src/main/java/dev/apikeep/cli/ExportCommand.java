package dev.apikeep.cli;

import dev.apikeep.app.Export;
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
        if (PrivateOutput.exists(file) && !force) throw new CliException(file + " exists; pass --force to overwrite it");
        return withVault(service -> {
            char[] bundlePassword = readBundlePassword();
            try {
                int count = Export.toFile(service, bundlePassword, file);
                root.context().err().println("Exported " + count + " keys to " + file);
                return ExitCode.OK;
            } finally {
                Arrays.fill(bundlePassword, '\0');
            }
        });
    }

    private char[] readBundlePassword() {
        char[] password = input().secretLine("Bundle password");
        String weak = PasswordPolicy.problem(password.length);
        if (weak != null) {
            Arrays.fill(password, '\0');
            throw new CliException("bundle password " + weak + "; nothing was exported");
        }
        if (input().interactive()) {
            char[] again = input().secretLine("Repeat the bundle password");
            boolean same = Arrays.equals(password, again);
            Arrays.fill(again, '\0');
            if (!same) throw new CliException("the two bundle passwords differ; nothing was exported");
        }
        return password;
    }

}
