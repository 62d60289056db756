package dev.apikeep.ui.bots;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.app.kit.KitState;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Bots view's state: the kits this vault issued with their keys, expiry and state, the one
 * selected, and what to tell the user after a forget. The words live here so they are tested
 * without a stage; the vault work is {@link BotKits}'s, run by the controller off the FX thread.
 */
public final class BotsModel {
    /** One kit as a row of the table. */
    public record Row(IssuedKit kit, KitState state, LocalDate today) {
        public String name() { return kit.name(); }

        public String keys() {
            return String.join(", ", kit.keys().stream().map(IssuedKit.HeldKey::label).toList());
        }

        public long daysLeft() {
            return kit.expires().toEpochDay() - today.toEpochDay();
        }

        /** "2026-05-30 (in 87 days)", "… (today)", "… (3 days ago)". */
        public String expires() {
            long left = daysLeft();
            String date = kit.expires().toString();
            if (left == 0) return Messages.format("bots.expires.today", date);
            return left > 0 ? Messages.format("bots.expires.in", date, left) : Messages.format("bots.expires.ago", date, -left);
        }

        public String stateText() {
            return state.status().shown();
        }

        /** What to do about it, or "" when the kit is current. */
        public String advice() {
            return switch (state.status()) {
                case CURRENT -> "";
                case NEEDS_REISSUE -> Messages.format("bots.advice.reissue", String.join(", ", state.stale()));
                case EXPIRED -> Messages.get("bots.advice.expired");
            };
        }
    }

    private final Supplier<LocalDate> today;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");

    public BotsModel(Supplier<LocalDate> today) {
        this.today = today;
    }

    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    /** A failed load, in words; "" when none. */
    public StringProperty problemProperty() { return problem; }

    /** The names of the kits shown: a new kit must take another. */
    public Set<String> names() {
        return rows.stream().map(Row::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Shows {@code kits}, keeping the selection on the kit of the same name. */
    public void setKits(List<BotKits.Overview> kits) {
        String keep = selected.get() == null ? null : selected.get().name();
        LocalDate now = today.get();
        rows.setAll(kits.stream().map(o -> new Row(o.kit(), o.state(), now)).toList());
        selected.set(rows.stream().filter(r -> r.name().equals(keep)).findFirst().orElse(null));
        problem.set("");
    }

    /** The warning before a forget: a copy on a server keeps working. */
    public static String forgetWarning(IssuedKit kit) {
        return Messages.format("bots.forget.warning", kit.expires().toString());
    }

    /** The rotate checklist offered after a forget: rotating a held key is what cuts off a copied kit now. */
    public static List<String> rotateChecklist(IssuedKit kit) {
        return kit.keys().stream().map(k -> Messages.format("bots.checklist.rotate", k.label())).toList();
    }
}
