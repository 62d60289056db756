package dev.apikeep.app;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.domain.Expiry;
import dev.apikeep.domain.IpRule;
import dev.apikeep.domain.KeyLifecycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry as scripts see it: every field but the secrets, with the stable camelCase names of
 * DESIGN.md section 5. {@code expiresAt} is the effective expiry (the user's date or the exchange's
 * rule, whichever comes first) and {@code expirySource} says which.
 */
public record KeySummary(String id, String exchange, String environment, String label, String account,
                         String apiKeyMasked, String keyType, List<String> permissions, List<String> ipWhitelist,
                         String createdAt, String expiresAt, String expirySource, Integer rotateEveryDays,
                         String status, List<String> tags, List<String> usedBy, String notes, String lastUsedAt,
                         Long daysToExpiry, String rotatedFrom, String rotatedTo) {

    public static KeySummary of(ApiKeyEntry e, ExchangeCatalog catalog, LocalDate today) {
        return of(e, catalog.forEntry(e), today);
    }

    /** Summaries of many entries, in their order; each exchange is looked up in the catalog once, not once per entry. */
    public static List<KeySummary> of(List<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today) {
        Map<String, Exchange> exchanges = new HashMap<>();
        List<KeySummary> summaries = new ArrayList<>(entries.size());
        for (ApiKeyEntry e : entries) {
            summaries.add(of(e, exchanges.computeIfAbsent(e.exchangeId(), id -> catalog.forEntry(e)), today));
        }
        return summaries;
    }

    private static KeySummary of(ApiKeyEntry e, Exchange exchange, LocalDate today) {
        Optional<Expiry> expiry = KeyLifecycle.expiryOf(e, exchange);
        return new KeySummary(
                e.id().toString(), e.exchangeId(), e.environment().id(), e.label(), e.account(),
                e.apiKey().masked(), e.keyType().id(), e.permissions(),
                e.ipWhitelist().stream().map(IpRule::toString).toList(),
                e.createdAt().toString(),
                expiry.map(x -> x.date().toString()).orElse(null),
                expiry.map(x -> x.source() == Expiry.Source.USER ? "user" : "exchange-rule").orElse(null),
                e.rotateEveryDays(),
                KeyLifecycle.status(e, expiry, today),
                e.tags(), e.usedBy(), e.notes(),
                e.lastUsedAt() == null ? null : e.lastUsedAt().toString(),
                expiry.map(x -> x.date().toEpochDay() - today.toEpochDay()).orElse(null),
                Objects.toString(e.rotatedFrom(), null), Objects.toString(e.rotatedTo(), null));
    }
}
