package dev.apikeep.exchange;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code APIKEEP_EXCHANGE_URL_<ID>} overrides, for tests and regional hosts: the value replaces
 * scheme, host and port of that exchange's requests. Plain {@code http} is refused unless the host
 * is a loopback address, so an override cannot send signed requests in clear over a network.
 */
public final class Endpoints {
    public static final String PREFIX = "APIKEEP_EXCHANGE_URL_";

    private final Map<String, URI> overrides;

    private Endpoints(Map<String, URI> overrides) {
        this.overrides = overrides;
    }

    /**
     * @throws IllegalArgumentException naming the variable, when an override is not an absolute
     *                                  http(s) URL or is plain http to a non-loopback host
     */
    public static Endpoints fromEnvironment(Map<String, String> env) {
        Map<String, URI> overrides = new TreeMap<>();
        env.forEach((name, value) -> {
            if (!name.startsWith(PREFIX) || value == null || value.isBlank()) return;
            String id = name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
            overrides.put(id, parse(name, value.strip()));
        });
        return new Endpoints(overrides);
    }

    public static Endpoints none() {
        return new Endpoints(Map.of());
    }

    /** The scheme, host and port to use for an exchange: the override, else {@code host}. */
    URI base(String exchangeId, URI host) {
        return overrides.getOrDefault(exchangeId, host);
    }

    Optional<URI> override(String exchangeId) {
        return Optional.ofNullable(overrides.get(exchangeId));
    }

    /** One line for stderr while any override is set; empty when none is. */
    public Optional<String> warning() {
        if (overrides.isEmpty()) return Optional.empty();
        StringBuilder text = new StringBuilder("exchange address overridden:");
        overrides.forEach((id, uri) -> text.append(' ').append(id).append(" -> ").append(uri));
        return Optional.of(text.toString());
    }

    private static URI parse(String name, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(name + " must look like https://host[:port]");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(name + ": plain http is allowed only for loopback addresses (127.0.0.1, ::1); use https");
        }
        try {
            return new URI(scheme, null, uri.getHost(), uri.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + e.getReason());
        }
    }

    /** Literal loopback addresses and "localhost" only; no name is looked up in DNS. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) return true;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) return false;
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
