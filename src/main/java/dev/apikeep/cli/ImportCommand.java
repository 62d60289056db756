package dev.apikeep.cli;

import dev.apikeep.app.CsvImport;
import dev.apikeep.app.ExportBundle;
import dev.apikeep.app.ImportResult;
import dev.apikeep.app.Importing;
import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
                ExportBundle.Content bundle = fromBundle(content);
                result = importing.merge(bundle.entries(), bundle.events(), source);
            } else {
                result = importing.merge(fromCsv(content, service), source);
            }
            out().println(result.summary());
            result.conflicts().forEach(c -> out().println("conflict (kept the vault's version): " + c));
            return ExitCode.OK;
        });
    }

    private ExportBundle.Content fromBundle(byte[] content) {
        char[] password = input().secretLine("Bundle password");
        try {
            return ExportBundle.open(content, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private List<ApiKeyEntry> fromCsv(byte[] content, KeyService service) {
        CsvImport.Preview preview = Importing.readCsv(content, service.catalog(), service.today());
        if (preview.hasErrors()) {
            preview.invalidRows().forEach(row -> row.errors().forEach(root.context().err()::println));
            if (!skipInvalid) {
                throw new CliException(preview.invalidRows().size() + " of " + preview.rows().size()
                        + " rows are invalid (listed above); nothing was imported. Fix them or pass --skip-invalid");
            }
        }
        return preview.validEntries();
    }

    private byte[] read() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
