package dev.apikeep.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Upcoming expiries and rotations. Expiry: EXPIRED from the expiry day on, CRITICAL within
 * {@value #CRITICAL_DAYS} days, WARNING within the lead time. Rotation: CRITICAL once due,
 * WARNING within the lead time. Revoked keys never remind.
 */
public final class Reminders {
    public static final int DEFAULT_LEAD_DAYS = 14;
    public static final int CRITICAL_DAYS = 3;

    private static final Comparator<Reminder> ORDER = Comparator.comparing(Reminder::dueDate)
            .thenComparing(Reminder::label).thenComparing(Reminder::kind);

    private Reminders() {
    }

    public static List<Reminder> due(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today) {
        return due(entries, catalog, today, DEFAULT_LEAD_DAYS);
    }

    /**
     * @param leadDays how many days ahead to warn; an expiry within {@value #CRITICAL_DAYS} days is
     *                 shown even when {@code leadDays} is shorter, since missing it breaks a bot
     */
    public static List<Reminder> due(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today, int leadDays) {
        if (leadDays < 0) throw new IllegalArgumentException("lead time must not be negative: " + leadDays);
        List<Reminder> reminders = new ArrayList<>();
        for (ApiKeyEntry entry : entries) {
            if (entry.isRevoked()) continue;
            expiryReminder(entry, catalog.forEntry(entry), today, leadDays).ifPresent(reminders::add);
            rotationReminder(entry, today, leadDays).ifPresent(reminders::add);
        }
        reminders.sort(ORDER);
        return List.copyOf(reminders);
    }

    static Optional<Reminder> expiryReminder(ApiKeyEntry entry, Exchange exchange, LocalDate today, int leadDays) {
        return KeyLifecycle.expiryOf(entry, exchange).flatMap(expiry -> {
            long daysLeft = KeyLifecycle.daysFrom(today, expiry.date());
            Reminder.Level level = expiryLevel(daysLeft, leadDays);
            return Optional.ofNullable(level).map(l -> reminder(entry, Reminder.Kind.EXPIRY, expiry.date(), daysLeft, l));
        });
    }

    static Optional<Reminder> rotationReminder(ApiKeyEntry entry, LocalDate today, int leadDays) {
        return KeyLifecycle.rotationDue(entry).flatMap(due -> {
            long daysLeft = KeyLifecycle.daysFrom(today, due);
            Reminder.Level level = daysLeft <= 0 ? Reminder.Level.CRITICAL : daysLeft <= leadDays ? Reminder.Level.WARNING : null;
            return Optional.ofNullable(level).map(l -> reminder(entry, Reminder.Kind.ROTATION, due, daysLeft, l));
        });
    }

    /** The expiry level for {@code daysLeft}, or null when it is too far away to mention. */
    static Reminder.Level expiryLevel(long daysLeft, int leadDays) {
        if (daysLeft <= 0) return Reminder.Level.EXPIRED;
        if (daysLeft <= CRITICAL_DAYS) return Reminder.Level.CRITICAL;
        if (daysLeft <= leadDays) return Reminder.Level.WARNING;
        return null;
    }

    private static Reminder reminder(ApiKeyEntry entry, Reminder.Kind kind, LocalDate due, long daysLeft, Reminder.Level level) {
        return new Reminder(entry.id(), entry.label(), kind, due, daysLeft, level);
    }
}
