package dev.apikeep.cli;

import dev.apikeep.app.TemplateInjector;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.vault.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inject", description = "Fill {{ apikeep://<label or id>/<field> }} references in a config template;"
        + " the output gets mode 0600 and nothing is written if any reference is unknown.")
final class InjectCommand extends BaseCommand {
    @Option(names = "--in", required = true, paramLabel = "TEMPLATE")
    Path template;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path output;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(output) && !force) {
            throw new CliException(output + " exists; pass --force to overwrite it");
        }
        String text = readTemplate();
        return withVault(service -> {
            TemplateInjector.Rendered rendered = TemplateInjector.render(text, service::resolve);
            writePrivately(rendered.text());
            for (ApiKeyEntry entry : rendered.usedEntries()) service.recordUse(entry, EventType.INJECT, output.getFileName().toString());
            root.context().err().println("Wrote " + output + " (" + rendered.usedEntries().size() + " key(s), mode 0600)");
            return ExitCode.OK;
        });
    }

    private String readTemplate() {
        try {
            return Files.readString(template, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot read the template " + template + ": " + e.getMessage());
        }
    }

    /** Writes beside the target with mode 0600 first, then moves it into place: never a half-written config. */
    private void writePrivately(String text) {
        Path dir = output.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + output.getFileName() + ".apikeep-tmp");
        try {
            Files.deleteIfExists(temp);
            PrivateFiles.createFile(temp);
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp file is 0600; nothing more to protect
            }
            throw new CliException("cannot write " + output + ": " + e.getMessage());
        }
    }
}
