package dev.apikeep.domain;

import java.time.LocalDate;
import java.util.List;

/** Test fixtures: entries with fixed dates so no test depends on the real clock. */
final class Keys {
    static final ExchangeCatalog CATALOG = ExchangeCatalog.loadDefault();
    static final LocalDate CREATED = LocalDate.of(2026, 1, 10);

    private Keys() {
    }

    static ApiKeyEntry.Builder key(String exchange, String label, String... permissions) {
        return ApiKeyEntry.builder().exchangeId(exchange).label(label).createdAt(CREATED)
                .apiKey(SecretBytes.of("key-" + label)).secret(SecretBytes.of("secret-" + label))
                .permissions(List.of(permissions));
    }

    static List<IpRule> ips(String text) {
        return IpRule.parseList(text);
    }

    static Exchange exchange(String id) {
        return CATALOG.require(id);
    }
}
