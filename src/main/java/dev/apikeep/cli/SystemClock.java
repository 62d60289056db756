package dev.apikeep.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The system clock in the default time zone, which it looks up only when asked. Resolving the zone
 * for java.time reads the whole tz database through its rules provider, ≈ 40 ms of a cold command
 * (a bot's {@code --kit get} needs only today's date for the expiry check). {@link #today()} takes
 * the zone's current offset from {@link TimeZone}, whose data the JVM has already loaded: the same
 * date as {@code LocalDate.now(Clock.systemDefaultZone())}.
 */
final class SystemClock extends Clock {
    private ZoneId zone;

    /** Today in {@code clock}'s zone, cheaply for this clock. */
    static LocalDate today(Clock clock) {
        return clock instanceof SystemClock ? ((SystemClock) clock).today() : LocalDate.now(clock);
    }

    LocalDate today() {
        long now = System.currentTimeMillis();
        long local = now + TimeZone.getDefault().getOffset(now);
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400_000L));
    }

    @Override
    public synchronized ZoneId getZone() {
        if (zone == null) zone = ZoneId.systemDefault();
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
