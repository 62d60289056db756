package dev.apikeep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string is in {@code messages.properties} (issue 12 §6): FXML says {@code %key},
 * Java says {@code Messages.get("key")} or {@code Messages.format("key", ...)}, and every key used exists.
 */
class MessagesTest {
    private static final Path VIEWS = Path.of("src/main/resources/dev/apikeep/ui");
    private static final Path SOURCES = Path.of("src/main/java/dev/apikeep");
    private static final Pattern FXML_TEXT = Pattern.compile("\\b(?:text|promptText|accessibleText)=\"([^\"]*)\"");
    private static final Pattern KEY_USE = Pattern.compile("Messages\\.(?:get|format)\\(\"([^\"]+)\"\\s*[,)]");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /**
     * Data, not text: a constant named for what it is, an activity-log detail ({@code _DETAIL}: stored
     * in the vault, the same in every language), an id written in JSON ({@code _ID}), a file's comment.
     * The others app adds: KDF info labels, OS messages matched, paths, a sample password, a name's pattern.
     */
    private static final String DATA_CONSTANT = "static final (?:String|List<String>) [A-Z_]*(?:_DETAIL|_ID|_COMMENT|_ADVICE) = ";
    /**
     * Code whose strings are never shown to anyone: ids, style classes, resources, date and regex
     * patterns, clipboard formats, system settings read, log lines, and a programmer's error (an
     * exception type a user never reads: the GUI shows {@code ErrorText}, the CLI its own texts).
     * Not here: {@code AppException}, {@code InvalidInputException}, {@code CliException}; their texts are shown.
     */
    private static final Pattern NOT_SHOWN = Pattern.compile("setId\\(|getStyleClass|lookup\\(|PseudoClass|new Thread\\("
            + "|IconLiteral|getResource|Logger|\\.log\\(|ofPattern\\(|Pattern\\.compile\\(|_PATTERN =|DataFormat|runner\\.run\\("
            + "|new (?:IllegalStateException|IllegalArgumentException|UncheckedIOException|AssertionError|UnsupportedOperationException)\\("
            + "|" + DATA_CONSTANT + "|_INFO = |\\.store\\(|\\.matches\\(\"|message\\.contains\\(|Path\\.of\\(|char\\[\\] sample = ");
    /** picocli's usage text, from the @Command/@Option annotations (help is picocli's, not ours to bundle). */
    private static final Pattern PICOCLI_ANNOTATION = Pattern.compile("^\\s*@(?:picocli\\.CommandLine\\.)?(?:Command|Option|Parameters|ArgGroup)\\b");
    /** The same usage text pre-rendered for a fast --help; QuickAnswersTest keeps it equal to picocli's. */
    private static final String PICOCLI_HELP = "cli/HelpText.java";
    /** An id or name built from a variable and a word ({@code field + "Reveal"}): a name, not text. */
    private static final Pattern ID_SUFFIX = Pattern.compile("\\w \\+ \"[A-Z][A-Za-z]*\"");

