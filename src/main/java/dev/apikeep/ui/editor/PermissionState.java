package dev.apikeep.ui.editor;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.Permission;
import dev.apikeep.domain.Risk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a key may do, as the editor shows it: the exchange's permission checkboxes by group (or a
 * custom exchange's free words with the risk read from each), Bybit's Read-Only / Read-Write
 * switch, the withdrawal warning and the note for exchanges whose permissions cannot change later.
 */
public final class PermissionState {
    /** A free-form permission word of a custom exchange with the risk read from it. */
    public record WordRisk(String word, Risk risk) {
    }

    private final ObservableList<PermissionGroup> groups = FXCollections.observableArrayList();
    private final StringProperty customWords = new SimpleStringProperty(this, "customPermissions", "");
    private final ObservableList<WordRisk> customRisks = FXCollections.observableArrayList();
    /** Bybit's Read-Only/Read-Write switch: true, false, or null when an older entry never stated it. */
    private final ObjectProperty<Boolean> readOnlySwitch = new SimpleObjectProperty<>(this, "readOnlySwitch");
    private final ReadOnlyBooleanWrapper switchAvailable = new ReadOnlyBooleanWrapper(this, "switchAvailable");
    /** An older entry's ticked Read-Only, kept as it was while the switch is not stated. */
    private boolean unstatedSwitchTicked;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "permissionsNote", "");
    private final ReadOnlyStringWrapper highRiskWarning = new ReadOnlyStringWrapper(this, "highRiskWarning", "");

    /** New checkboxes for {@code ex}, {@code ticked} ticked; {@code onTick} runs whenever the user ticks one. */
    void reset(Exchange ex, Set<String> ticked, Runnable onTick) {
        switchAvailable.set(ex.readOnlyPermission() != null);
        readOnlySwitch.set(ex.readOnlyPermission() != null ? Boolean.FALSE : null);
        unstatedSwitchTicked = false;
        Map<String, List<PermissionChoice>> byGroup = new LinkedHashMap<>();
        for (Permission p : ex.permissions()) {
            if (p.id().equals(ex.readOnlyPermission())) continue; // the Read-Only / Read-Write choice, not a checkbox
            PermissionChoice choice = new PermissionChoice(p, ticked.contains(p.id()));
            choice.selectedProperty().addListener(o -> onTick.run());
            byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(choice);
        }
        groups.setAll(byGroup.entrySet().stream().map(e -> new PermissionGroup(e.getKey(), e.getValue())).toList());
        note.set(ex.permissionsEditable() ? ""
                : ex.isCustom() ? Messages.get("editor.permissions.fixedAnywhere") : Messages.format("editor.permissions.fixed", ex.name()));
    }

    /** An edited entry's switch as it was stored (null when it never stated one). */
    void loadSwitch(Exchange ex, ApiKeyEntry entry) {
        if (ex.readOnlyPermission() == null) return;
        readOnlySwitch.set(entry.readOnly());
        unstatedSwitchTicked = entry.permissions().contains(ex.readOnlyPermission());
    }

    /** The ticked permission ids (with the switch's Read-Only first when on), or a custom exchange's words. */
    List<String> selected(Exchange ex) {
        if (ex != null && ex.isCustom()) return EntryForm.splitList(customWords.get());
        List<String> ticked = groups.stream().flatMap(g -> g.choices().stream())
                .filter(PermissionChoice::isSelected).map(c -> c.permission().id()).toList();
        String switchId = ex == null ? null : ex.readOnlyPermission();
        boolean on = Boolean.TRUE.equals(readOnlySwitch.get()) || (readOnlySwitch.get() == null && unstatedSwitchTicked);
        if (switchId == null || !on) return ticked;
        List<String> withSwitch = new ArrayList<>(List.of(switchId));
        withSwitch.addAll(ticked);
        return withSwitch;
    }

    /** The custom words' risks and the withdrawal warning for {@code ids}. */
    void assessRisk(Exchange ex, List<String> ids) {
        customRisks.setAll(ex.isCustom() ? ids.stream().map(w -> new WordRisk(w, ex.riskOf(w))).toList() : List.of());
        boolean viewOnly = switchAvailable.get() && Boolean.TRUE.equals(readOnlySwitch.get()); // a Read-Only key's scopes only view
        List<String> high = viewOnly ? List.of() : ids.stream().filter(p -> ex.riskOf(p) == Risk.HIGH).map(ex::nameOf).toList();
        highRiskWarning.set(high.isEmpty() ? "" : Messages.format("editor.permissions.withdrawWarning", String.join(", ", high)));
    }

    /** Finds a permission checkbox's state by id. */
    public Optional<PermissionChoice> choice(String permissionId) {
        return groups.stream().flatMap(g -> g.choices().stream())
                .filter(c -> c.permission().id().equals(permissionId)).findFirst();
    }

    public ObservableList<PermissionGroup> groups() { return groups; }
    public StringProperty customWordsProperty() { return customWords; }
    public ObservableList<WordRisk> customRisks() { return customRisks; }
    /** Bybit's Read-Only (true) / Read-Write (false) choice; null for an older entry that never stated it. */
    public ObjectProperty<Boolean> readOnlySwitchProperty() { return readOnlySwitch; }
    /** True when the exchange has a Read-Only/Read-Write switch (the editor shows the choice). */
    public ReadOnlyBooleanProperty switchAvailableProperty() { return switchAvailable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyStringProperty highRiskWarningProperty() { return highRiskWarning.getReadOnlyProperty(); }
}
