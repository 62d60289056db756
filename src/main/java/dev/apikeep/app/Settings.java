package dev.apikeep.app;

import dev.apikeep.vault.FlatJson;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * User preferences that change security behaviour. Stored encrypted inside the vault, never in a
 * plaintext file another program could edit to weaken them. Values are clamped to safe ranges.
 *
 * @param backupEveryDays days between automatic backups, 0 = no scheduled backups
 * @param backupsToKeep   how many automatic backups to keep (the oldest beyond that are deleted)
 * @param contactExchanges "Contact exchanges when I ask": off in a new vault; the desktop app asks once
 * @param proxy           the proxy for exchange requests ("host:port"), "" for HTTPS_PROXY or the system's
 */
public record Settings(int clipboardClearSeconds, int autoLockMinutes, boolean lockOnMinimise,
                       int reminderLeadDays, Theme theme, int backupEveryDays, int backupsToKeep,
                       boolean contactExchanges, String proxy) {

    public enum Theme { LIGHT, DARK, SYSTEM }

    public static final int MIN_CLIPBOARD_SECONDS = 5;
    public static final int MAX_CLIPBOARD_SECONDS = 300;
    public static final int MIN_AUTO_LOCK_MINUTES = 1;
    public static final int MAX_AUTO_LOCK_MINUTES = 240;
    public static final int MIN_REMINDER_DAYS = 1;
    public static final int MAX_REMINDER_DAYS = 365;
    public static final int MAX_BACKUP_EVERY_DAYS = 365;
    public static final int MIN_BACKUPS_TO_KEEP = 1;
    public static final int MAX_BACKUPS_TO_KEEP = 100;

    public static final Settings DEFAULTS = new Settings(20, 5, false, 14, Theme.LIGHT, 7, 10, false, "");

    public Settings {
        clipboardClearSeconds = clamp(clipboardClearSeconds, MIN_CLIPBOARD_SECONDS, MAX_CLIPBOARD_SECONDS);
        autoLockMinutes = clamp(autoLockMinutes, MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES);
        reminderLeadDays = clamp(reminderLeadDays, MIN_REMINDER_DAYS, MAX_REMINDER_DAYS);
        theme = theme == null ? Theme.LIGHT : theme;
        backupEveryDays = clamp(backupEveryDays, 0, MAX_BACKUP_EVERY_DAYS);
        backupsToKeep = clamp(backupsToKeep, MIN_BACKUPS_TO_KEEP, MAX_BACKUPS_TO_KEEP);
        proxy = proxy == null ? "" : proxy.strip();
    }

    /** The settings before exchanges could be contacted: off, no proxy. */
    public Settings(int clipboardClearSeconds, int autoLockMinutes, boolean lockOnMinimise, int reminderLeadDays, Theme theme,
                    int backupEveryDays, int backupsToKeep) {
        this(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, reminderLeadDays, theme, backupEveryDays, backupsToKeep,
                false, "");
    }

    /** The settings before backups were configurable: backup fields take their defaults. */
    public Settings(int clipboardClearSeconds, int autoLockMinutes, boolean lockOnMinimise, int reminderLeadDays, Theme theme) {
        this(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, reminderLeadDays, theme,
                7, 10);
    }

    public Settings withClipboardClearSeconds(int v) { return new Settings(v, autoLockMinutes, lockOnMinimise, reminderLeadDays, theme, backupEveryDays, backupsToKeep, contactExchanges, proxy); }
    public Settings withAutoLockMinutes(int v) { return new Settings(clipboardClearSeconds, v, lockOnMinimise, reminderLeadDays, theme, backupEveryDays, backupsToKeep, contactExchanges, proxy); }
    public Settings withLockOnMinimise(boolean v) { return new Settings(clipboardClearSeconds, autoLockMinutes, v, reminderLeadDays, theme, backupEveryDays, backupsToKeep, contactExchanges, proxy); }
    public Settings withReminderLeadDays(int v) { return new Settings(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, v, theme, backupEveryDays, backupsToKeep, contactExchanges, proxy); }
    public Settings withTheme(Theme v) { return new Settings(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, reminderLeadDays, v, backupEveryDays, backupsToKeep, contactExchanges, proxy); }
    public Settings withBackupEveryDays(int v) { return new Settings(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, reminderLeadDays, theme, v, backupsToKeep, contactExchanges, proxy); }
    public Settings withContactExchanges(boolean v) { return new Settings(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, reminderLeadDays, theme, backupEveryDays, backupsToKeep, v, proxy); }
    public Settings withBackupsToKeep(int v) { return new Settings(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, reminderLeadDays, theme, backupEveryDays, v, contactExchanges, proxy); }

    public byte[] toJson() {
        return FlatJson.write(g -> {
            g.writeNumberField("clipboardClearSeconds", clipboardClearSeconds);
            g.writeNumberField("autoLockMinutes", autoLockMinutes);
            g.writeBooleanField("lockOnMinimise", lockOnMinimise);
            g.writeNumberField("reminderLeadDays", reminderLeadDays);
            g.writeStringField("theme", theme.name().toLowerCase(Locale.ROOT));
            g.writeNumberField("backupEveryDays", backupEveryDays);
            g.writeNumberField("backupsToKeep", backupsToKeep);
            g.writeBooleanField("contactExchanges", contactExchanges);
            g.writeStringField("proxy", proxy);
        });
    }

    /**
     * Reads settings, falling back to the default for any field that is missing or unreadable.
     * Streaming, not data binding: every unlock reads them, and data binding is slow to load.
     */
    public static Settings fromJson(byte[] json) {
        try {
            Map<String, String> node = FlatJson.read(json);
            return new Settings(
                    intOr(node, "clipboardClearSeconds", DEFAULTS.clipboardClearSeconds),
                    intOr(node, "autoLockMinutes", DEFAULTS.autoLockMinutes),
                    Boolean.parseBoolean(node.getOrDefault("lockOnMinimise", String.valueOf(DEFAULTS.lockOnMinimise))),
                    intOr(node, "reminderLeadDays", DEFAULTS.reminderLeadDays),
                    parseTheme(node.getOrDefault("theme", "light")),
                    intOr(node, "backupEveryDays", DEFAULTS.backupEveryDays),
                    intOr(node, "backupsToKeep", DEFAULTS.backupsToKeep),
                    Boolean.parseBoolean(node.getOrDefault("contactExchanges", String.valueOf(DEFAULTS.contactExchanges))),
                    node.getOrDefault("proxy", DEFAULTS.proxy));
        } catch (IOException e) {
            return DEFAULTS;
        }
    }

    private static int intOr(Map<String, String> node, String field, int fallback) {
        try {
            return node.containsKey(field) ? (int) Double.parseDouble(node.get(field)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Theme parseTheme(String text) {
        try {
            return Theme.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DEFAULTS.theme;
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
