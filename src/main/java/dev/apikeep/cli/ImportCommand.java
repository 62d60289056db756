package dev.apikeep.cli;

import dev.apikeep.app.ImportResult;
import dev.apikeep.app.Importing;
import dev.apikeep.domain.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import a bundle (stdin: master password, then the bundle password) or a CSV"
        + " spreadsheet (columns: exchange, label, account, api_key, secret, passphrase, permissions, ip_whitelist,"
        + " created, expires, notes). One transaction: all rows or nothing.")
final class ImportCommand extends BaseCommand {
    enum Format {
        bundle(Importing.Kind.BUNDLE), csv(Importing.Kind.CSV);

        final Importing.Kind kind;

        Format(Importing.Kind kind) {
            this.kind = kind;
        }
    }

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--format", description = "bundle or csv (default: detected from the content)")
    Format format;

    @Option(names = "--skip-invalid", description = "CSV: import the valid rows and skip the invalid ones (default: import nothing if any row is invalid)")
    boolean skipInvalid;

    @Override
    public Integer call() {
        byte[] content = read();
        Importing.Kind kind = format != null ? format.kind : Importing.detect(content);
        return withVault(service -> {
            String source = kind.source(file);
            Importing importing = new Importing(service);
            ImportResult result;
            if (kind == Importing.Kind.BUNDLE) {
                result = fromBundle(importing, content, source);
            } else {
                result = importing.importCsv(content, skipInvalid, source, root.context().err()::println);
            }
            out().println(result.summary());
            result.conflicts().forEach(c -> out().println(Messages.format("cli.import.conflict", c)));
            return ExitCode.OK;
        });
    }

    private ImportResult fromBundle(Importing importing, byte[] content, String source) {
        char[] password = input().secretLine(Messages.get("cli.prompt.bundlePassword"));
        try {
            return importing.importBundle(content, password, source);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private byte[] read() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException(Messages.format("cli.cannotRead", String.valueOf(file), e.getMessage()));
        }
    }
}
