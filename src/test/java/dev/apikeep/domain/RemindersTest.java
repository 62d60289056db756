package dev.apikeep.domain;

import static dev.apikeep.domain.Keys.CATALOG;
import static dev.apikeep.domain.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemindersTest {
    private static final LocalDate EXPIRES = LocalDate.of(2026, 5, 20);

    private static List<Reminder> remindersFor(ApiKeyEntry entry, LocalDate today) {
        return Reminders.due(List.of(entry), CATALOG, today);
    }

    /** Boundaries of the 14-day lead time, the 3-day critical time and the expiry day itself. */
    @ParameterizedTest(name = "{0} days before expiry -> {1}")
    @CsvSource({
            "15, NONE", "14, WARNING", "13, WARNING",
            "4, WARNING", "3, CRITICAL", "2, CRITICAL",
            "1, CRITICAL", "0, EXPIRED", "-1, EXPIRED"})
    void expiryLevelAtEachBoundary(int daysBefore, String expected) {
        ApiKeyEntry entry = key("kraken", "hedge bot").expiresAt(EXPIRES).build();
        List<Reminder> reminders = remindersFor(entry, EXPIRES.minusDays(daysBefore));
        if (expected.equals("NONE")) {
            assertThat(reminders).isEmpty();
            return;
        }
        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Reminder.Kind.EXPIRY);
            assertThat(r.level()).isEqualTo(Reminder.Level.valueOf(expected));
            assertThat(r.daysLeft()).isEqualTo(daysBefore);
            assertThat(r.dueDate()).isEqualTo(EXPIRES);
            assertThat(r.entryId()).isEqualTo(entry.id());
            assertThat(r.label()).isEqualTo("hedge bot");
        });
    }

    @ParameterizedTest(name = "lead {0} days, {1} days left -> {2}")
    @CsvSource({"30, 31, NONE", "30, 30, WARNING", "30, 29, WARNING", "0, 4, NONE", "0, 3, CRITICAL", "1, 2, CRITICAL"})
    void theLeadTimeIsTheUsers(int leadDays, int daysBefore, String expected) {
        ApiKeyEntry entry = key("kraken", "bot").expiresAt(EXPIRES).build();
        List<Reminder> reminders = Reminders.due(List.of(entry), CATALOG, EXPIRES.minusDays(daysBefore), leadDays);
        if (expected.equals("NONE")) assertThat(reminders).isEmpty();
        else assertThat(reminders).singleElement().extracting(Reminder::level).isEqualTo(Reminder.Level.valueOf(expected));
    }

    @ParameterizedTest(name = "{0} days before rotation -> {1}")
    @CsvSource({"15, NONE", "14, WARNING", "13, WARNING", "1, WARNING", "0, CRITICAL", "-1, CRITICAL"})
    void rotationLevelAtEachBoundary(int daysBefore, String expected) {
        ApiKeyEntry entry = key("kraken", "bot").rotateEveryDays(60).build();
        LocalDate due = Keys.CREATED.plusDays(60);
        List<Reminder> reminders = remindersFor(entry, due.minusDays(daysBefore));
        if (expected.equals("NONE")) {
            assertThat(reminders).isEmpty();
            return;
        }
        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Reminder.Kind.ROTATION);
            assertThat(r.level()).isEqualTo(Reminder.Level.valueOf(expected));
            assertThat(r.daysLeft()).isEqualTo(daysBefore);
        });
    }

    @Test
    void theExchangeRuleDrivesRemindersForKeysWithoutIp() {
        ApiKeyEntry entry = key("bybit", "grid bot", "spot-trade").build();
        LocalDate ruleDate = Keys.CREATED.plusDays(90);
        assertThat(remindersFor(entry, ruleDate.minusDays(2))).singleElement()
                .satisfies(r -> assertThat(r.level()).isEqualTo(Reminder.Level.CRITICAL))
                .satisfies(r -> assertThat(r.dueDate()).isEqualTo(ruleDate));
        ApiKeyEntry bound = entry.toBuilder().ipWhitelist(Keys.ips("203.0.113.7")).build();
        assertThat(remindersFor(bound, ruleDate.minusDays(2))).isEmpty();
    }

    @Test
    void revokedKeysNeverRemind() {
        ApiKeyEntry entry = key("kraken", "old").expiresAt(EXPIRES).rotateEveryDays(1).status(KeyStatus.REVOKED).build();
        assertThat(remindersFor(entry, EXPIRES)).isEmpty();
    }

    @Test
    void oneKeyCanHaveBothAnExpiryAndARotationReminder() {
        ApiKeyEntry entry = key("kraken", "bot").expiresAt(EXPIRES).rotateEveryDays(30).build();
        assertThat(remindersFor(entry, EXPIRES.minusDays(1))).extracting(Reminder::kind)
                .containsExactly(Reminder.Kind.ROTATION, Reminder.Kind.EXPIRY);
    }

    @Test
    void sortedByDueDateThenLabel() {
        ApiKeyEntry later = key("kraken", "aaa").expiresAt(EXPIRES.plusDays(2)).build();
        ApiKeyEntry zed = key("kraken", "zed").expiresAt(EXPIRES).build();
        ApiKeyEntry alpha = key("kraken", "alpha").expiresAt(EXPIRES).build();
        List<Reminder> reminders = Reminders.due(List.of(later, zed, alpha), CATALOG, EXPIRES.minusDays(5));
        assertThat(reminders).extracting(Reminder::label).containsExactly("alpha", "zed", "aaa");
    }

    @Test
    void anEntryOfAnUnlistedExchangeStillReminds() {
        ApiKeyEntry entry = key("ftx", "legacy").expiresAt(EXPIRES).build();
        assertThat(remindersFor(entry, EXPIRES)).singleElement().extracting(Reminder::level).isEqualTo(Reminder.Level.EXPIRED);
    }

    @Test
    void aNegativeLeadTimeIsRefused() {
        assertThatThrownBy(() -> Reminders.due(List.of(), CATALOG, EXPIRES, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Dates are LocalDate, so the zone matters only where "today" is taken from a clock. At 13:00 UTC
     * on 19 May it is already 20 May in Auckland: there the key has expired, in UTC it has a day left.
     */
    @Test
    void todayFromAClockDependsOnTheUsersZone() {
        Instant instant = Instant.parse("2026-05-19T13:00:00Z");
        LocalDate inUtc = LocalDate.now(Clock.fixed(instant, ZoneOffset.UTC));
        LocalDate inAuckland = LocalDate.now(Clock.fixed(instant, ZoneId.of("Pacific/Auckland")));
        ApiKeyEntry entry = key("kraken", "bot").expiresAt(EXPIRES).build();

        Reminder utc = remindersFor(entry, inUtc).get(0);
        Reminder auckland = remindersFor(entry, inAuckland).get(0);

        assertThat(utc.daysLeft()).isEqualTo(1);
        assertThat(utc.level()).isEqualTo(Reminder.Level.CRITICAL);
        assertThat(auckland.daysLeft()).isEqualTo(0);
        assertThat(auckland.level()).isEqualTo(Reminder.Level.EXPIRED);
    }
}
