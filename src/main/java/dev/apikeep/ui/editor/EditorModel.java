package dev.apikeep.ui.editor;

import dev.apikeep.app.EntryValidator;
import dev.apikeep.app.FieldError;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's state and all its logic, as JavaFX properties the view binds to. Needs no stage, so
 * every rule is unit-tested directly. Validation reuses {@link EntryValidator} (the CLI's rules) and
 * adds what only a form has: unparsable IP lines, rotation text that is not a number, no created date.
 *
 * <p>Secrets: while editing they live in the text properties (JavaFX text controls hold Strings,
 * which cannot be wiped). Validation only asks whether a field is empty and never copies a secret;
 * {@link #build()} makes the {@link SecretBytes} once, and {@link #clearSecrets()} empties the
 * fields when the dialog closes so the control no longer references the text.
 */
public final class EditorModel {
    /** Field names, the same as {@link FieldError#field()} uses. */
    public static final String EXCHANGE = "exchange", LABEL = "label", API_KEY = "apiKey", SECRET = "secret",
            PASSPHRASE = "passphrase", KEY_TYPE = "keyType", PERMISSIONS = "permissions", IPS = "ipWhitelist",
            CREATED = "createdAt", EXPIRES = "expiresAt", ROTATION = "rotateEveryDays";
    private static final List<String> FIELDS = List.of(EXCHANGE, LABEL, API_KEY, SECRET, PASSPHRASE, KEY_TYPE,
            PERMISSIONS, IPS, CREATED, EXPIRES, ROTATION);

    private final ExchangeCatalog catalog;
    private final EntryValidator validator;
    private final ApiKeyEntry existing;
    private final LocalDate today;

    private final ObservableList<Exchange> exchanges;
    private final ObjectProperty<Exchange> exchange = new SimpleObjectProperty<>(this, "exchange");
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(this, "environment", Environment.MAINNET);
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty account = new SimpleStringProperty(this, "account", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ObservableList<KeyType> keyTypes = FXCollections.observableArrayList();
    private final ObjectProperty<KeyType> keyType = new SimpleObjectProperty<>(this, "keyType", KeyType.HMAC);
    private final PermissionState permissions = new PermissionState();
    private final StringProperty ipText = new SimpleStringProperty(this, "ipText", "");
    private final ObjectProperty<LocalDate> createdAt = new SimpleObjectProperty<>(this, "createdAt");
    private final ObjectProperty<LocalDate> expiresAt = new SimpleObjectProperty<>(this, "expiresAt");
    private final StringProperty rotationDays = new SimpleStringProperty(this, "rotationDays", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty usedBy = new SimpleStringProperty(this, "usedBy", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final ReadOnlyBooleanWrapper custom = new ReadOnlyBooleanWrapper(this, "custom");
    private final ReadOnlyBooleanWrapper passphraseVisible = new ReadOnlyBooleanWrapper(this, "passphraseVisible");
    private final ReadOnlyBooleanWrapper passphraseRequired = new ReadOnlyBooleanWrapper(this, "passphraseRequired");
    private final ExpiryShown expiry = new ExpiryShown();
    private final ReadOnlyStringWrapper exchangeNotes = new ReadOnlyStringWrapper(this, "exchangeNotes", "");
    private final FieldErrors errors = new FieldErrors(FIELDS);
    private final BooleanProperty updating = new SimpleBooleanProperty();
    private final ExchangeFillState fill = new ExchangeFillState(this);
    private final EntryForm entryForm;
    /** The exchange's API hosts (default first) when it lists more than one; the key's choice ("" = default). */
    private final ObservableList<String> apiHosts = FXCollections.observableArrayList();
    private final StringProperty apiHost = new SimpleStringProperty(this, "apiHost", "");

    /**
     * @param existingOrNull the entry to edit, or null for a new key
     * @param today          the day "created" defaults to and expiry countdowns count from
     */
    public EditorModel(ExchangeCatalog catalog, ApiKeyEntry existingOrNull, LocalDate today) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.validator = new EntryValidator(catalog);
        this.existing = existingOrNull;
        this.today = Objects.requireNonNull(today, "today");
        this.entryForm = new EntryForm(this, existingOrNull, today);
        List<Exchange> sorted = new ArrayList<>(catalog.all());
        sorted.sort(Comparator.comparing(Exchange::isCustom).thenComparing(e -> e.name().toLowerCase(Locale.ROOT)));
        exchanges = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(sorted));

        exchange.addListener((obs, old, now) -> showExchange(now, Set.of()));
        if (existingOrNull == null) {
            createdAt.set(today);
            exchange.set(sorted.get(0));
        } else {
            entryForm.load(existingOrNull, catalog.forEntry(existingOrNull));
        }
        Observable[] inputs = {environment, label, account, apiKey, secret, passphrase, keyType,
                permissions.customWordsProperty(), ipText, createdAt, expiresAt, rotationDays,
                permissions.readOnlySwitchProperty(), apiHost};
        for (Observable input : inputs) input.addListener(o -> recompute());
        touchOn(label, LABEL);
        touchOn(apiKey, API_KEY);
        touchOn(secret, SECRET);
        touchOn(passphrase, PASSPHRASE);
        touchOn(keyType, KEY_TYPE);
        touchOn(permissions.customWordsProperty(), PERMISSIONS);
        touchOn(ipText, IPS);
        touchOn(createdAt, CREATED, EXPIRES);
        touchOn(expiresAt, EXPIRES);
        touchOn(rotationDays, ROTATION);
        touchOn(permissions.readOnlySwitchProperty(), PERMISSIONS);
        recompute();
    }

    /** Errors show under a field only once the user changed it, so a fresh form is not all red. */
    private void touchOn(Observable input, String... fields) {
        input.addListener(o -> errors.touch(fields));
    }

    /** Shows every field's error, e.g. when the user tries to save an incomplete form. */
    public void touchAll() {
        errors.touchAll();
    }

    /** Shows {@code ex}'s key types, passphrase, hosts and permissions, {@code ticked} ticked. */
    void showExchange(Exchange ex, Set<String> ticked) {
        if (ex == null) return;
        updating.set(true);
        try {
            custom.set(ex.isCustom());
            passphraseRequired.set(ex.passphraseRequired());
            // A custom exchange may or may not use a passphrase; a catalog exchange that does not use one hides it.
            passphraseVisible.set(ex.passphraseRequired() || ex.isCustom());
            KeyType current = keyType.get();
            keyTypes.setAll(ex.keyTypes());
            keyType.set(ex.keyTypes().contains(current) ? current : ex.keyTypes().get(0));
            apiHosts.setAll(ex.apiHosts().size() > 1 ? ex.apiHosts() : List.of());
            apiHost.set(ex.apiHosts().isEmpty() ? "" : ex.apiHosts().get(0));
            permissions.reset(ex, ticked, () -> {
                errors.touch(PERMISSIONS);
                recompute();
            });
            exchangeNotes.set(ex.notes());
        } finally {
            updating.set(false);
        }
        recompute();
    }

    /** Re-derives every computed property from the inputs; cheap, so it runs on each change. */
    private void recompute() {
        if (updating.get() || exchange.get() == null) return;
        Exchange ex = exchange.get();
        List<String> permissionIds = selectedPermissions();
        permissions.assessRisk(ex, permissionIds);

        FormCheck check = new FormCheck();
        List<IpRule> ips = check.ips(ipText.get());
        Integer rotation = check.rotation(rotationDays.get());
        check.require(createdAt.get() != null, CREATED, Messages.get("editor.error.createdRequired"));
        check.require(keyType.get() != null, KEY_TYPE, Messages.get("editor.error.keyTypeRequired"));
        ApiKeyEntry draft = entryForm.withPlaceholders(entryForm.fields(ex, permissionIds, ips, rotation));
        check.validate(validator, draft, secret.get());
        errors.publish(check.found());

        expiry.show(ExpiryExplanation.of(ex, draft, check.ipsValid(), today));
        fill.update();
    }

    /** The ticked permission ids, or for a custom exchange the comma-separated words. */
    public List<String> selectedPermissions() {
        return permissions.selected(exchange.get());
    }

    /** The permission checkboxes, Bybit's Read-Only / Read-Write switch and the risk warnings. */
    public PermissionState permissions() { return permissions; }
    /** The computed expiry line. */
    public ExpiryShown expiry() { return expiry; }
    /** The exchange's API hosts to choose from; empty when it has one. */
    public ObservableList<String> apiHosts() { return apiHosts; }
    public StringProperty apiHostProperty() { return apiHost; }
    /** "Fill from exchange" for a new key. */
    public ExchangeFillState fill() { return fill; }

    /** Offers "Fill from exchange" (new keys only) through {@code asker}. */
    public void offerFill(ExchangeFillState.Asker asker) {
        fill.offer(isEditing() ? null : asker);
    }

    /**
     * The new or edited entry. An edit keeps the id, revision, status, revocation, rotation links and
     * last use of the entry being edited (the vault bumps the revision when it stores it).
     *
     * @throws IllegalStateException while any field is invalid
     */
    public ApiKeyEntry build() {
        recompute();
        if (!errors.isValid()) throw new IllegalStateException("the key has invalid fields: " + errors.invalidFields());
        Exchange ex = exchange.get();
        ApiKeyEntry.Builder fields = entryForm.fields(ex, selectedPermissions(), IpRule.parseList(ipText.get()),
                FormCheck.rotationDays(rotationDays.get()));
        return entryForm.withSecrets(fields, ex);
    }

    /** Only what an exchange needs to be asked about the typed key ("Fill from exchange"); the caller wipes it. */
    ApiKeyEntry credentialsDraft() {
        return entryForm.credentials(exchange.get());
    }

    /** Empties the secret fields, so the closed dialog's controls stop referencing the secret text. */
    public void clearSecrets() {
        apiKey.set("");
        secret.set("");
        passphrase.set("");
    }

    public boolean isEditing() {
        return existing != null;
    }

    public LocalDate today() {
        return today;
    }

    // --- properties the view binds to ---
    public ObservableList<Exchange> exchanges() { return exchanges; }
    public ObjectProperty<Exchange> exchangeProperty() { return exchange; }
    public ObjectProperty<Environment> environmentProperty() { return environment; }
    public StringProperty labelProperty() { return label; }
    public StringProperty accountProperty() { return account; }
    public StringProperty apiKeyProperty() { return apiKey; }
    public StringProperty secretProperty() { return secret; }
    public StringProperty passphraseProperty() { return passphrase; }
    public ObservableList<KeyType> keyTypes() { return keyTypes; }
    public ObjectProperty<KeyType> keyTypeProperty() { return keyType; }
    public StringProperty ipTextProperty() { return ipText; }
    public ObjectProperty<LocalDate> createdAtProperty() { return createdAt; }
    public ObjectProperty<LocalDate> expiresAtProperty() { return expiresAt; }
    public StringProperty rotationDaysProperty() { return rotationDays; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty usedByProperty() { return usedBy; }
    public StringProperty notesProperty() { return notes; }

    public ReadOnlyBooleanProperty customProperty() { return custom.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty passphraseVisibleProperty() { return passphraseVisible.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty passphraseRequiredProperty() { return passphraseRequired.getReadOnlyProperty(); }
    public ReadOnlyStringProperty exchangeNotesProperty() { return exchangeNotes.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return errors.validProperty(); }

    /** The message shown under a field, "" when it is fine; {@code field} is one of the constants above. */
    public ReadOnlyStringProperty errorProperty(String field) { return errors.errorProperty(field); }

    /** The error once the user has touched the field (see {@link #touchAll()}); what the view shows. */
    public ReadOnlyStringProperty shownErrorProperty(String field) { return errors.shownErrorProperty(field); }

    /** "" when valid, else which fields block saving; shown beside the disabled Save button. */
    public ReadOnlyStringProperty summaryProperty() { return errors.summaryProperty(); }

    public String error(String field) {
        return errorProperty(field).get();
    }

    public Exchange exchange(String id) {
        return catalog.require(id);
    }
}
