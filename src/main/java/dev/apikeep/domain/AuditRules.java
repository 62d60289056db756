package dev.apikeep.domain;

import dev.apikeep.domain.AuditFinding.Severity;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit: one pure static method per rule, each over the whole collection so rules that compare
 * entries (duplicate secrets, key limits) look like the others. Revoked keys are skipped by every
 * rule except {@link #revokedStillUsed}.
 */
public final class AuditRules {
    public static final int UNUSED_DAYS = 90;
    private static final Set<String> PRODUCTION_WORDS = Set.of("prod", "production", "live", "main", "mainnet");
    private static final Comparator<AuditFinding> ORDER = Comparator.comparing(AuditFinding::severity)
            .thenComparing(AuditFinding::label).thenComparing(AuditFinding::rule);
    /** Never used first, then the oldest use, then the oldest key. */
    private static final Comparator<ApiKeyEntry> LEAST_RECENTLY_USED = Comparator
            .comparing(ApiKeyEntry::lastUsedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(ApiKeyEntry::createdAt)
            .thenComparing(ApiKeyEntry::label);

    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditRules() {
    }

    public static List<AuditFinding> audit(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today) {
        return audit(entries, catalog, today, Reminders.DEFAULT_LEAD_DAYS);
    }

    /** Every rule's findings, most severe first, then by label. */
    public static List<AuditFinding> audit(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today, int leadDays) {
        return Stream.of(
                        withdrawEnabled(entries, catalog),
                        tradeWithoutIp(entries, catalog),
                        expired(entries, catalog, today),
                        expiring(entries, catalog, today, leadDays),
                        rotationOverdue(entries, catalog, today),
                        unused(entries, catalog, today),
                        duplicateSecret(entries),
                        keyLimitExceeded(entries, catalog),
                        revokedStillUsed(entries),
                        testnetLabelledProduction(entries))
                .flatMap(List::stream).sorted(ORDER).toList();
    }

    /** HIGH: a key that can withdraw or transfer funds; a leak empties the account. */
    public static List<AuditFinding> withdrawEnabled(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : active(entries)) {
            Exchange exchange = catalog.forEntry(entry);
            List<String> risky = entry.permissions().stream().filter(p -> exchange.riskOn(p, entry) == Risk.HIGH).map(exchange::nameOf).toList();
            if (risky.isEmpty()) continue;
            String names = String.join(", ", risky);
            String action = Messages.format(exchange.permissionsEditable()
                    ? "audit.withdrawEnabled.action.edit" : "audit.withdrawEnabled.action.recreate", names, exchange.name());
            findings.add(finding(Severity.HIGH, "withdraw-enabled", entry,
                    Messages.format("audit.withdrawEnabled.message", entry.label(), names), action));
        }
        return findings;
    }

    /** HIGH when a key that can move funds works from any IP, MEDIUM when a trading key does. */
    public static List<AuditFinding> tradeWithoutIp(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : active(entries)) {
            Exchange exchange = catalog.forEntry(entry);
            Risk risk = exchange.highestRisk(entry);
            if (entry.isIpBound() || risk == Risk.LOW) continue;
            String message = risk == Risk.HIGH ? "audit.tradeWithoutIp.message.funds" : "audit.tradeWithoutIp.message.trade";
            findings.add(finding(risk == Risk.HIGH ? Severity.HIGH : Severity.MEDIUM, "trade-without-ip", entry,
                    Messages.format(message, entry.label()), Messages.format("audit.tradeWithoutIp.action", exchange.name())));
        }
        return findings;
    }

    /** HIGH: the key no longer works, whether by the user's date or the exchange's rule. */
    public static List<AuditFinding> expired(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : active(entries)) {
            Exchange exchange = catalog.forEntry(entry);
            Optional<Expiry> expiry = KeyLifecycle.expiryOf(entry, exchange);
            if (expiry.isEmpty() || !KeyLifecycle.isExpired(entry, exchange, today)) continue;
            String action = entry.usedBy().isEmpty()
                    ? Messages.format("audit.expired.action.unused", exchange.name())
                    : Messages.format("audit.expired.action.used", exchange.name(), String.join(", ", entry.usedBy()));
            findings.add(finding(Severity.HIGH, "expired", entry,
                    Messages.format("audit.expired.message", entry.label(), expiry.get().date(), expiry.get().explanation()), action));
        }
        return findings;
    }

    /** MEDIUM: the key stops working within the lead time. */
    public static List<AuditFinding> expiring(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today, int leadDays) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : active(entries)) {
            Exchange exchange = catalog.forEntry(entry);
            Optional<Expiry> expiry = KeyLifecycle.expiryOf(entry, exchange);
            if (expiry.isEmpty()) continue;
            long daysLeft = KeyLifecycle.daysFrom(today, expiry.get().date());
            if (daysLeft <= 0 || daysLeft > leadDays) continue;
            findings.add(finding(Severity.MEDIUM, "expiring", entry,
                    Messages.format("audit.expiring.message", entry.label(), days(daysLeft), expiry.get().date(),
                            expiry.get().explanation()),
                    expiringAction(exchange, expiry.get())));
        }
        return findings;
    }

    /** MEDIUM: the user's rotation interval has run out. */
    public static List<AuditFinding> rotationOverdue(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : active(entries)) {
            Optional<LocalDate> due = KeyLifecycle.rotationDue(entry);
            if (due.isEmpty() || due.get().isAfter(today)) continue;
            findings.add(finding(Severity.MEDIUM, "rotation-overdue", entry,
                    Messages.format("audit.rotationOverdue.message", entry.label(), due.get(), days(entry.rotateEveryDays())),
                    Messages.format("audit.rotationOverdue.action", catalog.forEntry(entry).name())));
        }
        return findings;
    }

    /**
     * LOW: not used through ApiKeep (copied or run with exec) for more than {@value #UNUSED_DAYS} days,
     * or never used and created more than that long ago. The last-use instant is read as a UTC date:
     * a day either way does not matter at this scale, and it keeps the rule free of a zone.
     */
    public static List<AuditFinding> unused(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog, LocalDate today) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : active(entries)) {
            LocalDate since = entry.lastUsedAt() == null ? entry.createdAt() : utcDate(entry.lastUsedAt());
            long idle = KeyLifecycle.daysFrom(since, today);
            if (idle <= UNUSED_DAYS) continue;
            String message = entry.lastUsedAt() == null
                    ? Messages.format("audit.unused.message.never", entry.label(), days(idle))
                    : Messages.format("audit.unused.message.idle", entry.label(), days(idle), since);
            findings.add(finding(Severity.LOW, "unused", entry, message,
                    Messages.format("audit.unused.action", catalog.forEntry(entry).name())));
        }
        return findings;
    }

    /**
     * HIGH: two active entries hold the same secret; one of them is wrong, or a key is shared.
     * Secrets are grouped by an HMAC under a key that lives only for this call: linear in the number of
     * entries (a {@link SecretBytes} hashes to its length only, so grouping by it is quadratic), and
     * the digests say nothing about the secrets once the key is gone.
     */
    public static List<AuditFinding> duplicateSecret(Collection<ApiKeyEntry> entries) {
        Mac mac = oneCallMac();
        Map<ByteBuffer, List<ApiKeyEntry>> bySecret = new LinkedHashMap<>();
        for (ApiKeyEntry entry : active(entries)) {
            SecretBytes secret = entry.secret();
            if (secret.isEmpty() || secret.isWiped()) continue; // wiped secrets are all zeros
            bySecret.computeIfAbsent(ByteBuffer.wrap(secret.keyedDigest(mac)), s -> new ArrayList<>()).add(entry);
        }
        List<AuditFinding> findings = new ArrayList<>();
        for (List<ApiKeyEntry> same : bySecret.values()) {
            if (same.size() < 2) continue;
            for (ApiKeyEntry entry : same) {
                String others = same.stream().filter(e -> e != entry).map(AuditRules::quote).collect(Collectors.joining(", "));
                findings.add(finding(Severity.HIGH, "duplicate-secret", entry,
                        Messages.format("audit.duplicateSecret.message", entry.label(), others),
                        Messages.get("audit.duplicateSecret.action")));
            }
        }
        return findings;
    }

    /**
     * MEDIUM: more active keys for one exchange account (and environment) than the exchange allows.
     * One finding per account, on its least recently used key: the best one to revoke first.
     */
    public static List<AuditFinding> keyLimitExceeded(Collection<ApiKeyEntry> entries, ExchangeCatalog catalog) {
        Map<List<Object>, List<ApiKeyEntry>> byAccount = active(entries).stream().collect(Collectors.groupingBy(
                e -> List.of(e.exchangeId(), e.environment(), e.account()), LinkedHashMap::new, Collectors.toList()));
        List<AuditFinding> findings = new ArrayList<>();
        for (List<ApiKeyEntry> keys : byAccount.values()) {
            Exchange exchange = catalog.forEntry(keys.get(0));
            Integer limit = exchange.keyLimit();
            if (limit == null || keys.size() <= limit) continue;
            ApiKeyEntry candidate = keys.stream().min(LEAST_RECENTLY_USED).orElseThrow();
            String message = exchange.keyLimitVerified() ? "audit.keyLimit.message" : "audit.keyLimit.message.unverified";
            findings.add(finding(Severity.MEDIUM, "key-limit-exceeded", candidate,
                    Messages.format(message, String.valueOf(keys.size()), exchange.name(), accountName(candidate), String.valueOf(limit)),
                    Messages.format("audit.keyLimit.action", candidate.label())));
        }
        return findings;
    }

    /** MEDIUM: a revoked key that a tool is still listed as using: that tool is broken or about to be. */
    public static List<AuditFinding> revokedStillUsed(Collection<ApiKeyEntry> entries) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : entries) {
            if (!entry.isRevoked() || entry.usedBy().isEmpty()) continue;
            String tools = String.join(", ", entry.usedBy());
            findings.add(finding(Severity.MEDIUM, "revoked-still-used", entry,
                    Messages.format("audit.revokedStillUsed.message", entry.label(), tools),
                    Messages.format("audit.revokedStillUsed.action", tools, entry.usedBy().size())));
        }
        return findings;
    }

    /** LOW: a testnet key whose label or tags say production; one of the two is probably wrong. */
    public static List<AuditFinding> testnetLabelledProduction(Collection<ApiKeyEntry> entries) {
        List<AuditFinding> findings = new ArrayList<>();
        for (ApiKeyEntry entry : active(entries)) {
            if (entry.environment() != Environment.TESTNET) continue;
            Optional<String> word = productionWord(entry);
            if (word.isEmpty()) continue;
            findings.add(finding(Severity.LOW, "testnet-labelled-production", entry,
                    Messages.format("audit.testnetProduction.message", entry.label(), word.get()),
                    Messages.get("audit.testnetProduction.action")));
        }
        return findings;
    }

    private static Mac oneCallMac() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static List<ApiKeyEntry> active(Collection<ApiKeyEntry> entries) {
        return entries.stream().filter(Objects::nonNull).filter(e -> !e.isRevoked()).toList();
    }

    private static String expiringAction(Exchange exchange, Expiry expiry) {
        String action = expiry.source() == Expiry.Source.EXCHANGE_RULE ? "audit.expiring.action.rule" : "audit.expiring.action.user";
        return Messages.format(action, exchange.name(), expiry.date());
    }

    /** Whole words only, so "maintenance" or "domain" do not count as "main". */
    private static Optional<String> productionWord(ApiKeyEntry entry) {
        return Stream.concat(Stream.of(entry.label()), entry.tags().stream())
                .flatMap(text -> Stream.of(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")))
                .filter(PRODUCTION_WORDS::contains)
                .findFirst();
    }

    private static String accountName(ApiKeyEntry entry) {
        String where = entry.account().isEmpty()
                ? Messages.get("audit.keyLimit.account.none") : Messages.format("audit.keyLimit.account.named", entry.account());
        return entry.environment() == Environment.TESTNET ? Messages.format("audit.keyLimit.account.testnet", where) : where;
    }

    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String days(long count) {
        return Messages.format("audit.days", count);
    }

    private static String quote(ApiKeyEntry entry) {
        return Messages.format("audit.quoted", entry.label());
    }

    private static AuditFinding finding(Severity severity, String rule, ApiKeyEntry entry, String message, String action) {
        return new AuditFinding(severity, rule, entry.id(), entry.label(), message, action);
    }
}
