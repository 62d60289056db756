package dev.apikeep.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Reminder;
import dev.apikeep.domain.Reminders;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.app.FailedUnlocks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderSummaryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Reminder r(Reminder.Kind kind, long daysLeft, Reminder.Level level) {
        return new Reminder(UUID.randomUUID(), "k" + daysLeft, kind, TODAY.plusDays(daysLeft), daysLeft, level);
    }

    @Test
    void countsEachKindInOneLine() {
        List<Reminder> reminders = List.of(
                r(Reminder.Kind.EXPIRY, 2, Reminder.Level.CRITICAL),
                r(Reminder.Kind.EXPIRY, 3, Reminder.Level.CRITICAL),
                r(Reminder.Kind.EXPIRY, -1, Reminder.Level.EXPIRED),
                r(Reminder.Kind.ROTATION, -4, Reminder.Level.CRITICAL));
        ReminderSummary s = ReminderSummary.of(reminders, 14, null).orElseThrow();
        assertThat(s.text()).isEqualTo("2 keys expire within 3 days, 1 expired, 1 rotation overdue");
        assertThat(s.level()).isEqualTo(ReminderSummary.Level.CRITICAL);
    }

    @Test
    void onlyLeadTimeExpiriesAreAWarning() {
        ReminderSummary s = ReminderSummary.of(List.of(r(Reminder.Kind.EXPIRY, 10, Reminder.Level.WARNING),
                r(Reminder.Kind.ROTATION, 5, Reminder.Level.WARNING), r(Reminder.Kind.ROTATION, 6, Reminder.Level.WARNING)), 14, null).orElseThrow();
        assertThat(s.text()).isEqualTo("1 key expires within 14 days, 2 rotations due within 14 days");
        assertThat(s.level()).isEqualTo(ReminderSummary.Level.WARNING);
        assertThat(s.title()).isEqualTo("Keys expiring soon");
    }

    @Test
    void nothingDueSaysNothing() {
        assertThat(ReminderSummary.of(List.of(), 14, null)).isEmpty();
    }

    @Test
    void failedUnlocksAreCriticalEvenWithoutReminders() {
        ReminderSummary s = ReminderSummary.of(List.of(), 14, new FailedUnlocks(3, Instant.parse("2026-06-01T08:00:00Z"))).orElseThrow();
        assertThat(s.text()).isEqualTo("3 failed unlock attempts since you last unlocked");
        assertThat(s.level()).isEqualTo(ReminderSummary.Level.CRITICAL);
    }

    @Test
    void worksOnRealRemindersFromTheDomain() {
        ApiKeyEntry expired = ApiKeyEntry.builder().exchangeId("kraken").label("Ledger").createdAt(TODAY.minusDays(100))
                .expiresAt(TODAY.minusDays(1)).apiKey(SecretBytes.of("k")).secret(SecretBytes.of("s")).permissions(List.of("query-funds")).build();
        List<Reminder> due = Reminders.due(List.of(expired), ExchangeCatalog.loadDefault(), TODAY, 14);
        assertThat(ReminderSummary.of(due, 14, null)).get().extracting(ReminderSummary::text).isEqualTo("1 expired");
    }

    static dev.apikeep.app.kit.KitReminder kit(dev.apikeep.app.kit.KitReminder.Kind kind, long daysLeft, Reminder.Level level) {
        dev.apikeep.app.kit.IssuedKit issued = new dev.apikeep.app.kit.IssuedKit("vps" + daysLeft, UUID.randomUUID(), TODAY.minusDays(30),
                TODAY.plusDays(daysLeft), List.of(), "/srv/vps.akkit");
        return new dev.apikeep.app.kit.KitReminder(issued, kind, TODAY.plusDays(daysLeft), daysLeft, level, List.of("Grid bot"));
    }

    @Test
    void botKitsGetALineOfTheirOwnAndAKitToReissueIsCritical() {
        var expiring = kit(dev.apikeep.app.kit.KitReminder.Kind.EXPIRY, 10, Reminder.Level.WARNING);
        ReminderSummary soon = ReminderSummary.of(List.of(), List.of(expiring), 14, null).orElseThrow();
        assertThat(soon.text()).isEqualTo("1 bot kit expires within 14 days");
        assertThat(soon.level()).isEqualTo(ReminderSummary.Level.WARNING);
        assertThat(soon.title()).isEqualTo("Bot kits expiring soon");

        ReminderSummary both = ReminderSummary.of(List.of(r(Reminder.Kind.EXPIRY, 10, Reminder.Level.WARNING)),
                List.of(expiring, kit(dev.apikeep.app.kit.KitReminder.Kind.EXPIRY, -2, Reminder.Level.EXPIRED),
                        kit(dev.apikeep.app.kit.KitReminder.Kind.REISSUE, 0, Reminder.Level.CRITICAL)), 14, null).orElseThrow();
        assertThat(both.text()).isEqualTo("1 key expires within 14 days\n1 bot kit expires within 14 days, 1 bot kit expired, 1 bot kit to re-issue");
        assertThat(both.level()).isEqualTo(ReminderSummary.Level.CRITICAL);
        assertThat(both.title()).isEqualTo("Keys need attention now");
    }
}
