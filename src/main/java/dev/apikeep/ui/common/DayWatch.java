package dev.apikeep.ui.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Notices that the calendar day changed while the app stayed open (midnight, or a resumed laptop),
 * so expiry chips and sidebar counts, which count days from "today", can be recomputed. The caller
 * asks {@link #dayChanged()} from a timer; no JavaFX needed, so it is unit-tested with a settable day.
 */
public final class DayWatch {
    /** How often the main window asks. */
    public static final java.time.Duration CHECK_EVERY = java.time.Duration.ofMinutes(1);

    private final Supplier<LocalDate> today;
    private LocalDate seen;

    public DayWatch(Supplier<LocalDate> today) {
        this.today = Objects.requireNonNull(today);
        this.seen = today.get();
    }

    /** True once per change of day (either way: a clock set back counts too). */
    public synchronized boolean dayChanged() {
        LocalDate now = today.get();
        if (now.equals(seen)) return false;
        seen = now;
        return true;
    }

    public synchronized LocalDate seen() {
        return seen;
    }
}
