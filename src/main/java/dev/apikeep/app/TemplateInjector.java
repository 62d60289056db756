package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{ apikeep://<label or id>/<field> }}} references in a bot's config template.
 * Every reference is resolved before any text is produced, so an unknown reference fails the
 * whole render (naming the first one) and nothing half-filled is ever written.
 */
public final class TemplateInjector {
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*apikeep://([^}]+?)/([A-Za-z_-]+)\\s*}}");

    private TemplateInjector() {
    }

    /** A reference found in a template, with the line it stands on (1-based) for error messages. */
    public record Reference(String ref, String field, int line) {
    }

    public static List<Reference> references(String template) {
        List<Reference> refs = new ArrayList<>();
        Matcher m = REFERENCE.matcher(template);
        while (m.find()) refs.add(new Reference(m.group(1).trim(), m.group(2), lineOf(template, m.start())));
        return refs;
    }

    /**
     * Renders the template. {@code resolve} finds an entry by reference and throws when there is none;
     * that failure is reported with the reference and its line.
     *
     * @return the rendered text and the entries that were used (for the activity log)
     */
    public static Rendered render(String template, Function<String, ApiKeyEntry> resolve) {
        return render(template, TemplateFormat.RAW, true, resolve);
    }

    /**
     * Renders for a format: every value is encoded for it ({@link TemplateFormat}), and a JSON or
     * YAML result that would not parse is refused, so nothing unparseable is ever written.
     */
    public static Rendered render(String template, TemplateFormat format, boolean allowRawSpecials,
                                  Function<String, ApiKeyEntry> resolve) {
        Map<String, ApiKeyEntry> entries = new LinkedHashMap<>();
        for (Reference r : references(template)) {
            CredentialFields.canonical(r.field()); // unknown field names fail before anything is read
            if (entries.containsKey(r.ref())) continue;
            try {
                entries.put(r.ref(), resolve.apply(r.ref()));
            } catch (RuntimeException notFound) {
                throw new InvalidInputException(Messages.format("template.unknownReference", String.valueOf(r.line()), r.ref(),
                        r.field(), notFound.getMessage()));
            }
        }
        Matcher m = REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            ApiKeyEntry entry = entries.get(m.group(1).trim());
            String value = format.encode(CredentialFields.value(entry, m.group(2)), betweenQuotes(template, m),
                    allowRawSpecials, lineOf(template, m.start()));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String text = out.toString();
        format.requireParses(text);
        return new Rendered(text, List.copyOf(entries.values()));
    }

    /** The filled template and the entries it used. */
    public record Rendered(String text, List<ApiKeyEntry> usedEntries) {
        @Override
        public String toString() {
            return "Rendered[" + usedEntries.size() + " entries]";
        }
    }

    /** True when the reference sits inside double quotes: {@code "{{ apikeep://x/secret }}"} or {@code "k-{{ ... }}"}. */
    private static boolean betweenQuotes(String template, Matcher m) {
        int lineStart = template.lastIndexOf('\n', m.start() - 1) + 1;
        int quotesBefore = 0;
        for (int i = lineStart; i < m.start(); i++) {
            if (template.charAt(i) == '\\') i++;
            else if (template.charAt(i) == '"') quotesBefore++;
        }
        return quotesBefore % 2 == 1;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
