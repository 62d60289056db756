package dev.apikeep.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-visible string (the GUI, the CLI, and the texts app and domain hand them), from {@code dev/apikeep/messages.properties}
 * (UTF-8) and, once there are translations, {@code messages_<language>.properties} over it.
 * FXML reads the same strings as {@code %key} through {@link #bundle()}.
 *
 * <p>The pseudo-locale {@code xx} ({@code -Duser.language=xx}) shows every string as
 * {@code [text~~~~]}: in brackets and 40 % longer, so a screen at its minimum size shows which
 * labels would be cut off in a longer language and which strings are not in the bundle yet.
 *
 * <p>Plain {@link Properties}, not {@code ResourceBundle.getBundle}: the CLI's error path must stay
 * cheap to start (see {@code cli.QuickAnswers}).
 */
public final class Messages {
    public static final String PSEUDO_LANGUAGE = "xx";
    private static final String BASE = "/dev/apikeep/messages";
    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The string for {@code key}; a missing key is a bug the build catches ({@code MessagesTest}). */
    public static String get(String key) {
        String text = strings().getProperty(key);
        if (text == null) throw new IllegalArgumentException("no message " + key + " in messages.properties");
        return shown(text);
    }

    /** The string for {@code key} with {@code {0}}-style arguments ({@link MessageFormat}: a literal ' is written ''). */
    public static String format(String key, Object... arguments) {
        String pattern = strings().getProperty(key);
        if (pattern == null) throw new IllegalArgumentException("no message " + key + " in messages.properties");
        return shown(new MessageFormat(pattern, Locale.getDefault()).format(arguments));
    }

    /** The same strings as a {@link ResourceBundle}, for FXML's {@code %key}. */
    public static ResourceBundle bundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                String text = strings().getProperty(key);
                return text == null ? null : shown(text);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(strings().stringPropertyNames());
            }
        };
    }

    /** Every key, for tests. */
    public static java.util.Set<String> keys() {
        return strings().stringPropertyNames();
    }

    /** Brackets and 40 % more length in the pseudo-locale, the text itself otherwise. */
    static String shown(String text) {
        if (!PSEUDO_LANGUAGE.equals(Locale.getDefault().getLanguage())) return text;
        int extra = Math.max(1, Math.round(text.length() * 0.4f) - 2);
        return "[" + text + "~".repeat(extra) + "]";
    }

    private static Properties strings() {
        return BY_LANGUAGE.computeIfAbsent(Locale.getDefault().getLanguage(), Messages::load);
    }

    private static Properties load(String language) {
        Properties base = read(BASE + ".properties", null);
        if (base == null) throw new IllegalStateException("missing " + BASE + ".properties");
        Properties translated = read(BASE + "_" + language + ".properties", base);
        return translated == null ? base : translated;
    }

    private static Properties read(String resource, Properties defaults) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            Properties properties = new Properties(defaults);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
