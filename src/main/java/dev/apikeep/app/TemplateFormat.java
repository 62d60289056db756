package dev.apikeep.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikeep.domain.ControlCharacters;
import dev.apikeep.domain.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How a value is written into a config template so that it stays one value of that format: a
 * quote, backslash or newline in a secret (a PEM key) or an account must not end the string and
 * start new settings. A reference inside the format's quotes gets the quoted form's escapes; a bare
 * reference becomes a complete quoted string. JSON and YAML results are parsed before anything is
 * written.
 */
public enum TemplateFormat {
    JSON, YAML, ENV, RAW;

    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** By the output file's name: .json, .yml/.yaml, .env (also "x.env" and ".env"); anything else is raw. */
    public static TemplateFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return JSON;
        if (name.endsWith(".yml") || name.endsWith(".yaml")) return YAML;
        if (name.endsWith(".env") || name.equals(".env")) return ENV;
        return RAW;
    }

    /**
     * {@code value} as it must appear at a reference; {@code quoted} says the template already put
     * the reference between double quotes. Throws {@link InvalidInputException} (naming the line,
     * never the value) when the format cannot carry it.
     */
    String encode(String value, boolean quoted, boolean allowRawSpecials, int line) {
        String inner = switch (this) {
            case JSON -> jsonEscaped(value);
            case YAML -> yamlEscaped(value);
            case ENV -> envEscaped(value, line);
            case RAW -> raw(value, allowRawSpecials, line);
        };
        return quoted || this == RAW ? inner : '"' + inner + '"';
    }

    /** Refuses a result that does not parse as this format, naming where the parser stopped. */
    void requireParses(String rendered) {
        switch (this) {
            case JSON -> {
                try {
                    STRICT_JSON.readTree(rendered);
                } catch (IOException e) {
                    throw notParsing("JSON", e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            && j.getLocation() != null ? line(j.getLocation().getLineNr()) : "");
                }
            }
            case YAML -> {
                try {
                    new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(rendered).forEach(document -> { });
                } catch (RuntimeException e) {
                    String where = e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null
                            ? line(m.getProblemMark().getLine() + 1) : "";
                    throw notParsing("YAML", where);
                }
            }
            default -> { }
        }
    }

    private static String line(long number) {
        return Messages.format("template.line", String.valueOf(number));
    }

    private static InvalidInputException notParsing(String format, String where) {
        // The parser's own message quotes the text around the problem, which may be a secret: not shown.
        return new InvalidInputException(Messages.format("template.notParsing", format,
                where.isEmpty() ? "" : Messages.format("template.at", where)));
    }

    /** JSON string escapes; C0, C1 and the JavaScript line separators as {@code \\uXXXX}. */
    private static String jsonEscaped(String value) {
        return backslashEscaped(value, c -> c < 0x20 || ControlCharacters.isControl((char) c) || c == '\u2028' || c == '\u2029');
    }

    /** The escapes of a YAML double-quoted scalar (YAML 1.1 and 1.2 agree on these); a BOM is escaped too. */
    private static String yamlEscaped(String value) {
        return backslashEscaped(value, c -> ControlCharacters.isControl((char) c) || c == '\u2028' || c == '\u2029' || c == '\ufeff');
    }

    /** Quote, backslash, newline, return and tab as JSON and YAML write them; {@code asUnicode} chars as {@code \\uXXXX}. */
    private static String backslashEscaped(String value, IntPredicate asUnicode) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (asUnicode.test(c)) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * A dotenv double-quoted value: backslash, quote and newline escaped. A "$" followed by "{" or
     * a letter would be expanded by docker compose and python-dotenv, and their escapes differ: refused.
     */
    private static String envEscaped(String value, int line) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '$' && i + 1 < value.length() && (value.charAt(i + 1) == '{' || Character.isLetter(value.charAt(i + 1)))) {
                throw new InvalidInputException(Messages.format("template.envDollar", String.valueOf(line)));
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (ControlCharacters.isControl(c)) {
                        throw new InvalidInputException(Messages.format("template.envControl", String.valueOf(line),
                                ControlCharacters.codePoint(c)));
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String raw(String value, boolean allowSpecials, int line) {
        if (allowSpecials) return value;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\'' || c == '\\' || ControlCharacters.isControl(c)) {
                String what = c == '"' || c == '\'' ? Messages.get("template.special.quote")
                        : c == '\\' ? Messages.get("template.special.backslash")
                        : c == '\n' ? Messages.get("template.special.lineBreak")
                        : Messages.format("template.special.control", ControlCharacters.codePoint(c));
                throw new InvalidInputException(Messages.format("template.rawSpecial", String.valueOf(line), what));
            }
        }
        return value;
    }
}
