package dev.apikeep.ui.bots;

import dev.apikeep.domain.Messages;
import dev.apikeep.app.kit.BotKits;
import dev.apikeep.app.kit.IssuedKit;
import dev.apikeep.domain.ApiKeyEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The "New kit" / "Re-issue kit" form: a name, the keys to put in it, the last day and where to
 * write the file. A re-issue keeps the name and keys (they follow rotations to the current key)
 * and offers the same length and file as before. The issuing itself is {@link BotKits}'s, the same
 * use case as {@code apikeep kit create|reissue}. Unit-tested.
 */
public final class KitFormModel {
    static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._ -]{0,63}";

    /** A key the user may put in the kit. */
    public static final class KeyChoice {
        private final UUID id;
        private final String label;
        private final String detail;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        KeyChoice(UUID id, String label, String detail) {
            this.id = id;
            this.label = label;
            this.detail = detail;
        }

        public UUID id() { return id; }
        public String label() { return label; }
        /** Exchange, account and environment, to tell two keys of the same label apart. */
        public String detail() { return detail; }
        public BooleanProperty chosenProperty() { return chosen; }
    }

    private final IssuedKit reissuing;
    private final Set<String> takenNames;
    private final LocalDate today;
    private final StringProperty name = new SimpleStringProperty("");
    private final List<KeyChoice> keys = new ArrayList<>();
    private final ObjectProperty<LocalDate> expires = new SimpleObjectProperty<>();
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding valid;

    /**
     * @param active    the vault's active keys (create) — ignored for a re-issue, which keeps its keys
     * @param reissuing the kit to re-issue, or null to create one
     * @param takenNames the names of the kits this vault issued already (a new kit needs another)
     * @param folder    where a new kit file goes by default
     */
    public KitFormModel(List<ApiKeyEntry> active, java.util.function.Function<ApiKeyEntry, String> describe,
                        IssuedKit reissuing, Set<String> takenNames, LocalDate today, Path folder) {
        this.reissuing = reissuing;
        this.takenNames = Set.copyOf(takenNames);
        this.today = today;
        if (reissuing == null) {
            for (ApiKeyEntry e : active) if (!e.isRevoked()) keys.add(new KeyChoice(e.id(), e.label(), describe.apply(e)));
            expires.set(today.plusDays(BotKits.DEFAULT_DAYS));
            name.addListener((o, a, b) -> {
                if (file.get().isEmpty() || file.get().equals(defaultFile(folder, a))) file.set(defaultFile(folder, b));
            });
        } else {
            name.set(reissuing.name());
            for (IssuedKit.HeldKey k : reissuing.keys()) {
                KeyChoice held = new KeyChoice(k.id(), k.label(), "");
                held.chosenProperty().set(true);
                keys.add(held);
            }
            long length = Math.max(1, reissuing.expires().toEpochDay() - reissuing.created().toEpochDay());
            expires.set(today.plusDays(length));
            file.set(reissuing.file());
        }
        List<ObservableValue<?>> deps = new ArrayList<>(List.of(name, expires, file));
        keys.forEach(k -> deps.add(k.chosenProperty()));
        problem.bind(Bindings.createStringBinding(this::findProblem, deps.toArray(ObservableValue[]::new)));
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public boolean isReissue() { return reissuing != null; }
    public StringProperty nameProperty() { return name; }
    public List<KeyChoice> keys() { return List.copyOf(keys); }
    public ObjectProperty<LocalDate> expiresProperty() { return expires; }
    public StringProperty fileProperty() { return file; }
    /** What stops Create, in words; "" when it may go ahead. */
    public StringProperty problemProperty() { return problem; }
    public BooleanBinding validProperty() { return valid; }

    /** The chosen keys' ids, as references for {@link BotKits#create}. */
    public List<String> chosenRefs() {
        return keys.stream().filter(k -> k.chosenProperty().get()).map(k -> k.id().toString()).toList();
    }

    public Path filePath() {
        return Path.of(file.get().strip());
    }

    /** Writes the kit (call off the FX thread): the same use case as the command line's. */
    public BotKits.Issued issue(BotKits kits) {
        if (reissuing != null) return kits.reissue(reissuing.name(), filePath(), expires.get());
        return kits.create(name.get(), chosenRefs(), expires.get(), filePath(), false);
    }

    private String findProblem() {
        if (!name.get().strip().matches(NAME_PATTERN)) {
            return Messages.get("kit.problem.name");
        }
        if (reissuing == null && takenNames.contains(name.get().strip())) {
            return Messages.format("kit.problem.nameTaken", name.get().strip());
        }
        if (chosenRefs().isEmpty()) return Messages.get("kit.problem.keys");
        LocalDate last = expires.get();
        if (last == null || !last.isAfter(today)) return Messages.get("kit.problem.lastDay");
        if (last.isAfter(today.plusDays(3650))) return Messages.get("kit.problem.tooLong");
        if (file.get().isBlank()) return Messages.get("kit.problem.file");
        if (reissuing == null && dev.apikeep.app.PrivateOutput.exists(filePath())) {
            return Messages.format("kit.problem.exists", file.get().strip());
        }
        return "";
    }

    static String defaultFile(Path folder, String kitName) {
        String clean = kitName == null ? "" : kitName.strip().replaceAll("[^A-Za-z0-9._-]", "-");
        return clean.isEmpty() ? "" : folder.resolve(clean + ".akkit").toString();
    }
}
