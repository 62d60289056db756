package dev.apikeep.exchange;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Which proxy to use: the one set in Settings, else {@code HTTPS_PROXY}/{@code https_proxy}, else
 * the system's ({@code -Dhttps.proxyHost}, or the desktop's with {@code java.net.useSystemProxies}).
 * Loopback addresses never go through a proxy.
 */
final class Proxies {
    private Proxies() {
    }

    static ProxySelector choose(String setting, Map<String, String> env) {
        String chosen = setting != null && !setting.isBlank() ? setting
                : env.getOrDefault("HTTPS_PROXY", env.get("https_proxy"));
        if (chosen == null || chosen.isBlank()) return ProxySelector.getDefault();
        return new Fixed(address(chosen.strip()));
    }

    /** "host:port" or "http://host:port"; the port defaults to 8080 as curl's does to 1080 for socks. */
    static InetSocketAddress address(String text) {
        URI uri = URI.create(text.contains("://") ? text : "http://" + text);
        if (uri.getHost() == null) throw new IllegalArgumentException("proxy '" + text + "' must look like host:port");
        return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 8080);
    }

    private static final class Fixed extends ProxySelector {
        private final Proxy proxy;

        Fixed(InetSocketAddress address) {
            this.proxy = new Proxy(Proxy.Type.HTTP, address);
        }

        @Override
        public List<Proxy> select(URI uri) {
            return Endpoints.isLoopback(uri.getHost()) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // the request itself reports the failure as "unreachable"
        }
    }
}
