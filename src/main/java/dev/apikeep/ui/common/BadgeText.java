package dev.apikeep.ui.common;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.Expiry;
import dev.apikeep.domain.KeyLifecycle;
import dev.apikeep.domain.Risk;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The words on the badges and chips, as pure functions so they are tested without a stage. */
public final class BadgeText {
    private BadgeText() {
    }

    /** How urgent an expiry chip looks. */
    public enum Urgency { NONE, OK, WARNING, DANGER }

    /** An expiry chip: its text, how urgent, and where the date comes from (tooltip). */
    public record ExpiryChip(String text, Urgency urgency, String source) {
    }

    public static ExpiryChip expiry(ApiKeyEntry entry, Exchange exchange, LocalDate today, int leadDays) {
        Optional<Expiry> expiry = KeyLifecycle.expiryOf(entry, exchange);
        if (expiry.isEmpty()) return new ExpiryChip(Messages.get("badge.noExpiry"), Urgency.NONE, Messages.get("badge.noExpiry.tooltip"));
        long days = expiry.get().date().toEpochDay() - today.toEpochDay();
        String source = Messages.format("badge.expirySource", expiry.get().date().toString(), expiry.get().explanation());
        if (days <= 0) return new ExpiryChip(Messages.get("badge.expired"), Urgency.DANGER, source);
        Urgency urgency = days <= 3 ? Urgency.DANGER : days <= leadDays ? Urgency.WARNING : Urgency.OK;
        return new ExpiryChip(Messages.format("badge.expiresIn", String.valueOf(days)), urgency, source);
    }

    /** Why a Read-Only switch shows a question mark (see {@code Exchange.readOnlyUnconfirmed}). */
    public static String unconfirmedSwitchTooltip(Exchange exchange) {
        return Messages.format("badge.switchUnconfirmed", exchange.name(), exchange.nameOf(exchange.readOnlyPermission()));
    }

    public static String ip(ApiKeyEntry entry) {
        return Messages.get(entry.isIpBound() ? "keys.check.ipBound" : "keys.check.anyIp");
    }

    public static String ipTooltip(ApiKeyEntry entry) {
        if (!entry.isIpBound()) return Messages.get("badge.anyIp.tooltip");
        return Messages.format("badge.ipBound.tooltip", String.join(", ", entry.ipWhitelist().stream().map(Object::toString).toList()));
    }

    public static String riskTooltip(Risk risk) {
        return Messages.format("badge.risk", risk.label());
    }

    /** "today", "3 d ago", "never". */
    public static String lastUsed(Instant lastUsed, Instant now) {
        if (lastUsed == null) return Messages.get("badge.neverUsed");
        long days = Duration.between(lastUsed, now).toDays();
        if (days <= 0) return Messages.get("badge.usedToday");
        if (days == 1) return Messages.get("badge.usedYesterday");
        return Messages.format("badge.usedDaysAgo", String.valueOf(days));
    }

    /** The one or two letters in the exchange's circle. */
    public static String monogram(String exchangeName) {
        String letters = exchangeName.replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.isEmpty()) return "?";
        return letters.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