    @Test
    void fxmlTextsAreBundleKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path view : files(VIEWS, ".fxml")) {
            Matcher text = FXML_TEXT.matcher(Files.readString(view));
            while (text.find()) {
                String value = text.group(1);
                if (!value.startsWith("%") && value.chars().anyMatch(Character::isLetter)) {
                    problems.add(VIEWS.relativize(view) + ": \"" + value + "\" (use %key)");
                } else if (value.startsWith("%") && !Messages.keys().contains(value.substring(1))) {
                    problems.add(VIEWS.relativize(view) + ": no key " + value);
                }
            }
        }
        assertThat(problems).as("FXML texts not in messages.properties").isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path source : files(SOURCES, ".java")) {
            Matcher use = KEY_USE.matcher(Files.readString(source));
            while (use.find()) {
                if (!Messages.keys().contains(use.group(1))) missing.add(SOURCES.relativize(source) + ": " + use.group(1));
            }
        }
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    /** A key written twice silently loses its first text (the last one wins): two helpers' keys must not collide. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        List<String> keys = Files.readAllLines(Path.of("src/main/resources/dev/apikeep/messages.properties")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
        assertThat(keys.stream().filter(key -> keys.indexOf(key) != keys.lastIndexOf(key)).distinct().toList())
                .as("keys written twice in messages.properties").isEmpty();
    }

    /** Words in quotes in any ui class are a string someone forgot to put in the bundle. */
    @Test
    void uiHasNoHardCodedText() throws IOException {
        assertThat(hardCodedText("ui")).as("hard-coded user-visible strings in ui (put them in messages.properties)").isEmpty();
    }

    /** The CLI's output and error texts (a CliException's message is printed); picocli's help comes from the annotations. */
    @Test
    void cliHasNoHardCodedText() throws IOException {
        assertThat(hardCodedText("cli")).as("hard-coded user-visible strings in cli (put them in messages.properties)").isEmpty();
    }

    /** app's texts reach the user through the GUI and the CLI: an AppException's or InvalidInputException's message, a warning, an outcome. */
    @Test
    void appHasNoHardCodedText() throws IOException {
        assertThat(hardCodedText("app")).as("hard-coded user-visible strings in app (put them in messages.properties)").isEmpty();
    }

    static List<String> hardCodedText(String layer) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path source : files(SOURCES.resolve(layer), ".java")) {
            String relative = SOURCES.relativize(source).toString();
            if (relative.equals(PICOCLI_HELP)) continue;
            List<String> lines = Files.readAllLines(source);
            int annotationDepth = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = codeOf(lines.get(i)).replaceAll("'(?:[^'\\\\]|\\\\.)'", "' '");
                if (i > 0 && lines.get(i - 1).contains("public String toString()")) continue; // a developer's view of a value
                if (annotationDepth == 0 && !PICOCLI_ANNOTATION.matcher(line).find()) {
                    if (NOT_SHOWN.matcher(line).find()) continue;
                } else {
                    annotationDepth += parentheses(line);
                    continue;
                }
                String withoutKeys = ID_SUFFIX.matcher(KEY_USE.matcher(line).replaceAll("Messages.get(KEY")).replaceAll("");
                Matcher literal = LITERAL.matcher(withoutKeys);
                while (literal.find()) {
                    if (looksLikeText(literal.group(1))) problems.add(SOURCES.relativize(source) + ":" + (i + 1) + ": \"" + literal.group(1) + "\"");
                }
            }
        }
        return problems;
    }

    @Test
    void thePseudoLocaleBracketsAndLengthensEveryString() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale(Messages.PSEUDO_LANGUAGE));
            String shown = Messages.get("button.cancel");
            assertThat(shown).startsWith("[Cancel").endsWith("]");
            assertThat(shown.length()).isGreaterThanOrEqualTo((int) Math.ceil("Cancel".length() * 1.4));
            assertThat(Messages.bundle().getString("button.close")).startsWith("[Close").endsWith("]");
            assertThat(Messages.format("keys.shown", 3)).startsWith("[3 shown");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(Messages.get("button.cancel")).isEqualTo("Cancel");
    }

    /** Words with a space, or a capitalised word; the brand name alone is not translated. */
    static boolean looksLikeText(String literal) {
        if (literal.equals("ApiKeep") || !literal.matches(".*[A-Za-z]{2}.*")) return false;
        return literal.strip().contains(" ") || literal.matches("[A-Z][a-z].*");
    }

    /** Opened minus closed parentheses outside string literals: how far an annotation's arguments go on. */
    private static int parentheses(String line) {
        String code = LITERAL.matcher(line).replaceAll("");
        return (int) (code.chars().filter(c -> c == '(').count() - code.chars().filter(c -> c == ')').count());
    }

    /** The line without a trailing // comment or a comment line's text. */
    private static String codeOf(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) return "";
        int comment = line.indexOf(" // ");
        return comment < 0 ? line : line.substring(0, comment);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
