package dev.apikeep.ui.common;

import java.net.URL;

/**
 * Every screen, dialog and shared piece of the GUI with its FXML file: the one list of views.
 * {@link Views} loads them; {@code FxmlConventionsTest} checks that each file exists and that no
 * FXML file is left out. A new screen adds a constant here (docs/CONVENTIONS.md).
 */
public enum FxmlView {
    CREATE("create/CreateView.fxml"),
    UNLOCK("unlock/UnlockView.fxml"),
    KEYS("keys/KeysView.fxml"),
    EDITOR("editor/EditorView.fxml"),
    SETTINGS("settings/SettingsView.fxml"),
    CHANGE_PASSWORD("settings/ChangePasswordView.fxml"),
    BACKUPS("backups/BackupsView.fxml"),
    IMPORT("transfer/ImportView.fxml"),
    EXPORT("transfer/ExportView.fxml"),
    ROTATE("rotate/RotateView.fxml"),
    EXPOSED("exposed/ExposedView.fxml"),
    ACTIVITY("activity/ActivityView.fxml"),
    AUDIT("audit/AuditView.fxml"),
    ABOUT("about/AboutView.fxml"),
    /** The bot kits this vault issued, and the new-kit / re-issue dialog with its token page. */
    BOTS("bots/BotsView.fxml"),
    KIT_ISSUE("bots/KitIssueView.fxml"),
    /** The master-password question of restore, rekey and the KDF change. */
    PASSWORD_PROMPT("password/PasswordPromptView.fxml"),
    /** A new password twice with its strength meter; {@code fx:include}d by Create, Change password and Export. */
    NEW_PASSWORD("password/NewPasswordView.fxml");

    /** Where the views live on the class path; FXML paths below are relative to it. */
    public static final String ROOT = "/dev/apikeep/ui/";

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    /** The path under {@link #ROOT}, e.g. {@code create/CreateView.fxml}. */
    public String path() {
        return path;
    }

    public URL url() {
        URL url = FxmlView.class.getResource(ROOT + path);
        if (url == null) throw new IllegalStateException("missing view " + ROOT + path);
        return url;
    }
}
