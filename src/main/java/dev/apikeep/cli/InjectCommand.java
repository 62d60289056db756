package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.TemplateFormat;
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

    enum Format { json, yaml, env, raw }

    @Option(names = "--format", paramLabel = "json|yaml|env|raw",
            description = "how values are escaped (default: from FILE's name: .json, .yml/.yaml, .env; else raw)")
    Format format;

    @Option(names = "--allow-raw-specials", description = "raw: allow values with quotes, backslashes, line breaks or control characters")
    boolean allowRawSpecials;

    @Override
    public Integer call() {
        if (PrivateOutput.exists(output) && !force) {
            throw new CliException(Messages.format("cli.fileExists", String.valueOf(output)));
        }
        String text = readTemplate();
        return withKeys(keys -> {
            TemplateInjector.Rendered rendered = TemplateInjector.render(text, chosenFormat(), allowRawSpecials, keys::resolve);
            writePrivately(rendered.text());
            for (ApiKeyEntry entry : rendered.usedEntries()) keys.recordUse(entry, EventType.INJECT, output.getFileName().toString());
            root.context().err().println(Messages.format("cli.inject.wrote", String.valueOf(output), String.valueOf(rendered.usedEntries().size())));
            return ExitCode.OK;
        });
    }

    private TemplateFormat chosenFormat() {
        if (format == null) return TemplateFormat.forFile(output);
        return TemplateFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
    }

    private String readTemplate() {
        try {
            return Files.readString(template, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(Messages.format("cli.inject.cannotReadTemplate", String.valueOf(template), e.getMessage()));
        }
    }

    /** Mode 0600, moved into place when complete: never a half-written config. */
    private void writePrivately(String text) {
        PrivateOutput.write(output, text.getBytes(StandardCharsets.UTF_8));
    }
}
