package dev.apikeep.ui.editor;

import dev.apikeep.app.EntryValidator;
import dev.apikeep.app.FieldError;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.Permission;
import dev.apikeep.domain.Risk;
import dev.apikeep.domain.SecretBytes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    public static final String WITHDRAW_WARNING = "Never enable withdrawal for a bot key: if the key leaks,"
            + " whoever holds it can move your funds out. Untick it unless this key must move funds.";

    /** Field names, the same as {@link FieldError#field()} uses. */
    public static final String EXCHANGE = "exchange", LABEL = "label", API_KEY = "apiKey", SECRET = "secret",
            PASSPHRASE = "passphrase", KEY_TYPE = "keyType", PERMISSIONS = "permissions", IPS = "ipWhitelist",
            CREATED = "createdAt", EXPIRES = "expiresAt", ROTATION = "rotateEveryDays";
    private static final List<String> FIELDS = List.of(EXCHANGE, LABEL, API_KEY, SECRET, PASSPHRASE, KEY_TYPE,
            PERMISSIONS, IPS, CREATED, EXPIRES, ROTATION);

    /** How the computed expiry is shown: none, set by the user, or from the exchange's rule. */
    public enum ExpiryKind { NONE, USER, EXCHANGE_RULE, UNKNOWN }

    /** A free-form permission word of a custom exchange with the risk read from it. */
    public record WordRisk(String word, Risk risk) {
    }

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
    private final ObservableList<PermissionGroup> permissionGroups = FXCollections.observableArrayList();
    private final StringProperty customPermissions = new SimpleStringProperty(this, "customPermissions", "");
    private final ObservableList<WordRisk> customRisks = FXCollections.observableArrayList();
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
    private final ReadOnlyBooleanWrapper pemSecret = new ReadOnlyBooleanWrapper(this, "pemSecret");
    private final ReadOnlyStringWrapper permissionsNote = new ReadOnlyStringWrapper(this, "permissionsNote", "");
    private final ReadOnlyStringWrapper highRiskWarning = new ReadOnlyStringWrapper(this, "highRiskWarning", "");
    private final ReadOnlyStringWrapper expiryText = new ReadOnlyStringWrapper(this, "expiryText", "");
    private final ReadOnlyObjectWrapper<ExpiryKind> expiryKind = new ReadOnlyObjectWrapper<>(this, "expiryKind", ExpiryKind.NONE);
    private final ReadOnlyObjectWrapper<LocalDate> computedExpiry = new ReadOnlyObjectWrapper<>(this, "computedExpiry");
    private final ReadOnlyStringWrapper exchangeNotes = new ReadOnlyStringWrapper(this, "exchangeNotes", "");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> shownErrors = new LinkedHashMap<>();
    private final Set<String> touched = new java.util.HashSet<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final BooleanProperty updating = new SimpleBooleanProperty();
    /** Bybit's Read-Only/Read-Write switch: true, false, or null when an older entry never stated it. */
    private final ObjectProperty<Boolean> readOnlySwitch = new SimpleObjectProperty<>(this, "readOnlySwitch");
    private final ReadOnlyBooleanWrapper switchAvailable = new ReadOnlyBooleanWrapper(this, "switchAvailable");
    /** An older entry's ticked Read-Only, kept as it was while the switch is not stated. */
    private boolean unstatedSwitchTicked;
    private final ExchangeFillState fill = new ExchangeFillState(this);

    /**
     * @param existingOrNull the entry to edit, or null for a new key
     * @param today          the day "created" defaults to and expiry countdowns count from
     */
    public EditorModel(ExchangeCatalog catalog, ApiKeyEntry existingOrNull, LocalDate today) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.validator = new EntryValidator(catalog);
        this.existing = existingOrNull;
        this.today = Objects.requireNonNull(today, "today");
        for (String field : FIELDS) {
            errors.put(field, new ReadOnlyStringWrapper(this, field + "Error", ""));
            shownErrors.put(field, new ReadOnlyStringWrapper(this, field + "ShownError", ""));
        }

        List<Exchange> sorted = new ArrayList<>(catalog.all());
        sorted.sort(Comparator.comparing(Exchange::isCustom).thenComparing(e -> e.name().toLowerCase(Locale.ROOT)));
        exchanges = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(sorted));

        exchange.addListener((obs, old, now) -> onExchangeChanged(now, Set.of()));
        if (existingOrNull == null) {
            createdAt.set(today);
            exchange.set(sorted.get(0));
        } else {
            loadFrom(existingOrNull);
        }
        Observable[] inputs = {environment, label, account, apiKey, secret, passphrase, keyType, customPermissions,
                ipText, createdAt, expiresAt, rotationDays, readOnlySwitch};
        for (Observable input : inputs) input.addListener(o -> recompute());
        touchOn(label, LABEL);
        touchOn(apiKey, API_KEY);
        touchOn(secret, SECRET);
        touchOn(passphrase, PASSPHRASE);
        touchOn(keyType, KEY_TYPE);
        touchOn(customPermissions, PERMISSIONS);
        touchOn(ipText, IPS);
        touchOn(createdAt, CREATED, EXPIRES);
        touchOn(expiresAt, EXPIRES);
        touchOn(rotationDays, ROTATION);
        touchOn(readOnlySwitch, PERMISSIONS);
        recompute();
    }

    /** Errors show under a field only once the user changed it, so a fresh form is not all red. */
    private void touchOn(Observable input, String... fields) {
        input.addListener(o -> {
            touched.addAll(List.of(fields));
            publishShownErrors();
        });
    }

    /** Shows every field's error, e.g. when the user tries to save an incomplete form. */
    public void touchAll() {
        touched.addAll(FIELDS);
        publishShownErrors();
    }

    private void publishShownErrors() {
        for (String field : FIELDS) {
            shownErrors.get(field).set(touched.contains(field) ? errors.get(field).get() : "");
        }
    }

    private void loadFrom(ApiKeyEntry entry) {
        Exchange ex = catalog.forEntry(entry);
        environment.set(entry.environment());
        label.set(entry.label());
        account.set(entry.account());
        // Secrets go only into the fields, nowhere else.
        apiKey.set(entry.apiKey().reveal());
        secret.set(entry.secret().reveal());
        passphrase.set(entry.passphrase().reveal());
        if (ex.isCustom()) customPermissions.set(String.join(", ", entry.permissions()));
        exchange.set(ex);
        onExchangeChanged(ex, Set.copyOf(entry.permissions()));
        if (ex.readOnlyPermission() != null) {
            readOnlySwitch.set(entry.readOnly());
            unstatedSwitchTicked = entry.permissions().contains(ex.readOnlyPermission());
        }
        keyType.set(entry.keyType());
        ipText.set(entry.ipWhitelist().stream().map(IpRule::text).collect(Collectors.joining("\n")));
        createdAt.set(entry.createdAt());
        expiresAt.set(entry.expiresAt());
        rotationDays.set(entry.rotateEveryDays() == null ? "" : String.valueOf(entry.rotateEveryDays()));
        tags.set(String.join(", ", entry.tags()));
        usedBy.set(String.join(", ", entry.usedBy()));
        notes.set(entry.notes());
    }

    private void onExchangeChanged(Exchange ex, Set<String> ticked) {
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
            switchAvailable.set(ex.readOnlyPermission() != null);
            readOnlySwitch.set(ex.readOnlyPermission() != null ? Boolean.FALSE : null);
            unstatedSwitchTicked = false;
            Map<String, List<PermissionChoice>> byGroup = new LinkedHashMap<>();
            for (Permission p : ex.permissions()) {
                if (p.id().equals(ex.readOnlyPermission())) continue; // the Read-Only / Read-Write choice, not a checkbox
                PermissionChoice choice = new PermissionChoice(p, ticked.contains(p.id()));
                choice.selectedProperty().addListener(o -> {
                    touched.add(PERMISSIONS);
                    recompute();
                });
                byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(choice);
            }
            permissionGroups.setAll(byGroup.entrySet().stream().map(e -> new PermissionGroup(e.getKey(), e.getValue())).toList());
            permissionsNote.set(ex.permissionsEditable() ? "" : (ex.isCustom() ? "Many exchanges" : ex.name())
                    + (ex.isCustom() ? " do" : " does") + " not let you change permissions later: to change them,"
                    + " create a new key and delete the old one");
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
        Map<String, String> found = new LinkedHashMap<>();

        List<String> permissionIds = selectedPermissions();
        customRisks.setAll(ex.isCustom()
                ? permissionIds.stream().map(w -> new WordRisk(w, ex.riskOf(w))).toList() : List.of());
        boolean viewOnly = switchAvailable.get() && Boolean.TRUE.equals(readOnlySwitch.get()); // scopes of a Read-Only key only view
        List<String> high = viewOnly ? List.of() : permissionIds.stream().filter(p -> ex.riskOf(p) == Risk.HIGH).map(ex::nameOf).toList();
        highRiskWarning.set(high.isEmpty() ? "" : WITHDRAW_WARNING + " Ticked: " + String.join(", ", high) + ".");

        List<IpRule> ips = List.of();
        boolean ipsValid = true;
        try {
            ips = IpRule.parseList(ipText.get());
        } catch (IllegalArgumentException e) {
            ipsValid = false;
            found.put(IPS, e.getMessage());
        }

        Integer rotation = null;
        String rotationTextValue = rotationDays.get() == null ? "" : rotationDays.get().strip();
        if (!rotationTextValue.isEmpty()) {
            try {
                rotation = Integer.valueOf(rotationTextValue);
                if (rotation <= 0) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                rotation = null;
                found.put(ROTATION, "rotation interval: a whole number of days, at least 1 (or leave empty)");
            }
        }
        if (createdAt.get() == null) found.put(CREATED, "the created date is required");
        if (keyType.get() == null) found.put(KEY_TYPE, "choose the key type");

        ApiKeyEntry draft = draftBuilder(ex, permissionIds, ips, rotation)
                // Placeholders: the validator only asks whether a secret is empty, so no copy is made.
                .apiKey(placeholder(apiKey.get().strip()))
                .secret(placeholder(secret.get()))
                .passphrase(passphraseVisible.get() ? placeholder(passphrase.get()) : SecretBytes.empty())
                .createdAt(createdAt.get() == null ? today : createdAt.get())
                .build();
        for (FieldError error : validator.validate(draft)) found.putIfAbsent(error.field(), error.message());
        if (secret.get().isBlank() && !secret.get().isEmpty()) found.putIfAbsent(SECRET, "the secret is only blank space");

        for (String field : FIELDS) errors.get(field).set(found.getOrDefault(field, ""));
        publishShownErrors();
        // An error on a field the form does not show must still block saving.
        valid.set(found.isEmpty());
        summary.set(found.isEmpty() ? "" : "To save, complete: " + found.keySet().stream().map(EditorModel::displayName)
                .collect(Collectors.joining(", ")));

        updateExpiry(ex, draft, ipsValid);
        fill.update();
    }

    private void updateExpiry(Exchange ex, ApiKeyEntry draft, boolean ipsValid) {
        ExpiryExplanation shown = ExpiryExplanation.of(ex, draft, ipsValid, today);
        show(shown.kind(), shown.date(), shown.text());
    }

    static String displayName(String field) {
        return switch (field) {
            case EXCHANGE -> "exchange";
            case LABEL -> "label";
            case API_KEY -> "API key";
            case SECRET -> "secret";
            case PASSPHRASE -> "passphrase";
            case KEY_TYPE -> "key type";
            case PERMISSIONS -> "permissions";
            case IPS -> "IP whitelist";
            case CREATED -> "created date";
            case EXPIRES -> "expiry date";
            case ROTATION -> "rotation interval";
            default -> field;
        };
    }

    private void show(ExpiryKind kind, LocalDate date, String text) {
        expiryKind.set(kind);
        computedExpiry.set(date);
        expiryText.set(text);
    }

    private static SecretBytes placeholder(String text) {
        return text == null || text.isEmpty() ? SecretBytes.empty() : SecretBytes.of("*");
    }

    private ApiKeyEntry.Builder draftBuilder(Exchange ex, List<String> permissionIds, List<IpRule> ips, Integer rotation) {
        ApiKeyEntry.Builder b = existing == null ? ApiKeyEntry.builder() : existing.toBuilder();
        b.exchangeId(ex.id())
                .environment(environment.get() == null ? Environment.MAINNET : environment.get())
                .label(label.get().strip())
                .account(account.get().strip())
                .keyType(keyType.get() == null ? ex.keyTypes().get(0) : keyType.get())
                .permissions(permissionIds)
                .ipWhitelist(ips)
                .createdAt(createdAt.get())
                .expiresAt(expiresAt.get())
                .rotateEveryDays(rotation)
                .tags(splitList(tags.get()))
                .usedBy(splitList(usedBy.get()))
                .notes(notes.get());
        if (ex.readOnlyPermission() != null) b.readOnly(readOnlySwitch.get());
        return b;
    }

    /** The ticked permission ids, or for a custom exchange the comma-separated words. */
    public List<String> selectedPermissions() {
        if (exchange.get() != null && exchange.get().isCustom()) return splitList(customPermissions.get());
        List<String> ticked = permissionGroups.stream().flatMap(g -> g.choices().stream())
                .filter(PermissionChoice::isSelected).map(c -> c.permission().id()).toList();
        String switchId = exchange.get() == null ? null : exchange.get().readOnlyPermission();
        boolean on = Boolean.TRUE.equals(readOnlySwitch.get()) || (readOnlySwitch.get() == null && unstatedSwitchTicked);
        if (switchId == null || !on) return ticked;
        List<String> withSwitch = new ArrayList<>(List.of(switchId));
        withSwitch.addAll(ticked);
        return withSwitch;
    }

    /** Bybit's Read-Only (true) / Read-Write (false) choice; null for an older entry that never stated it. */
    public ObjectProperty<Boolean> readOnlySwitchProperty() { return readOnlySwitch; }
    /** True when the exchange has a Read-Only/Read-Write switch (the editor shows the choice). */
    public ReadOnlyBooleanProperty switchAvailableProperty() { return switchAvailable.getReadOnlyProperty(); }
    /** "Fill from exchange" for a new key. */
    public ExchangeFillState fill() { return fill; }

    /** Offers "Fill from exchange" (new keys only) through {@code asker}. */
    public void offerFill(ExchangeFillState.Asker asker) {
        fill.offer(isEditing() ? null : asker);
    }

    static List<String> splitList(String text) {
        if (text == null) return List.of();
        Set<String> items = new LinkedHashSet<>();
        for (String item : text.split("[,\\n]")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) items.add(trimmed);
        }
        return List.copyOf(items);
    }

    /**
     * The new or edited entry. An edit keeps the id, revision, status, revocation, rotation links and
     * last use of the entry being edited (the vault bumps the revision when it stores it).
     *
     * @throws IllegalStateException while any field is invalid
     */
    public ApiKeyEntry build() {
        recompute();
        if (!valid.get()) {
            throw new IllegalStateException("the key has invalid fields: " + errors.entrySet().stream()
                    .filter(e -> !e.getValue().get().isEmpty()).map(Map.Entry::getKey).collect(Collectors.joining(", ")));
        }
        Exchange ex = exchange.get();
        String rotation = rotationDays.get().strip();
        String secretText = secret.get();
        // HMAC secrets are one token: outer whitespace is a paste accident. PEM keys are kept exactly.
        if (!keyType.get().usesPemPrivateKey()) secretText = secretText.strip();
        return draftBuilder(ex, selectedPermissions(), IpRule.parseList(ipText.get()),
                rotation.isEmpty() ? null : Integer.valueOf(rotation))
                .apiKey(SecretBytes.of(apiKey.get().strip()))
                .secret(SecretBytes.of(secretText))
                .passphrase(passphraseVisible.get() ? SecretBytes.of(passphrase.get()) : SecretBytes.empty())
                .build();
    }

    /** Only what an exchange needs to be asked about the typed key ("Fill from exchange"); the caller wipes it. */
    ApiKeyEntry credentialsDraft() {
        Exchange ex = exchange.get();
        KeyType type = keyType.get() == null ? ex.keyTypes().get(0) : keyType.get();
        String secretText = type.usesPemPrivateKey() ? secret.get() : secret.get().strip();
        return ApiKeyEntry.builder().exchangeId(ex.id()).environment(environment.get()).label("new key").keyType(type)
                .createdAt(today).apiKey(SecretBytes.of(apiKey.get().strip())).secret(SecretBytes.of(secretText))
                .passphrase(passphraseVisible.get() ? SecretBytes.of(passphrase.get()) : SecretBytes.empty()).build();
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
    public ObservableList<PermissionGroup> permissionGroups() { return permissionGroups; }
    public StringProperty customPermissionsProperty() { return customPermissions; }
    public ObservableList<WordRisk> customRisks() { return customRisks; }
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
    public ReadOnlyStringProperty permissionsNoteProperty() { return permissionsNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty highRiskWarningProperty() { return highRiskWarning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty expiryTextProperty() { return expiryText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ExpiryKind> expiryKindProperty() { return expiryKind.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LocalDate> computedExpiryProperty() { return computedExpiry.getReadOnlyProperty(); }
    public ReadOnlyStringProperty exchangeNotesProperty() { return exchangeNotes.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    /** The message shown under a field, "" when it is fine; {@code field} is one of the constants above. */
    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) throw new IllegalArgumentException("no field '" + field + "'");
        return error.getReadOnlyProperty();
    }

    /** The error once the user has touched the field (see {@link #touchAll()}); what the view shows. */
    public ReadOnlyStringProperty shownErrorProperty(String field) {
        errorProperty(field);
        return shownErrors.get(field).getReadOnlyProperty();
    }

    /** "" when valid, else which fields block saving; shown beside the disabled Save button. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public String error(String field) {
        return errorProperty(field).get();
    }

    /** Finds a permission checkbox's state by id; for tests and the view. */
    public Optional<PermissionChoice> choice(String permissionId) {
        return permissionGroups.stream().flatMap(g -> g.choices().stream())
                .filter(c -> c.permission().id().equals(permissionId)).findFirst();
    }

    public Exchange exchange(String id) {
        return catalog.require(id);
    }
}
