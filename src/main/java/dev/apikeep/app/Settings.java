package dev.apikeep.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
    private static final ObjectMapper JSON = new ObjectMapper();

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
    public Settings withProxy(String v) { return new Settings(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, reminderLeadDays, theme, backupEveryDays, backupsToKeep, contactExchanges, v); }
    public Settings withBackupsToKeep(int v) { return new Settings(clipboardClearSeconds, autoLockMinutes, lockOnMinimise, reminderLeadDays, theme, backupEveryDays, v, contactExchanges, proxy); }

    public byte[] toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("clipboardClearSeconds", clipboardClearSeconds);
        node.put("autoLockMinutes", autoLockMinutes);
        node.put("lockOnMinimise", lockOnMinimise);
        node.put("reminderLeadDays", reminderLeadDays);
        node.put("theme", theme.name().toLowerCase(Locale.ROOT));
        node.put("backupEveryDays", backupEveryDays);
        node.put("backupsToKeep", backupsToKeep);
        node.put("contactExchanges", contactExchanges);
        node.put("proxy", proxy);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads settings, falling back to the default for any field that is missing or unreadable. */
    public static Settings fromJson(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) return DEFAULTS;
            return new Settings(
                    node.path("clipboardClearSeconds").asInt(DEFAULTS.clipboardClearSeconds),
                    node.path("autoLockMinutes").asInt(DEFAULTS.autoLockMinutes),
                    node.path("lockOnMinimise").asBoolean(DEFAULTS.lockOnMinimise),
                    node.path("reminderLeadDays").asInt(DEFAULTS.reminderLeadDays),
                    parseTheme(node.path("theme").asText("light")),
                    node.path("backupEveryDays").asInt(DEFAULTS.backupEveryDays),
                    node.path("backupsToKeep").asInt(DEFAULTS.backupsToKeep),
                    node.path("contactExchanges").asBoolean(DEFAULTS.contactExchanges),
                    node.path("proxy").asText(DEFAULTS.proxy));
        } catch (IOException e) {
            return DEFAULTS;
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
