package dev.apikeep.ui.common;

import dev.apikeep.app.Settings;
import java.net.URL;

/**
 * AtlantaFX's style-class names and theme stylesheets, without loading any AtlantaFX class.
 *
 * <p>Why: atlantafx-base 2.1.0 is compiled for Java 21 (class file version 65) while ApiKeep
 * targets Java 17, so {@code atlantafx.base.theme.Styles} or {@code PrimerLight} cannot even be
 * loaded. The theme itself is plain CSS in the same jar ({@code atlantafx/base/theme/primer-*.css})
 * and works on Java 17; these constants carry the same names as AtlantaFX's {@code Styles}, so the
 * code can switch back to the library's class once the project moves to Java 21.
 */
public final class Styles {
    public static final String SUCCESS = "success";
    public static final String WARNING = "warning";
    public static final String DANGER = "danger";
    public static final String ACCENT = "accent";
    public static final String FLAT = "flat";
    public static final String BUTTON_ICON = "button-icon";
    public static final String BUTTON_OUTLINED = "button-outlined";
    public static final String TITLE_3 = "title-3";
    public static final String TITLE_4 = "title-4";
    public static final String TEXT_MUTED = "text-muted";
    public static final String TEXT_SMALL = "text-small";

    private Styles() {
    }

    /** The AtlantaFX Primer stylesheet for a theme; SYSTEM falls back to light. */
    public static String themeStylesheet(Settings.Theme theme) {
        String name = theme == Settings.Theme.DARK ? "primer-dark.css" : "primer-light.css";
        URL url = Styles.class.getResource("/atlantafx/base/theme/" + name);
        if (url == null) throw new IllegalStateException("the AtlantaFX theme " + name + " is missing from the class path");
        return url.toExternalForm();
    }
}
