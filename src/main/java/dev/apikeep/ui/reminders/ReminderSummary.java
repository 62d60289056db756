package dev.apikeep.ui.reminders;

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
        if (parts.isEmpty() && !failures) return Optional.empty();

        StringBuilder text = new StringBuilder(String.join(", ", parts));
        if (failures) {
            if (text.length() > 0) text.append('\n');
            text.append(plural(failed.count(), "failed unlock attempt")).append(" since you last unlocked");
        }
        boolean isCritical = expired + critical + rotationOverdue > 0 || failures;
        String title = parts.isEmpty() ? "Wrong master password typed" : isCritical ? "Keys need attention now" : "Keys expiring soon";
        return Optional.of(new ReminderSummary(isCritical ? Level.CRITICAL : Level.WARNING, title, text.toString()));
    }

    /** "1 key expires" / "2 keys expire". */
    static String keys(int n) {
        return n == 1 ? "1 key expires" : n + " keys expire";
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
