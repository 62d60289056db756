package dev.apikeep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Style classes are constants in {@link Styles} (issue 12 §8): each names a selector a stylesheet
 * has (or is listed as unstyled), and no ui class spells a style class as a string literal.
 */
class StylesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/apikeep");
    private static final Path UI_SOURCES = Path.of("src/main/java/dev/apikeep/ui");
    private static final List<String> THEMES = List.of("/atlantafx/base/theme/primer-light.css", "/atlantafx/base/theme/primer-dark.css");
    private static final Pattern SELECTOR = Pattern.compile("\\.([a-zA-Z][a-zA-Z0-9_-]*)");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyStyledConstantIsASelectorOfAStylesheet() throws IOException {
        Set<String> selectors = selectors();
        List<String> problems = new ArrayList<>();
        constants().forEach((name, value) -> {
            boolean prefix = value.endsWith("-");
            boolean styled = prefix ? selectors.stream().anyMatch(s -> s.startsWith(value)) : selectors.contains(value);
            if (Styles.UNSTYLED.contains(value) && styled) problems.add(name + " is styled now: take it off Styles.UNSTYLED");
            if (!Styles.UNSTYLED.contains(value) && !styled) problems.add(name + " = ." + value + " has no selector in any stylesheet");
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noUiClassSpellsAStyleClassAsALiteral() throws IOException {
        Set<String> classes = new HashSet<>(constants().values());
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = source.getFileName().toString();
                if (name.equals("Styles.java")) continue;
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    Matcher literal = LITERAL.matcher(line);
                    while (literal.find()) {
                        String value = literal.group(1);
                        boolean styling = line.contains("getStyleClass()") || line.contains("styleClass");
                        if (styling || (value.contains("-") && classes.contains(value)) || classes.contains(value) && line.contains("->")) {
                            problems.add(UI_SOURCES.relativize(source) + ":" + (i + 1) + ": \"" + value + "\" (use a Styles constant)");
                        }
                    }
                }
            }
        }
        assertThat(problems).as("style classes as string literals").isEmpty();
    }

    /** Styles' public String constants by field name (its style classes). */
    private static Map<String, String> constants() {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : Styles.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() != String.class || !Modifier.isStatic(modifiers) || !Modifier.isPublic(modifiers)) continue;
            try {
                constants.put(field.getName(), (String) field.get(null));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return constants;
    }

    /** Every class selector in ApiKeep's stylesheets and the AtlantaFX themes it loads. */
    private static Set<String> selectors() throws IOException {
        StringBuilder css = new StringBuilder();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path sheet : files.filter(f -> f.toString().endsWith(".css")).toList()) css.append(Files.readString(sheet));
        }
        for (String theme : THEMES) {
            try (InputStream in = Styles.class.getResourceAsStream(theme)) {
                assertThat(in).as(theme).isNotNull();
                css.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String withoutComments = css.toString().replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> selectors = new HashSet<>();
        Matcher selector = SELECTOR.matcher(withoutComments.replaceAll("\\{[^}]*}", "{}"));
        while (selector.find()) selectors.add(selector.group(1));
        return selectors;
    }
}
