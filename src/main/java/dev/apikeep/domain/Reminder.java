package dev.apikeep.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Something about a key that needs doing soon.
 *
 * @param daysLeft {@code dueDate - today}; zero or negative when the day has come or passed
 */
public record Reminder(UUID entryId, String label, Kind kind, LocalDate dueDate, long daysLeft, Level level) {

    public enum Kind {
        EXPIRY, ROTATION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Most urgent first, so sorting by level puts the worst on top. */
    public enum Level {
        EXPIRED, CRITICAL, WARNING;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
