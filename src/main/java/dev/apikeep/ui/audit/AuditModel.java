package dev.apikeep.ui.audit;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.AuditFinding;
import dev.apikeep.domain.AuditFinding.Severity;
import dev.apikeep.domain.AuditRules;
import dev.apikeep.domain.ExchangeCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit screen's state: the findings of {@link AuditRules#audit} grouped under high, medium and
 * low headers, the one-line score, and which key the user chose to go to. Unit-tested without a stage.
 */
public final class AuditModel {
    /** A list row: a severity header or one finding. */
    public sealed interface Row permits Header, Finding {
    }

    public record Header(Severity severity, int count) implements Row {
        public String text() {
            return Messages.format("audit.header." + severity.id(), String.valueOf(count));
        }
    }

    public record Finding(AuditFinding finding) implements Row {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(Messages.get("audit.score.none"));
    private final ObjectProperty<UUID> chosen = new SimpleObjectProperty<>();
    private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final DoubleProperty checkProgress = new SimpleDoubleProperty();
    private final StringProperty checkStatus = new SimpleStringProperty("");
    private Runnable startCheckAll;
    private Runnable cancelCheckAll = () -> { };
    private int checkDone;
    private int checkTotal;

    public AuditModel() {
        setFindings(List.of());
    }

    /** Runs every rule over {@code entries}. */
    public static AuditModel of(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today, int leadDays) {
        AuditModel model = new AuditModel();
        model.setFindings(AuditRules.audit(entries, catalog, today, leadDays));
        return model;
    }

    public void setFindings(List<AuditFinding> findings) {
        counts.clear();
        for (Severity s : Severity.values()) counts.put(s, 0);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        List<Row> grouped = new ArrayList<>();
        for (Severity s : Severity.values()) {
            List<AuditFinding> of = findings.stream().filter(f -> f.severity() == s).toList();
            if (of.isEmpty()) continue;
            grouped.add(new Header(s, of.size()));
            of.forEach(f -> grouped.add(new Finding(f)));
        }
        rows.setAll(grouped);
        score.set(scoreText(counts));
    }

    public ObservableList<Row> rows() { return rows; }
    public ReadOnlyStringProperty scoreProperty() { return score.getReadOnlyProperty(); }
    public String score() { return score.get(); }
    public int count(Severity s) { return counts.getOrDefault(s, 0); }
    /** The key the user clicked, to select in the main list; null until then. */
    public ObjectProperty<UUID> chosenProperty() { return chosen; }

    public void choose(Row row) {
        if (row instanceof Finding f) chosen.set(f.finding().entryId());
    }

    // ---- "Check all" with the exchanges (the window supplies the work; this holds what the user sees) ----

    /** Offers "Check all": {@code start} asks for consent and starts; {@code cancel} stops it. */
    public void offerCheckAll(Runnable start, Runnable cancel) {
        this.startCheckAll = start;
        this.cancelCheckAll = cancel;
    }

    public boolean canCheckAll() { return startCheckAll != null; }
    /** True from the first key to the last (or Cancel): the button is off, progress and Cancel are on. */
    public ReadOnlyBooleanProperty checkingProperty() { return checking; }
    public ReadOnlyDoubleProperty checkProgressProperty() { return checkProgress; }
    public ReadOnlyStringProperty checkStatusProperty() { return checkStatus; }

    public void checkAll() {
        if (startCheckAll != null && !checking.get()) startCheckAll.run();
    }

    /** Cancel, or the dialog closed: the run stops and later answers are ignored. */
    public void cancelCheckAll() {
        if (!checking.get()) return;
        cancelCheckAll.run();
        checkEnded(checkDone, checkTotal, true, null);
    }

    public void checkStarted(int total) {
        checkDone = 0;
        checkTotal = total;
        checking.set(true);
        checkProgress.set(total == 0 ? 1 : 0);
        checkStatus.set(Messages.format("audit.checkAll.asking", total));
    }

    public void checkProgressed(int done, int total) {
        if (!checking.get()) return;
        checkDone = done;
        checkProgress.set(total == 0 ? 1 : (double) done / total);
        checkStatus.set(Messages.format("audit.checkAll.progress", done, total));
    }

    public void checkEnded(int done, int total, boolean cancelled, List<AuditFinding> findings) {
        checking.set(false);
        checkProgress.set(total == 0 ? 1 : (double) done / total);
        checkStatus.set(Messages.format(cancelled ? "audit.checkAll.cancelled" : "audit.checkAll.done", done, total));
        if (findings != null) setFindings(findings);
    }

    public void checkFailed(String message) {
        checking.set(false);
        checkStatus.set(Messages.format("audit.checkAll.stopped", message));
    }

    /** "3 high, 2 medium, 1 low", only the non-zero parts; "No findings" when clean. */
    static String scoreText(Map<Severity, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0) parts.add(Messages.format("audit.score.part", String.valueOf(n), s.id()));
        }
        return parts.isEmpty() ? Messages.get("audit.score.none") : String.join(", ", parts);
    }

    /** The top bar's badge: findings worth acting on (high and medium). */
    public static int badgeCount(List<AuditFinding> findings) {
        return (int) findings.stream().filter(f -> f.severity() != Severity.LOW).count();
    }
}
