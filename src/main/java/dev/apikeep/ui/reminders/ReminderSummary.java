package dev.apikeep.ui.reminders;

import dev.apikeep.app.kit.KitReminder;
import dev.apikeep.domain.Reminder;
import dev.apikeep.domain.Reminders;
import dev.apikeep.app.FailedUnlocks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the notification after unlock says: "2 keys expire within 3 days, 1 expired, 1 rotation
 * overdue", plus failed unlock attempts. CRITICAL when anything has expired, expires within
 * {@value Reminders#CRITICAL_DAYS} days, is overdue for rotation, or someone typed wrong passwords;
 * WARNING for the rest within the lead time. No stage needed; unit-tested.
 *
 * @param title short heading
 * @param text  the summary line(s)
 */
public record ReminderSummary(Level level, String title, String text) {

    public enum Level { CRITICAL, WARNING }

    /** Empty when there is nothing to say. */
    public static Optional<ReminderSummary> of(Collection<Reminder> reminders, int leadDays, FailedUnlocks failed) {
        return of(reminders, List.of(), leadDays, failed);
    }

    /**
     * With the bot kits' reminders (see {@code KitChecks.reminders}) on a line of their own, e.g.
     * "1 bot kit expires within 14 days, 1 kit to re-issue". Empty when there is nothing to say.
     */
    public static Optional<ReminderSummary> of(Collection<Reminder> reminders, Collection<KitReminder> kits, int leadDays,
                                               FailedUnlocks failed) {
        int expired = 0, critical = 0, warning = 0, rotationOverdue = 0, rotationSoon = 0;
        for (Reminder r : reminders) {
            if (r.kind() == Reminder.Kind.EXPIRY) {
                switch (r.level()) {
                    case EXPIRED -> expired++;
                    case CRITICAL -> critical++;
                    case WARNING -> warning++;
                }
            } else if (r.level() == Reminder.Level.WARNING) {
                rotationSoon++;
            } else {
                rotationOverdue++;
            }
        }
        List<String> parts = new ArrayList<>();
        if (critical > 0) parts.add(keys(critical) + " within " + Reminders.CRITICAL_DAYS + " days");
        if (expired > 0) parts.add(expired + " expired");
        if (warning > 0) parts.add(keys(warning) + " within " + leadDays + " days");
        if (rotationOverdue > 0) parts.add(plural(rotationOverdue, "rotation") + " overdue");
        if (rotationSoon > 0) parts.add(plural(rotationSoon, "rotation") + " due within " + leadDays + " days");
        boolean failures = failed != null && failed.count() > 0;
        List<String> kitParts = kitParts(kits, leadDays);
        if (parts.isEmpty() && kitParts.isEmpty() && !failures) return Optional.empty();

        StringBuilder text = new StringBuilder(String.join(", ", parts));
        if (!kitParts.isEmpty()) {
            if (text.length() > 0) text.append('\n');
            text.append(String.join(", ", kitParts));
        }
        if (failures) {
            if (text.length() > 0) text.append('\n');
            text.append(plural(failed.count(), "failed unlock attempt")).append(" since you last unlocked");
        }
        boolean isCritical = expired + critical + rotationOverdue > 0 || failures
                || kits.stream().anyMatch(k -> k.level() != Reminder.Level.WARNING);
        String title = parts.isEmpty() && kitParts.isEmpty() ? "Wrong master password typed"
                : isCritical ? (parts.isEmpty() ? "Bot kits need attention now" : "Keys need attention now")
                : parts.isEmpty() ? "Bot kits expiring soon" : "Keys expiring soon";
        return Optional.of(new ReminderSummary(isCritical ? Level.CRITICAL : Level.WARNING, title, text.toString()));
    }

    /** "1 bot kit expires within 14 days", "1 bot kit expired", "2 bot kits to re-issue". */
    static List<String> kitParts(Collection<KitReminder> kits, int leadDays) {
        long expired = kits.stream().filter(k -> k.kind() == KitReminder.Kind.EXPIRY && k.level() == Reminder.Level.EXPIRED).count();
        long expiring = kits.stream().filter(k -> k.kind() == KitReminder.Kind.EXPIRY && k.level() != Reminder.Level.EXPIRED).count();
        long reissue = kits.stream().filter(k -> k.kind() == KitReminder.Kind.REISSUE).count();
        List<String> parts = new ArrayList<>();
        if (expiring > 0) parts.add((expiring == 1 ? "1 bot kit expires" : expiring + " bot kits expire") + " within "
                + Math.max(leadDays, Reminders.CRITICAL_DAYS) + " days");
        if (expired > 0) parts.add(plural((int) expired, "bot kit") + " expired");
        if (reissue > 0) parts.add(plural((int) reissue, "bot kit") + " to re-issue");
        return parts;
    }

    /** "1 key expires" / "2 keys expire". */
    static String keys(int n) {
        return n == 1 ? "1 key expires" : n + " keys expire";
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
