package dev.apikeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The CLI's clock gives java.time's date and zone, while looking the zone up only when asked. */
class SystemClockTest {
    @Test
    void todayIsJavaTimesDateInTheDefaultZoneAlsoFarFromUtc() {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata", "Etc/UTC", "America/St_Johns"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                LocalDate before = LocalDate.now(ZoneId.of(zone));
                LocalDate today = new SystemClock().today();
                LocalDate after = LocalDate.now(ZoneId.of(zone));
                assertThat(today).as(zone).isBetween(before, after);
                assertThat(new SystemClock().getZone()).as(zone).isEqualTo(ZoneId.of(zone));
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void anotherClocksDateIsItsOwn() {
        Clock fixed = CliRunner.CLOCK;
        assertThat(SystemClock.today(fixed)).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
