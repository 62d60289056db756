package dev.apikeep.cli;

import dev.apikeep.app.TemplateInjector;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.app.PrivateOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inject", description = "Fill {{ apikeep://<label or id>/<field> }} references in a config template;"
        + " the output gets mode 0600 and nothing is written if any reference is unknown.")
final class InjectCommand extends BaseCommand implements KitOptions.ReadsKits {
    @Option(names = "--in", required = true, paramLabel = "TEMPLATE")
    Path template;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path output;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    @Override
    public Integer call() {
        if (PrivateOutput.exists(output) && !force) {
            throw new CliException(output + " exists; pass --force to overwrite it");
        }
        String text = readTemplate();
        return withKeys(keys -> {
            TemplateInjector.Rendered rendered = TemplateInjector.render(text, keys::resolve);
            writePrivately(rendered.text());
            for (ApiKeyEntry entry : rendered.usedEntries()) keys.recordUse(entry, EventType.INJECT, output.getFileName().toString());
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

    /** Mode 0600, moved into place when complete: never a half-written config. */
    private void writePrivately(String text) {
        PrivateOutput.write(output, text.getBytes(StandardCharsets.UTF_8));
    }
}
