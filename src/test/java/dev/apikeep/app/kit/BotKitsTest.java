package dev.apikeep.app.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apikeep.app.AppException;
import dev.apikeep.app.KeyService;
import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Reminder;
import dev.apikeep.domain.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit use cases the desktop and the command line share: the token file, the overview, the reminders. */
class BotKitsTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    @TempDir Path dir;
    private final MovableClock clock = new MovableClock();
    private KeyService service;
    private ApiKeyEntry grid;

    @BeforeEach
    void vault() {
        service = KeyService.create(dir.resolve("v.apikeep"), "pw".toCharArray(), KdfParams.ofMebibytes(19, 2, 1),
                ExchangeCatalog.loadDefault(), clock);
        grid = service.add(ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").permissions(List.of("read"))
                .apiKey(SecretBytes.of("AK-grid")).secret(SecretBytes.of("SK-grid")).build());
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void theSavedTokenIsTheShownOneOnOneLineAt0600AndOpensTheKit() throws Exception {
        Path kitFile = dir.resolve("bot.akkit");
        Path tokenFile = dir.resolve("bot.token");
        char[] shown;
        try (BotKits.Issued issued = new BotKits(service).create("bot", List.of("Grid bot"), START.plusDays(30), kitFile, false)) {
            shown = issued.tokenText();
            issued.saveToken(tokenFile, false);
            assertThatThrownBy(() -> issued.saveToken(tokenFile, false)).isInstanceOf(AppException.class)
                    .hasMessageContaining("exists").hasMessageNotContaining(new String(shown));
        }
        assertThat(Files.readString(tokenFile, StandardCharsets.US_ASCII)).isEqualTo(new String(shown) + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
        try (Kit kit = KitReader.open(kitFile, Files.readString(tokenFile).toCharArray(), START)) {
            assertThat(kit.resolve("Grid bot").secret().reveal()).isEqualTo("SK-grid");
        }
    }

    @Test
    void theOverviewSaysWhichKitsHoldAKeyAndHowTheyStand() {
        BotKits kits = new BotKits(service);
        kits.create("vps", List.of(grid.id().toString()), START.plusDays(90), dir.resolve("vps.akkit"), false).close();
        assertThat(kits.overview()).singleElement().satisfies(o -> {
            assertThat(o.kit().holds(grid.id())).isTrue();
            assertThat(o.state().status()).isEqualTo(KitState.Status.CURRENT);
        });
        service.edit(service.find(grid.id()).orElseThrow().toBuilder().notes("edited").build(), "touch");
        assertThat(kits.overview().get(0).state().status()).isEqualTo(KitState.Status.NEEDS_REISSUE);
        assertThat(kits.overview().get(0).state().stale()).containsExactly("Grid bot");
        clock.today = START.plusDays(91);
        assertThat(kits.overview().get(0).state().status()).isEqualTo(KitState.Status.EXPIRED);
    }

    @Test
    void remindersNameKitsExpiringWithinTheLeadTimeExpiredOnesAndOnesToReissue() {
        BotKits kits = new BotKits(service);
        kits.create("vps", List.of("Grid bot"), START.plusDays(20), dir.resolve("vps.akkit"), false).close();
        KitChecks checks = new KitChecks(service);
        assertThat(checks.reminders(14)).isEmpty();

        clock.today = START.plusDays(8); // 12 days left
        assertThat(checks.reminders(14)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(KitReminder.Kind.EXPIRY);
            assertThat(r.level()).isEqualTo(Reminder.Level.WARNING);
            assertThat(r.describe()).isEqualTo("kit vps expires in 12 days");
        });
        assertThat(checks.reminders(7)).as("outside a shorter lead time").isEmpty();

        clock.today = START.plusDays(18);
        assertThat(checks.reminders(0)).extracting(KitReminder::level).as("within 3 days whatever the lead").containsExactly(Reminder.Level.CRITICAL);

        clock.today = START.plusDays(20);
        assertThat(checks.reminders(14).get(0).describe()).isEqualTo("kit vps expires today");
        clock.today = START.plusDays(21);
        assertThat(checks.reminders(14)).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo(Reminder.Level.EXPIRED);
            assertThat(r.describe()).isEqualTo("kit vps expired on 2026-03-21");
        });

        clock.today = START.plusDays(1);
        service.edit(service.find(grid.id()).orElseThrow().toBuilder().notes("edited").build(), "touch");
        assertThat(checks.reminders(14)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(KitReminder.Kind.REISSUE);
            assertThat(r.level()).isEqualTo(Reminder.Level.CRITICAL);
            assertThat(r.describe()).isEqualTo("kit vps holds the old secret of Grid bot: re-issue it");
        });
    }

    /** A clock whose day the test moves. */
    private static final class MovableClock extends Clock {
        LocalDate today = START;

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return today.atTime(10, 0).toInstant(ZoneOffset.UTC); }
    }
}
