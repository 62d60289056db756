package dev.apikeep.app.kit;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.Reminder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Something about an issued kit that needs doing soon: it expires within the reminder lead time
 * (or has expired), or it holds a secret that changed since it was issued, so its bot stops working
 * once the old key is deleted on the exchange.
 *
 * @param daysLeft {@code dueDate - today}; negative once the kit has expired (its expiry date is its last day)
 * @param stale    for {@link Kind#REISSUE}: the labels of the keys that changed
 */
public record KitReminder(IssuedKit kit, Kind kind, LocalDate dueDate, long daysLeft, Reminder.Level level, List<String> stale) {

    public enum Kind {
        EXPIRY("kit-expiry"), REISSUE("kit-reissue");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** As printed by {@code apikeep reminders} and in its JSON. */
        public String id() {
            return id;
        }
    }

    public KitReminder {
        stale = List.copyOf(stale);
    }

    /** One line in the user's words, e.g. "kit freqtrade-vps expires in 5 days". */
    public String describe() {
        if (kind == Kind.REISSUE) {
            return Messages.format("kit.reminder.reissue", kit.name(), String.join(", ", stale));
        }
        if (daysLeft < 0) return Messages.format("kit.reminder.expired", kit.name(), kit.expires());
        return Messages.format("kit.reminder.expires", kit.name(), daysLeft);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + describe();
    }
}
