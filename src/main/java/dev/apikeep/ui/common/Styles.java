package dev.apikeep.ui.common;

import dev.apikeep.app.Settings;
import java.net.URL;
import java.util.Set;

/**
 * Every style class the Java code sets (issue 12 §8: no style class as a string literal), and the
 * AtlantaFX theme stylesheets, without loading any AtlantaFX class. The first block carries AtlantaFX's
 * names.
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

    // ApiKeep's own classes, each styled by app.css or a screen's stylesheet (StylesTest checks it).
    public static final String AUDIT_ACTION = "audit-action";
    public static final String AUDIT_COUNT = "audit-count";
    public static final String AUDIT_FINDING = "audit-finding";
    public static final String AUDIT_HEADER = "audit-header";
    public static final String AUDIT_SEVERITY = "audit-severity";
    public static final String BADGE = "badge";
    public static final String COUNT = "count";
    public static final String DETAIL_GRID = "detail-grid";
    public static final String DETAIL_PANE = "detail-pane";
    public static final String EDITOR_DIALOG = "editor-dialog";
    public static final String EMPTY_STATE = "empty-state";
    public static final String EXPIRY = "expiry";
    public static final String EXPIRY_RULE = "expiry-rule";
    public static final String EXPIRY_USER = "expiry-user";
    public static final String EXPOSED_LINK = "exposed-link";
    public static final String FIELD_ERROR = "field-error";
    public static final String FIELD_NAME = "field-name";
    public static final String KEY_LABEL = "key-label";
    public static final String MONOGRAM = "monogram";
    public static final String NEUTRAL = "neutral";
    public static final String PERMISSION_GROUP_TITLE = "permission-group-title";
    public static final String PROBLEM = "problem";
    public static final String REMINDER_TOAST = "reminder-toast";
    public static final String REVOKED_ROW = "revoked-row";
    public static final String RISK_TAG = "risk-tag";
    public static final String ROW_ERROR = "row-error";
    public static final String ROW_OK = "row-ok";
    public static final String SAVE_SUMMARY = "save-summary";
    public static final String SCORE_CLEAN = "score-clean";
    public static final String SCORE_HIGH = "score-high";
    public static final String SCORE_MEDIUM = "score-medium";
    public static final String SECRET_VALUE = "secret-value";
    public static final String TEXT_BOLD = "text-bold";
    public static final String TOAST_ICON = "toast-icon";
    public static final String TOAST_TITLE = "toast-title";

    /** Prefixes of a family of classes: risk-low/medium/high, severity-…, monogram-<exchange id>. */
    public static final String RISK_PREFIX = "risk-";
    public static final String SEVERITY_PREFIX = "severity-";
    public static final String MONOGRAM_PREFIX = "monogram-";

    // Classes no stylesheet styles yet: they name a node for lookups (tests, later styling).
    // text-monospace is AtlantaFX 2.1's; 2.0.1 (the newest for Java 17) has no rule for it.
    public static final String ACCOUNT = "account";
    public static final String AUDIT_DIALOG = "audit-dialog";
    public static final String AUDIT_MESSAGE = "audit-message";
    public static final String AUDIT_RULE = "audit-rule";
    public static final String BADGE_ROW = "badge-row";
    public static final String BOTS_DIALOG = "bots-dialog";
    public static final String CHECKLIST_ITEM = "checklist-item";
    public static final String CHIP = "chip";
    public static final String ENVIRONMENT = "environment";
    public static final String EXPIRY_NONE = "expiry-none";
    public static final String EXPIRY_UNKNOWN = "expiry-unknown";
    public static final String IP_ANY = "ip-any";
    public static final String IP_BOUND = "ip-bound";
    public static final String KEY_CELL = "key-cell";
    public static final String KEY_ROW = "key-row";
    public static final String KIT_ISSUE_DIALOG = "kit-issue-dialog";
    public static final String LAST_USED = "last-used";
    public static final String PERMISSION = "permission";
    public static final String PERMISSION_CHOICE = "permission-choice";
    public static final String REVOKED = "revoked";
    public static final String SWITCH_UNCONFIRMED = "switch-unconfirmed";
    public static final String TEXT_MONOSPACE = "text-monospace";
    public static final String TOAST_CLOSE = "toast-close";

    /** The classes above that no stylesheet has a selector for (StylesTest keeps this list true). */
    static final Set<String> UNSTYLED = Set.of(
            ACCOUNT, AUDIT_DIALOG, AUDIT_MESSAGE, AUDIT_RULE, BADGE_ROW, BOTS_DIALOG,
            CHECKLIST_ITEM, CHIP, ENVIRONMENT, EXPIRY_NONE, EXPIRY_UNKNOWN, IP_ANY,
            IP_BOUND, KEY_CELL, KEY_ROW, KIT_ISSUE_DIALOG, LAST_USED, PERMISSION,
            PERMISSION_CHOICE, REVOKED, SWITCH_UNCONFIRMED, TEXT_MONOSPACE, TOAST_CLOSE);

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
