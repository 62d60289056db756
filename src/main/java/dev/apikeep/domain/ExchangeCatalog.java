package dev.apikeep.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The exchanges ApiKeep knows, read from {@code exchanges.json}. The catalog is data: adding an
 * exchange means adding a JSON object, never code. Loading is strict (unknown fields, duplicate ids,
 * expiry rules naming unknown permissions are refused) so a typo fails loudly instead of silently
 * switching a rule off. Absent booleans mean false, absent lists empty, an absent keyLimit unknown.
 */
public final class ExchangeCatalog {
    static final String DEFAULT_RESOURCE = "/dev/apikeep/domain/exchanges.json";

    /** Null until a lazy catalog is first used; then, as for every other catalog, the exchanges. */
    private volatile List<Exchange> exchanges;
    private final Supplier<ExchangeCatalog> source;

    private ExchangeCatalog(List<Exchange> exchanges) {
        this.exchanges = List.copyOf(exchanges);
        this.source = null;
    }

    private ExchangeCatalog(Supplier<ExchangeCatalog> source) {
        this.source = source;
    }

    /**
     * The bundled catalog, read when it is first used: a command that never looks at an exchange
     * ({@code get}, {@code --version}) does not read it.
     * A damaged bundle fails at that first use instead of here.
     */
    public static ExchangeCatalog lazyDefault() {
        return new ExchangeCatalog(ExchangeCatalog::loadDefault);
    }

    private List<Exchange> exchanges() {
        List<Exchange> loaded = exchanges;
        if (loaded != null) return loaded;
        synchronized (this) {
            if (exchanges == null) exchanges = source.get().all();
            return exchanges;
        }
    }

    /** The catalog bundled with the app. */
    public static ExchangeCatalog loadDefault() {
        try (InputStream in = ExchangeCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the bundled exchange catalog " + DEFAULT_RESOURCE + " is missing");
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled exchange catalog", e);
        }
    }

    /**
     * @throws IllegalArgumentException naming what is wrong and where, when the JSON is malformed
     */
    public static ExchangeCatalog fromJson(InputStream json) {
        List<Exchange> exchanges;
        try {
            exchanges = CatalogJson.read(json);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exchange catalog", e);
        }
        if (exchanges == null) throw malformed("it has no \"exchanges\" list");
        return of(exchanges);
    }

    /** A catalog from exchanges built in code (tests, or a user-extended catalog). */
    public static ExchangeCatalog of(List<Exchange> exchanges) {
        Set<String> ids = new HashSet<>();
        for (Exchange exchange : exchanges) {
            if (exchange == null) throw malformed("it has an empty exchange entry");
            if (!ids.add(exchange.id())) throw malformed("exchange '" + exchange.id() + "' appears twice");
        }
        if (!ids.contains(Exchange.CUSTOM_ID)) throw malformed("it has no 'custom' exchange for free-form keys");
        return new ExchangeCatalog(exchanges);
    }

    public List<Exchange> all() {
        return exchanges();
    }

    public Optional<Exchange> find(String id) {
        return exchanges().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Exchange require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                Messages.format("input.exchange.unknown", IpText.quote(String.valueOf(id)))));
    }

    /** The free-form exchange for anything the catalog does not list. */
    public Exchange custom() {
        return require(Exchange.CUSTOM_ID);
    }

    /**
     * The exchange of a stored entry. An id no longer in the catalog falls back to {@link #custom()},
     * so a vault written by a newer version still shows reminders and audit findings.
     */
    public Exchange forEntry(ApiKeyEntry entry) {
        return find(entry.exchangeId()).orElseGet(this::custom);
    }

    private static IllegalArgumentException malformed(String what) {
        return new IllegalArgumentException("exchange catalog is malformed: " + what);
    }
}
