package dev.apikeep.ui.editor;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The expiry line under the dates, as the view binds to it: its kind, the date it names and its text. */
public final class ExpiryShown {
    private final ReadOnlyObjectWrapper<ExpiryKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", ExpiryKind.NONE);
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    void show(ExpiryExplanation explanation) {
        kind.set(explanation.kind());
        date.set(explanation.date());
        text.set(explanation.text());
    }

    public ReadOnlyObjectProperty<ExpiryKind> kindProperty() { return kind.getReadOnlyProperty(); }
    /** The date the key expires, from the user or the exchange's rule; null when none. */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() { return date.getReadOnlyProperty(); }
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
}
