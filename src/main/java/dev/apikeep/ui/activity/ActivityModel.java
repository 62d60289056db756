package dev.apikeep.ui.activity;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.EventType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The activity screen's state: the decrypted log newest first, each line with the key's label
 * resolved from its id ("deleted key" when gone), and filters by key and by type. Events hold no
 * secret (a copy records which field, never the value). Unit-tested without a stage.
 */
public final class ActivityModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One line of the log as shown. */
    public record Line(ActivityEvent event, String time, String type, String key, String detail) {
    }

    /** A choice in the key filter; {@link #ALL_KEYS} has a null id and label (its words come from the bundle when shown). */
    public record KeyChoice(UUID id, String label) {
        @Override
        public String label() {
            return label == null ? Messages.get("activity.allKeys") : label;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    public static final KeyChoice ALL_KEYS = new KeyChoice(null, null);

    /** A choice in the type filter; null type = all. */
    public record TypeChoice(EventType type) {
        @Override
        public String toString() {
            return type == null ? Messages.get("activity.allEvents") : type.id();
        }
    }

    public static final TypeChoice ALL_TYPES = new TypeChoice(null);

    private final ZoneId zone;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final FilteredList<Line> visible = new FilteredList<>(lines);
    private final ObservableList<KeyChoice> keyChoices = FXCollections.observableArrayList(ALL_KEYS);
    private final ObservableList<TypeChoice> typeChoices = FXCollections.observableArrayList(ALL_TYPES);
    private final ObjectProperty<KeyChoice> keyFilter = new SimpleObjectProperty<>(ALL_KEYS);
    private final ObjectProperty<TypeChoice> typeFilter = new SimpleObjectProperty<>(ALL_TYPES);

    public ActivityModel(ZoneId zone) {
        this.zone = zone;
        keyFilter.addListener((o, a, b) -> refilter());
        typeFilter.addListener((o, a, b) -> refilter());
    }

    public ObservableList<Line> visible() { return visible; }
    public ObservableList<KeyChoice> keyChoices() { return keyChoices; }
    public ObservableList<TypeChoice> typeChoices() { return typeChoices; }
    public ObjectProperty<KeyChoice> keyFilterProperty() { return keyFilter; }
    public ObjectProperty<TypeChoice> typeFilterProperty() { return typeFilter; }

    /**
     * Shows {@code events} (any order) with labels from {@code entries}; only the labels are kept,
     * never the entries themselves.
     */
    public void setEvents(List<ActivityEvent> events, Collection<ApiKeyEntry> entries) {
        Map<UUID, String> labels = new HashMap<>();
        entries.forEach(e -> labels.put(e.id(), e.label()));
        List<Line> fresh = events.stream()
                .sorted(Comparator.comparingLong(ActivityEvent::seq).reversed())
                .map(e -> new Line(e, TIME.format(e.time().atZone(zone)), e.type().id(),
                        e.entryId() == null ? "" : labels.getOrDefault(e.entryId(), Messages.get("activity.deletedKey")), e.detail()))
                .toList();
        lines.setAll(fresh);

        Map<UUID, KeyChoice> keys = new LinkedHashMap<>();
        events.stream().map(ActivityEvent::entryId).filter(Objects::nonNull).distinct()
                .map(id -> new KeyChoice(id, labels.getOrDefault(id, Messages.format("activity.deletedKeyId", id.toString().substring(0, 8)))))
                .sorted(Comparator.comparing(k -> k.label().toLowerCase(java.util.Locale.ROOT)))
                .forEach(k -> keys.put(k.id(), k));
        List<KeyChoice> kc = new ArrayList<>();
        kc.add(ALL_KEYS);
        kc.addAll(keys.values());
        keyChoices.setAll(kc);
        List<TypeChoice> tc = new ArrayList<>();
        tc.add(ALL_TYPES);
        events.stream().map(ActivityEvent::type).distinct().sorted().map(TypeChoice::new).forEach(tc::add);
        typeChoices.setAll(tc);
        if (!keyChoices.contains(keyFilter.get())) keyFilter.set(ALL_KEYS);
        if (!typeChoices.contains(typeFilter.get())) typeFilter.set(ALL_TYPES);
        refilter();
    }

    private void refilter() {
        KeyChoice k = keyFilter.get() == null ? ALL_KEYS : keyFilter.get();
        TypeChoice t = typeFilter.get() == null ? ALL_TYPES : typeFilter.get();
        visible.setPredicate(line -> (k.id() == null || k.id().equals(line.event().entryId()))
                && (t.type() == null || t.type() == line.event().type()));
    }
}
