package dev.apikeep.ui.editor;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Environment;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.SecretBytes;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Between an {@link ApiKeyEntry} and the editor's fields: fills the fields from a stored entry, and
 * builds an entry from them. An edit starts from the stored entry, so what the form does not show
 * (id, revision, status, revocation, rotation links, last use) is kept.
 *
 * <p>Secrets leave the text fields only in {@link #withSecrets} and {@link #credentials}, as
 * {@link SecretBytes} the caller owns; checking a draft uses placeholders and never copies a secret.
 */
final class EntryForm {
    private final EditorModel form;
    private final ApiKeyEntry existing;
    private final LocalDate today;

    EntryForm(EditorModel form, ApiKeyEntry existingOrNull, LocalDate today) {
        this.form = form;
        this.existing = existingOrNull;
        this.today = today;
    }

    /** Fills every field from {@code entry}, which is on exchange {@code ex}. */
    void load(ApiKeyEntry entry, Exchange ex) {
        form.environmentProperty().set(entry.environment());
        form.labelProperty().set(entry.label());
        form.accountProperty().set(entry.account());
        // Secrets go only into the fields, nowhere else.
        form.apiKeyProperty().set(entry.apiKey().reveal());
        form.secretProperty().set(entry.secret().reveal());
        form.passphraseProperty().set(entry.passphrase().reveal());
        if (ex.isCustom()) form.permissions().customWordsProperty().set(String.join(", ", entry.permissions()));
        form.exchangeProperty().set(ex);
        form.showExchange(ex, Set.copyOf(entry.permissions()));
        if (entry.apiHost() != null) form.apiHostProperty().set(entry.apiHost());
        form.permissions().loadSwitch(ex, entry);
        form.keyTypeProperty().set(entry.keyType());
        form.ipTextProperty().set(entry.ipWhitelist().stream().map(IpRule::text).collect(Collectors.joining("\n")));
        form.createdAtProperty().set(entry.createdAt());
        form.expiresAtProperty().set(entry.expiresAt());
        form.rotationDaysProperty().set(entry.rotateEveryDays() == null ? "" : String.valueOf(entry.rotateEveryDays()));
        form.tagsProperty().set(String.join(", ", entry.tags()));
        form.usedByProperty().set(String.join(", ", entry.usedBy()));
        form.notesProperty().set(entry.notes());
    }

    /** Every field but the secrets, from already parsed values. */
    ApiKeyEntry.Builder fields(Exchange ex, List<String> permissionIds, List<IpRule> ips, Integer rotation) {
        ApiKeyEntry.Builder b = existing == null ? ApiKeyEntry.builder() : existing.toBuilder();
        Environment environment = form.environmentProperty().get();
        b.exchangeId(ex.id())
                .environment(environment == null ? Environment.MAINNET : environment)
                .label(form.labelProperty().get().strip())
                .account(form.accountProperty().get().strip())
                .keyType(keyType(ex))
                .permissions(permissionIds)
                .ipWhitelist(ips)
                .createdAt(form.createdAtProperty().get())
                .expiresAt(form.expiresAtProperty().get())
                .rotateEveryDays(rotation)
                .tags(splitList(form.tagsProperty().get()))
                .usedBy(splitList(form.usedByProperty().get()))
                .notes(form.notesProperty().get());
        if (ex.readOnlyPermission() != null) b.readOnly(form.permissions().readOnlySwitchProperty().get());
        // the default host is stored as "none", so a key follows the catalog if its default ever changes
        String host = form.apiHostProperty().get();
        b.apiHost(ex.apiHosts().isEmpty() || ex.apiHosts().get(0).equals(host) ? null : host);
        return b;
    }

    /** A draft for the validator: secrets are placeholders, since it only asks whether one is empty. */
    ApiKeyEntry withPlaceholders(ApiKeyEntry.Builder fields) {
        LocalDate created = form.createdAtProperty().get();
        return fields.apiKey(placeholder(form.apiKeyProperty().get().strip()))
                .secret(placeholder(form.secretProperty().get()))
                .passphrase(form.passphraseVisibleProperty().get() ? placeholder(form.passphraseProperty().get()) : SecretBytes.empty())
                .createdAt(created == null ? today : created)
                .build();
    }

    /** The entry with its secrets, made once; HMAC secrets lose outer paste whitespace, PEM keys are kept exactly. */
    ApiKeyEntry withSecrets(ApiKeyEntry.Builder fields, Exchange ex) {
        return fields.apiKey(SecretBytes.of(form.apiKeyProperty().get().strip()))
                .secret(SecretBytes.of(secretText(keyType(ex))))
                .passphrase(passphrase())
                .build();
    }

    /** Only what an exchange needs to be asked about the typed key ("Fill from exchange"); the caller wipes it. */
    ApiKeyEntry credentials(Exchange ex) {
        KeyType type = keyType(ex);
        return ApiKeyEntry.builder().exchangeId(ex.id()).environment(form.environmentProperty().get()).label(Messages.get("editor.fill.draftLabel"))
                .keyType(type).createdAt(today).apiKey(SecretBytes.of(form.apiKeyProperty().get().strip()))
                .secret(SecretBytes.of(secretText(type))).passphrase(passphrase()).build();
    }

    private KeyType keyType(Exchange ex) {
        KeyType chosen = form.keyTypeProperty().get();
        return chosen == null ? ex.keyTypes().get(0) : chosen;
    }

    private String secretText(KeyType type) {
        String text = form.secretProperty().get();
        return type.usesPemPrivateKey() ? text : text.strip();
    }

    private SecretBytes passphrase() {
        return form.passphraseVisibleProperty().get() ? SecretBytes.of(form.passphraseProperty().get()) : SecretBytes.empty();
    }

    private static SecretBytes placeholder(String text) {
        return text == null || text.isEmpty() ? SecretBytes.empty() : SecretBytes.of("*");
    }

    /** Comma- or line-separated items, trimmed, without empties or repeats. */
    static List<String> splitList(String text) {
        if (text == null) return List.of();
        Set<String> items = new LinkedHashSet<>();
        for (String item : text.split("[,\\n]")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) items.add(trimmed);
        }
        return List.copyOf(items);
    }
}
