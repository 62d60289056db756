package dev.apikeep.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * When a key stops working, and who says so.
 *
 * @param date        the first day the key no longer works
 * @param explanation where the date comes from, e.g. "set by you" or the exchange rule's words
 */
public record Expiry(LocalDate date, Source source, String explanation) {

    public enum Source {
        USER, EXCHANGE_RULE;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Expiry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(explanation, "explanation");
    }
}
