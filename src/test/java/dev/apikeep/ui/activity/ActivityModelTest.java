package dev.apikeep.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import dev.apikeep.domain.SecretBytes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityModelTest {
    final ApiKeyEntry grid = ApiKeyEntry.builder().exchangeId("bybit").label("Grid bot")
            .apiKey(SecretBytes.of("AKZq")).secret(SecretBytes.of("very-secret")).build();
    final UUID gone = UUID.randomUUID();
    final Instant t = Instant.parse("2026-06-01T10:00:00Z");

    List<ActivityEvent> events() {
        return List.of(
                new ActivityEvent(1, t, EventType.UNLOCK, null, 0, ""),
                new ActivityEvent(2, t.plusSeconds(60), EventType.ADD, grid.id(), 1, "bybit"),
                new ActivityEvent(3, t.plusSeconds(120), EventType.COPY, grid.id(), 2, "secret"),
                new ActivityEvent(4, t.plusSeconds(180), EventType.DELETE, gone, 0, "okx"));
    }

    @Test
    void newestFirstWithLabelsResolved() {
        ActivityModel model = new ActivityModel(ZoneOffset.UTC);
        model.setEvents(events(), List.of(grid));
        assertThat(model.visible()).extracting(ActivityModel.Line::time, ActivityModel.Line::type, ActivityModel.Line::key, ActivityModel.Line::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-06-01 10:03:00", "delete", "deleted key", "okx"),
                        org.assertj.core.groups.Tuple.tuple("2026-06-01 10:02:00", "copy", "Grid bot", "secret"),
                        org.assertj.core.groups.Tuple.tuple("2026-06-01 10:01:00", "add", "Grid bot", "bybit"),
                        org.assertj.core.groups.Tuple.tuple("2026-06-01 10:00:00", "unlock", "", ""));
        assertThat(model.visible()).noneMatch(l -> l.detail().contains("very-secret") || l.key().contains("very-secret"));
    }

    @Test
    void filtersByKeyAndByType() {
        ActivityModel model = new ActivityModel(ZoneOffset.UTC);
        model.setEvents(events(), List.of(grid));
        assertThat(model.keyChoices()).extracting(ActivityModel.KeyChoice::label)
                .containsExactly("All keys", "deleted key " + gone.toString().substring(0, 8), "Grid bot");
        model.keyFilterProperty().set(model.keyChoices().stream().filter(k -> grid.id().equals(k.id())).findFirst().orElseThrow());
        assertThat(model.visible()).extracting(l -> l.event().seq()).containsExactly(3L, 2L);
        model.typeFilterProperty().set(new ActivityModel.TypeChoice(EventType.COPY));
        assertThat(model.visible()).extracting(l -> l.event().seq()).containsExactly(3L);
        model.keyFilterProperty().set(ActivityModel.ALL_KEYS);
        model.typeFilterProperty().set(new ActivityModel.TypeChoice(EventType.UNLOCK));
        assertThat(model.visible()).extracting(l -> l.event().seq()).containsExactly(1L);
        model.typeFilterProperty().set(ActivityModel.ALL_TYPES);
        assertThat(model.visible()).hasSize(4);
        assertThat(model.typeChoices()).extracting(ActivityModel.TypeChoice::toString)
                .containsExactly("All events", "unlock", "add", "copy", "delete");
    }
}
