package dev.apikeep.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.SecretBytes;
import dev.apikeep.ui.keys.KeyFilter;
import dev.apikeep.ui.keys.KeysModel;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The day-change refresh: the watch fires once per new day, and the model recounts with the new day. */
class DayWatchTest {
    final AtomicReference<LocalDate> day = new AtomicReference<>(LocalDate.of(2026, 6, 1));

    @Test
    void firesOncePerChangeOfDay() {
        DayWatch watch = new DayWatch(day::get);
        assertThat(watch.dayChanged()).isFalse();
        day.set(day.get().plusDays(1));
        assertThat(watch.dayChanged()).isTrue();
        assertThat(watch.dayChanged()).isFalse();
        day.set(day.get().minusDays(1)); // clock set back
        assertThat(watch.dayChanged()).isTrue();
    }

    @Test
    void theSidebarCountsFollowTheNewDay() {
        // A Bybit trade key without IP expires 90 days after creation; lead time 14 days.
        ApiKeyEntry bot = ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot").createdAt(day.get().minusDays(75))
                .apiKey(SecretBytes.of("k")).secret(SecretBytes.of("s")).permissions(List.of("read")).build();
        KeysModel model = new KeysModel(ExchangeCatalog.loadDefault(), day::get);
        model.setEntries(List.of(bot));
        assertThat(count(model, KeyFilter.EXPIRING)).isZero(); // 15 days left
        DayWatch watch = new DayWatch(day::get);

        day.set(day.get().plusDays(1)); // 14 days left
        if (watch.dayChanged()) model.dayChanged();
        assertThat(count(model, KeyFilter.EXPIRING)).isEqualTo(1);
        model.filterProperty().set(KeyFilter.EXPIRING);
        assertThat(model.visible()).containsExactly(bot);

        day.set(day.get().plusDays(14)); // expired today
        if (watch.dayChanged()) model.dayChanged();
        assertThat(count(model, KeyFilter.EXPIRING)).isZero();
        assertThat(model.visible()).isEmpty();
        assertThat(count(model, KeyFilter.ATTENTION)).isEqualTo(1);
    }

    static int count(KeysModel model, KeyFilter f) {
        return model.filters().stream().filter(i -> i.filter().equals(f)).findFirst().orElseThrow().count();
    }
}
