package dev.apikeep.ui.reminders;

import dev.apikeep.app.kit.KitReminder;
import dev.apikeep.domain.Reminder;
import dev.apikeep.domain.Reminders;
import dev.apikeep.app.FailedUnlocks;
import dev.apikeep.domain.Messages;
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
        if (critical > 0) parts.add(Messages.format("reminders.keysExpire", critical, Reminders.CRITICAL_DAYS));
        if (expired > 0) parts.add(Messages.format("reminders.expired", expired));
        if (warning > 0) parts.add(Messages.format("reminders.keysExpire", warning, leadDays));
        if (rotationOverdue > 0) parts.add(Messages.format("reminders.rotationsOverdue", rotationOverdue));
        if (rotationSoon > 0) parts.add(Messages.format("reminders.rotationsDue", rotationSoon, leadDays));
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
            text.append(Messages.format("reminders.failedUnlocks", failed.count()));
        }
        boolean isCritical = expired + critical + rotationOverdue > 0 || failures
                || kits.stream().anyMatch(k -> k.level() != Reminder.Level.WARNING);
        String title = Messages.get(parts.isEmpty() && kitParts.isEmpty() ? "reminders.title.wrongPassword"
                : isCritical ? (parts.isEmpty() ? "reminders.title.kitsNow" : "reminders.title.keysNow")
                : parts.isEmpty() ? "reminders.title.kitsSoon" : "reminders.title.keysSoon");
        return Optional.of(new ReminderSummary(isCritical ? Level.CRITICAL : Level.WARNING, title, text.toString()));
    }

    /** "1 bot kit expires within 14 days", "1 bot kit expired", "2 bot kits to re-issue". */
    static List<String> kitParts(Collection<KitReminder> kits, int leadDays) {
        long expired = kits.stream().filter(k -> k.kind() == KitReminder.Kind.EXPIRY && k.level() == Reminder.Level.EXPIRED).count();
        long expiring = kits.stream().filter(k -> k.kind() == KitReminder.Kind.EXPIRY && k.level() != Reminder.Level.EXPIRED).count();
        long reissue = kits.stream().filter(k -> k.kind() == KitReminder.Kind.REISSUE).count();
        List<String> parts = new ArrayList<>();
        if (expiring > 0) parts.add(Messages.format("reminders.kitsExpire", expiring, Math.max(leadDays, Reminders.CRITICAL_DAYS)));
        if (expired > 0) parts.add(Messages.format("reminders.kitsExpired", expired));
        if (reissue > 0) parts.add(Messages.format("reminders.kitsToReissue", reissue));
        return parts;
    }
}
