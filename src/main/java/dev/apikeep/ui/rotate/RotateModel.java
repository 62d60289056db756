package dev.apikeep.ui.rotate;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.Risk;
import dev.apikeep.domain.SecretBytes;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The rotate dialog's state: the new API key, secret (multi-line PEM allowed) and passphrase, and
 * the old key's permissions, all ticked, which the user may only untick. A rotation can tighten a
 * key, never widen it: a permission the old key lacked is not offered at all. Unit-tested.
 */
public final class RotateModel {

    /** One permission of the old key, with the exchange's own name and risk. */
    public static final class PermissionChoice {
        private final String id;
        private final String name;
        private final Risk risk;
        private final BooleanProperty keep = new SimpleBooleanProperty(true);

        PermissionChoice(String id, String name, Risk risk) {
            this.id = id;
            this.name = name;
            this.risk = risk;
        }

        public String id() { return id; }
        public String name() { return name; }
        public Risk risk() { return risk; }
        public BooleanProperty keepProperty() { return keep; }
    }

    private final ApiKeyEntry old;
    private final Exchange exchange;
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final List<PermissionChoice> permissions = new ArrayList<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding valid;

    public RotateModel(ApiKeyEntry old, Exchange exchange) {
        this.old = old;
        this.exchange = exchange;
        for (String p : old.permissions()) permissions.add(new PermissionChoice(p, exchange.nameOf(p), exchange.riskOf(p)));
        List<ObservableValue<?>> deps = new ArrayList<>(List.of(apiKey, secret, passphrase));
        permissions.forEach(c -> deps.add(c.keepProperty()));
        problem.bind(Bindings.createStringBinding(this::findProblem, deps.toArray(ObservableValue[]::new)));
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public ApiKeyEntry old() { return old; }
    public Exchange exchange() { return exchange; }
    public StringProperty apiKeyProperty() { return apiKey; }
    public StringProperty secretProperty() { return secret; }
    public StringProperty passphraseProperty() { return passphrase; }
    public List<PermissionChoice> permissions() { return List.copyOf(permissions); }
    /** What stops Rotate, in words; "" when it may go ahead. */
    public StringProperty problemProperty() { return problem; }
    public BooleanBinding validProperty() { return valid; }

    /** The exchange needs a passphrase, or the old key had one. */
    public boolean asksPassphrase() {
        return exchange.passphraseRequired() || old.hasPassphrase();
    }

    /** The ticked permissions, in the old key's order: always a subset of the old key's. */
    public List<String> keptPermissions() {
        return permissions.stream().filter(c -> c.keepProperty().get()).map(PermissionChoice::id).toList();
    }

    /** Removed by the user: shown in the summary so tightening is a visible choice. */
    public List<String> droppedPermissions() {
        return permissions.stream().filter(c -> !c.keepProperty().get()).map(PermissionChoice::name).toList();
    }

    private String findProblem() {
        if (apiKey.get().isBlank()) return Messages.format("rotate.problem.apiKey", exchange.name());
        if (apiKey.get().strip().equals(old.apiKey().reveal())) return Messages.format("rotate.problem.oldKey", exchange.name());
        if (secret.get().isBlank()) return Messages.get("rotate.problem.secret");
        if (exchange.passphraseRequired() && passphrase.get().isEmpty()) return Messages.format("rotate.problem.passphrase", exchange.name());
        if (!permissions.isEmpty() && keptPermissions().isEmpty()) return Messages.get("rotate.problem.permissions");
        return "";
    }

    /** The new key's secrets as wipeable bytes; the caller passes them to KeyService.rotate. */
    public SecretBytes newApiKey() { return SecretBytes.of(apiKey.get().strip()); }

    /** A multi-line (PEM) secret is kept exactly as pasted; a one-line secret loses stray spaces from pasting. */
    public SecretBytes newSecret() {
        String s = secret.get();
        return SecretBytes.of(s.strip().contains("\n") ? s : s.strip());
    }

    public SecretBytes newPassphrase() { return passphrase.get().isEmpty() ? null : SecretBytes.of(passphrase.get()); }

    private List<String> kitsToReissue = List.of();

    /** The bot kits that hold the old key: the checklist asks to re-issue each. */
    public void setKitsToReissue(List<String> kits) { kitsToReissue = List.copyOf(kits); }
    public List<String> kitsToReissue() { return kitsToReissue; }

    /** Forgets the typed text (JavaFX text fields hold Strings; drop our references at least). */
    public void clear() {
        apiKey.set("");
        secret.set("");
        passphrase.set("");
    }

    /**
     * What to do after the rotation: delete the old key on the exchange, then update every tool that
     * used it.
     */
    public static List<String> checklist(ApiKeyEntry old, Exchange exchange) {
        return checklist(old, exchange, List.of());
    }

    /** As above, then re-issue every bot kit holding the old key (the command line's checklist says the same). */
    public static List<String> checklist(ApiKeyEntry old, Exchange exchange, List<String> kits) {
        List<String> items = new ArrayList<>();
        items.add(exchange.apiManagementUrl().isBlank() ? Messages.format("rotate.checklist.delete", exchange.name())
                : Messages.format("rotate.checklist.deleteAt", exchange.name(), exchange.apiManagementUrl()));
        for (String tool : old.usedBy()) items.add(Messages.format("rotate.checklist.update", tool));
        for (String kit : kits) items.add(Messages.format("rotate.checklist.reissueKit", kit));
        return items;
    }
}
