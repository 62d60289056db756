package dev.apikeep.app;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.AuditFinding;
import dev.apikeep.domain.CheckFindings;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.ExchangeSays;
import dev.apikeep.domain.KeyCheck;
import dev.apikeep.exchange.ExchangeException;
import dev.apikeep.exchange.ExchangeGateway;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * "Ask the exchange", shared by the CLI and the desktop app: check a key against what its exchange
 * says, write the exchange's values into the entry when the user says so, and read a new key's
 * settings before its first save. Nothing here runs unless called: no background contact.
 */
public final class ExchangeChecks {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    /** The activity-log detail of values taken from the exchange, before the fields' ids. */
    private static final String APPLIED_DETAIL = "from the exchange: ";
    /** The activity log's record of undoing "Use the exchange's values": stored data (like every log detail), not a message. */
    public static final String UNDO_DETAIL = "undo: values from the exchange";

    private final ExchangeGateway gateway;
    private final ExchangeCatalog catalog;

    ExchangeChecks(ExchangeGateway gateway, ExchangeCatalog catalog) {
        this.gateway = gateway;
        this.catalog = catalog;
    }

    /**
     * @param proxy the proxy from Settings, "" for none (then {@code HTTPS_PROXY} or the system's)
     * @param env   the process environment ({@code APIKEEP_EXCHANGE_URL_<ID>}, {@code HTTPS_PROXY})
     * @throws InvalidInputException when an override or the proxy is malformed
     */
    public static ExchangeChecks create(ExchangeCatalog catalog, Duration timeout, String proxy, Map<String, String> env,
                                        Clock clock) {
        try {
            return new ExchangeChecks(ExchangeGateway.create(timeout, proxy, env, clock), catalog);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** The one-line warning to show while an {@code APIKEEP_EXCHANGE_URL_<ID>} override is set. */
    public Optional<String> overrideWarning() {
        return gateway.overrideWarning();
    }

    public KeyCheck check(ApiKeyEntry entry) {
        return gateway.check(entry, catalog.forEntry(entry));
    }

    /** Checks a key and keeps the result in the vault as its last check (not in a read-only vault). */
    public KeyCheck checkAndRecord(KeyService keys, ApiKeyEntry entry) {
        KeyCheck check = check(entry);
        record(keys, check);
        return check;
    }

    private static void record(KeyService keys, KeyCheck check) {
        if (!keys.isReadOnly()) keys.saveCheckRecord(check.entryId(), CheckRecords.encode(check));
    }

    /** How far "Check all" has got: {@code done} of {@code total} keys, the last one checked. */
    public record Progress(int done, int total, ApiKeyEntry last, KeyCheck check) {
    }

    /**
     * "Check all": asks about each key in turn, keeping each result in the vault as it comes, and
     * stops once {@code cancelled} says so: what was checked before stays checked, an answer that
     * arrives after the cancel is dropped. Runs on the caller's thread: nothing here starts work of its own.
     */
    public List<KeyCheck> checkAll(KeyService keys, List<ApiKeyEntry> entries, BooleanSupplier cancelled,
                                   Consumer<Progress> progress) {
        List<KeyCheck> checks = new ArrayList<>();
        for (ApiKeyEntry entry : entries) {
            if (cancelled.getAsBoolean()) break;
            KeyCheck check = check(entry);
            if (cancelled.getAsBoolean()) break;
            record(keys, check);
            checks.add(check);
            progress.accept(new Progress(checks.size(), entries.size(), entry, check));
        }
        return checks;
    }

    /**
     * Each key's last check, held against the entry as it is now ({@link KeyCheck#against}); keys
     * never checked, and records that cannot be read, are absent.
     */
    public static Map<UUID, KeyCheck> lastChecks(KeyService keys, Collection<ApiKeyEntry> entries) {
        Map<UUID, byte[]> records = keys.checkRecords();
        Map<UUID, KeyCheck> checks = new LinkedHashMap<>();
        for (ApiKeyEntry entry : entries) {
            byte[] record = records.get(entry.id());
            if (record == null) continue;
            try {
                checks.put(entry.id(), CheckRecords.decode(entry.id(), record).against(entry));
            } catch (IllegalArgumentException unreadable) {
                // a hint, not content: shown as "not checked yet"
            }
        }
        return checks;
    }

    /** The audit's findings from each key's last check (see {@link CheckFindings}). */
    public static List<AuditFinding> findings(KeyService keys, Collection<ApiKeyEntry> entries) {
        return CheckFindings.of(entries, lastChecks(keys, entries), keys.catalog());
    }

    /**
     * What the exchange says about a key not yet saved ("Fill from exchange").
     *
     * @throws InvalidInputException with the exchange's message when it refuses the key or cannot be asked
     */
    public ExchangeSays fetch(ApiKeyEntry draft) {
        try {
            return gateway.ask(draft, catalog.forEntry(draft));
        } catch (ExchangeException e) {
            throw new InvalidInputException(switch (e.status()) {
                case REJECTED -> Messages.format("exchange.fetch.rejected", e.getMessage()); // the message names the exchange
                case UNREACHABLE -> Messages.format("exchange.fetch.unreachable", e.getMessage());
                default -> Messages.format("exchange.fetch.unsupported", e.getMessage());
            });
        }
    }

    /**
     * Writes the exchange's values for exactly the check's applicable differences: one write, logged
     * as an edit "from the exchange: <fields>". Returns the entry unchanged when nothing applies.
     */
    public static ApiKeyEntry apply(KeyService keys, ApiKeyEntry entry, KeyCheck check) {
        if (!check.entryId().equals(entry.id())) throw new IllegalArgumentException("the check is of another key");
        if (check.applicable().isEmpty()) return entry;
        String fields = check.applicable().stream().map(d -> d.field().id()).collect(Collectors.joining(", "));
        return keys.edit(check.applyTo(entry), APPLIED_DETAIL + fields);
    }
}
