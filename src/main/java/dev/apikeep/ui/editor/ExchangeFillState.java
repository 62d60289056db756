package dev.apikeep.ui.editor;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeSays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editor's "Fill from exchange" for a new key: once the key and secret (and a required
 * passphrase) are typed, asks the exchange what the key may do and fills permissions, the IP list,
 * created and expiry before the first save. A refusal or failure changes nothing and says why.
 */
public final class ExchangeFillState {
    /** The window's side: consent, then the network call off the FX thread; answers on the FX thread. */
    @FunctionalInterface
    public interface Asker {
        void ask(ApiKeyEntry draft, Consumer<ExchangeSays> said, Consumer<String> failed);
    }

    private final EditorModel model;
    private Asker asker;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    ExchangeFillState(EditorModel model) {
        this.model = model;
    }

    void offer(Asker asker) {
        this.asker = asker;
        update();
    }

    /** Shown for a new key when the window can ask exchanges. */
    public ReadOnlyBooleanProperty offeredProperty() { return offered.getReadOnlyProperty(); }
    /** The button is on: an exchange ApiKeep can ask, its credentials typed, no question pending. */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty askingProperty() { return asking.getReadOnlyProperty(); }
    /** What was filled, or why nothing was. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    void update() {
        Exchange ex = model.exchangeProperty().get();
        offered.set(asker != null && ex != null && !ex.exchangeWords().isEmpty());
        boolean typed = !model.apiKeyProperty().get().isBlank() && !model.secretProperty().get().isBlank()
                && (!model.passphraseRequiredProperty().get() || !model.passphraseProperty().get().isEmpty());
        ready.set(offered.get() && typed && !asking.get());
    }

    public void fill() {
        update();
        if (!ready.get()) return;
        Exchange ex = model.exchangeProperty().get();
        ApiKeyEntry draft = model.credentialsDraft();
        asking.set(true);
        failed.set(false);
        status.set(Messages.format("editor.fill.asking", ex.name()));
        update();
        asker.ask(draft, says -> {
            draft.wipeSecrets();
            done(apply(ex, says), false);
        }, message -> {
            draft.wipeSecrets();
            done(Messages.format("editor.fill.nothingFilled", message), true);
        });
    }

    private void done(String text, boolean failure) {
        asking.set(false);
        failed.set(failure);
        status.set(text);
        update();
    }

    /** Writes what the exchange said into the form; says what was filled and what the user must still do. */
    String apply(Exchange ex, ExchangeSays says) {
        if (model.exchangeProperty().get() != ex) return Messages.get("editor.fill.changedMeanwhile");
        List<String> filled = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (says.permissions() != null) {
            Set<String> ids = new HashSet<>(says.permissions());
            List<String> unknown = says.permissions().stream().filter(p -> p.startsWith(Exchange.UNKNOWN_PREFIX))
                    .map(p -> p.substring(Exchange.UNKNOWN_PREFIX.length())).toList();
            if (ex.readOnlyPermission() != null) {
                model.permissions().readOnlySwitchProperty().set(says.readOnly() != null ? says.readOnly() : ids.contains(ex.readOnlyPermission()));
            }
            model.permissions().groups().forEach(g -> g.choices().forEach(c -> c.selectedProperty().set(ids.contains(c.permission().id()))));
            filled.add(Messages.get("editor.fill.part.permissions"));
            if (!unknown.isEmpty()) notes.add(Messages.format("editor.fill.unknown", String.join(", ", unknown)));
        }
        if (says.ipWhitelist() != null && says.ipWhitelist().stream().noneMatch(ip -> ip.contains("*"))) {
            model.ipTextProperty().set(String.join("\n", says.ipWhitelist()));
            filled.add(Messages.get("editor.fill.part.ips"));
        } else if (says.ipWhitelist() != null || Boolean.TRUE.equals(says.ipBound())) {
            notes.add(Messages.format("editor.fill.maskedIps", ex.name()));
        }
        if (says.createdAt() != null) {
            model.createdAtProperty().set(says.createdAt());
            filled.add(Messages.get("editor.fill.part.created"));
        }
        if (says.expiresAt() != null) {
            model.expiresAtProperty().set(says.expiresAt());
            filled.add(Messages.get("editor.fill.part.expiry"));
        }
        String head = filled.isEmpty() ? Messages.format("editor.fill.nothingToHold", ex.name())
                : Messages.format("editor.fill.filled", ex.name(), String.join(", ", filled));
        return notes.isEmpty() ? head : head + " " + String.join(" ", notes);
    }
}
