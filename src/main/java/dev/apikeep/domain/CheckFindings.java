package dev.apikeep.domain;

import dev.apikeep.domain.AuditFinding.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Audit findings from each key's last check with its exchange: what the exchange said outranks what
 * the user typed. Withdraw (or another high-risk scope) on at the exchange but not in the vault is
 * high, so is a key the exchange refused; any other difference is medium. Keys never checked, or
 * whose exchange could not be asked, give no finding. Revoked keys are skipped, as by the other rules.
 */
public final class CheckFindings {
    private CheckFindings() {
    }

    /**
     * @param lastChecks each key's last check, already compared with the entry as it is now
     *                   ({@link KeyCheck#against}); keys without one are skipped
     */
    public static List<AuditFinding> of(Collection<ApiKeyEntry> entries, Map<UUID, KeyCheck> lastChecks, ExchangeCatalog catalog) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : entries) {
            KeyCheck check = lastChecks.get(entry.id());
            if (entry.isRevoked() || check == null) continue;
            Exchange exchange = catalog.forEntry(entry);
            String day = KeyCheck.utcDay(check.checkedAt()).toString();
            if (check.status() == KeyCheck.Status.REJECTED) {
                findings.add(finding(Severity.HIGH, "exchange-rejected", entry,
                        Messages.format("check.rejected.message", exchange.name(), entry.label(), day, check.error()),
                        Messages.format("check.rejected.action", exchange.name())));
                continue;
            }
            List<String> hidden = hiddenHighRisk(entry, check, exchange);
            if (!hidden.isEmpty()) {
                String names = String.join(", ", hidden.stream().map(exchange::nameOf).toList());
                findings.add(finding(Severity.HIGH, "exchange-withdraw-on", entry,
                        Messages.format("check.withdrawOn.message", exchange.name(), entry.label(), names, day),
                        Messages.format("check.withdrawOn.action", names, exchange.name())));
            }
            List<String> others = otherDifferences(check, hidden);
            if (!others.isEmpty()) {
                findings.add(finding(Severity.MEDIUM, "exchange-differs", entry,
                        Messages.format("check.differs.message", exchange.name(), entry.label(), day, String.join(", ", others)),
                        Messages.get("check.differs.action")));
            }
        }
        return findings;
    }

    /** High-risk scopes the exchange reports and the vault lacks; none when the exchange says the key is read-only. */
    static List<String> hiddenHighRisk(ApiKeyEntry entry, KeyCheck check, Exchange exchange) {
        List<String> said = check.says().permissions();
        if (said == null || (exchange.readOnlyPermission() != null && Boolean.TRUE.equals(check.says().readOnly()))) return List.of();
        Set<String> vault = new HashSet<>(entry.permissions());
        return said.stream().filter(p -> !vault.contains(p))
                .filter(p -> p.startsWith(Exchange.UNKNOWN_PREFIX)
                        ? Exchange.inferRisk(p.substring(Exchange.UNKNOWN_PREFIX.length())) == Risk.HIGH
                        : exchange.riskOf(p) == Risk.HIGH)
                .toList();
    }

    /** The differing fields' names, leaving out a permission difference that is only the high-risk scopes already reported. */
    private static List<String> otherDifferences(KeyCheck check, List<String> hidden) {
        List<String> fields = new ArrayList<>();
        for (KeyCheck.Difference d : check.differences()) {
            if (d.field() == KeyCheck.Field.PERMISSIONS && onlyHidden(d, hidden)) continue;
            fields.add(d.field().id());
        }
        return fields;
    }

    private static boolean onlyHidden(KeyCheck.Difference d, List<String> hidden) {
        if (hidden.isEmpty()) return false;
        Set<String> exchange = new HashSet<>(asStrings(d.exchange()));
        hidden.forEach(exchange::remove);
        return exchange.equals(new HashSet<>(asStrings(d.vault())));
    }

    private static List<String> asStrings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static AuditFinding finding(Severity severity, String rule, ApiKeyEntry entry, String message, String action) {
        return new AuditFinding(severity, rule, entry.id(), entry.label(), message, action);
    }
}
