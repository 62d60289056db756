package dev.apikeep.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Expiry and rotation dates of a key, as pure functions of the entry, its exchange and an explicit
 * {@code today} (no hidden clock, so the UI, the CLI and the tests agree on the day).
 *
 * <p>Convention: a key that "expires on D" no longer works from D onwards. So
 * {@code daysToExpiry = D - today}: 1 means the last working day is today, and the key is expired
 * when {@code daysToExpiry <= 0}, i.e. on D itself.
 */
public final class KeyLifecycle {
    private KeyLifecycle() {
    }

    /**
     * The earlier of the user's date and the exchange rule's date (the rule applies only to keys
     * without IP binding and, if it names permissions, holding one of them). On a tie the user's
     * date is reported, as the user already knows it.
     */
    public static Optional<Expiry> expiryOf(ApiKeyEntry entry, Exchange exchange) {
        Optional<Expiry> user = Optional.ofNullable(entry.expiresAt()).map(d -> new Expiry(d, Expiry.Source.USER, setByUser()));
        Optional<Expiry> rule = ruleExpiry(entry, exchange);
        if (user.isEmpty() || rule.isEmpty()) return user.isPresent() ? user : rule;
        return earlierOf(user.get(), rule.get());
    }

    public static OptionalLong daysToExpiry(ApiKeyEntry entry, Exchange exchange, LocalDate today) {
        return expiryOf(entry, exchange).map(e -> OptionalLong.of(daysFrom(today, e.date()))).orElse(OptionalLong.empty());
    }

    /** Expired from the expiry date onwards (see the class comment). Revoked keys are not "expired". */
    public static boolean isExpired(ApiKeyEntry entry, Exchange exchange, LocalDate today) {
        OptionalLong days = daysToExpiry(entry, exchange, today);
        return days.isPresent() && days.getAsLong() <= 0;
    }

    /** "revoked", "expired" or "active": the stable status word of the CLI's JSON and the list view. */
    public static String status(ApiKeyEntry entry, Exchange exchange, LocalDate today) {
        return status(entry, expiryOf(entry, exchange), today);
    }

    /** As above, with the entry's {@link #expiryOf expiry} already worked out (a list needs both). */
    public static String status(ApiKeyEntry entry, Optional<Expiry> expiry, LocalDate today) {
        if (entry.isRevoked()) return KeyStatus.REVOKED.id();
        return expiry.isPresent() && daysFrom(today, expiry.get().date()) <= 0 ? "expired" : KeyStatus.ACTIVE.id();
    }

    /** The day rotation is due: created date + the rotation interval; empty when no interval is set. */
    public static Optional<LocalDate> rotationDue(ApiKeyEntry entry) {
        return Optional.ofNullable(entry.rotateEveryDays()).map(days -> entry.createdAt().plusDays(days));
    }

    /** {@code to - from} in days; negative when {@code to} is past. */
    static long daysFrom(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static Optional<Expiry> ruleExpiry(ApiKeyEntry entry, Exchange exchange) {
        ExpiryRule rule = exchange.expiryRule();
        if (rule == null || !rule.appliesTo(entry)) return Optional.empty();
        return Optional.of(new Expiry(rule.expiryDateFor(entry), Expiry.Source.EXCHANGE_RULE, rule.explanation()));
    }

    private static Optional<Expiry> earlierOf(Expiry user, Expiry rule) {
        if (rule.date().isBefore(user.date())) {
            return Optional.of(new Expiry(rule.date(), rule.source(),
                    Messages.format("expiry.earlierThanUsers", rule.explanation(), user.date())));
        }
        return Optional.of(new Expiry(user.date(), user.source(),
                setByUser() + Messages.format("expiry.ruleWouldEnd", rule.date())));
    }

    /**
     * The explanation of a date the user set ("set by you"); an explanation that starts with it may
     * go on with the exchange rule's later date.
     */
    public static String setByUser() {
        return Messages.get("expiry.setByUser");
    }
}
