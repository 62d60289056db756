package dev.apikeep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.app.Messages;
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
 * controllers and dialogs say {@code Messages.get("key")}, and every key used exists.
 */
class MessagesTest {
    private static final Path VIEWS = Path.of("src/main/resources/dev/apikeep/ui");
    private static final Path SOURCES = Path.of("src/main/java/dev/apikeep");
    private static final Pattern FXML_TEXT = Pattern.compile("\\b(?:text|promptText|accessibleText)=\"([^\"]*)\"");
    private static final Pattern KEY_USE = Pattern.compile("Messages\\.(?:get|format)\\(\"([^\"]+)\"\\s*[,)]");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Lines whose strings are not shown: ids, style classes, resources, logs, exceptions, threads; or marked. */
    /** Screens built while the bundle arrived, whose strings their owner moves next (remove the entry then). */
    private static final List<String> NOT_YET_MOVED = List.of();
    private static final Pattern NOT_SHOWN = Pattern.compile(
            "NON-NLS|setId\\(|getStyleClass|lookup|PseudoClass|new Thread\\(|Exception\\(|IconLiteral|getResource|Logger");

    @Test
    void fxmlTextsAreBundleKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path view : files(VIEWS, ".fxml")) {
            if (notYetMoved(VIEWS.relativize(view))) continue;
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

    /** Words in quotes in a controller or a dialog are a string someone forgot to put in the bundle. */
    @Test
    void controllersAndDialogsHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path source : files(SOURCES.resolve("ui"), ".java")) {
            String name = source.getFileName().toString();
            if (notYetMoved(SOURCES.resolve("ui").relativize(source))) continue;
            if (!name.endsWith("Controller.java") && !name.endsWith("Dialog.java") && !name.endsWith("Dialogs.java")) continue;
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = codeOf(lines.get(i));
                if (NOT_SHOWN.matcher(line).find()) continue;
                Matcher literal = LITERAL.matcher(KEY_USE.matcher(line).replaceAll("Messages.get(KEY"));
                while (literal.find()) {
                    if (looksLikeText(literal.group(1))) problems.add(SOURCES.relativize(source) + ":" + (i + 1) + ": \"" + literal.group(1) + "\"");
                }
            }
        }
        assertThat(problems).as("hard-coded user-visible strings (put them in messages.properties)").isEmpty();
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

    private static boolean notYetMoved(Path relative) {
        return NOT_YET_MOVED.contains(relative.getName(0).toString());
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
