package dev.apikeep.ui.editor;

import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.Expiry;
import dev.apikeep.domain.ExpiryRule;
import dev.apikeep.domain.KeyLifecycle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The editor's expiry line for a draft key: the date and where it comes from ("Bybit: keys without
 * IP binding stop working after 90 days → 2027-02-24 (in 90 days)"), or why there is none.
 */
record ExpiryExplanation(ExpiryKind kind, LocalDate date, String text) {

    static ExpiryExplanation of(Exchange ex, ApiKeyEntry draft, boolean ipsValid, LocalDate today) {
        if (!ipsValid) {
            return new ExpiryExplanation(ExpiryKind.UNKNOWN, null, "Expiry depends on the IP whitelist: fix it first");
        }
        Optional<Expiry> expiry = KeyLifecycle.expiryOf(draft, ex);
        return expiry.map(e -> dated(e, ex.expiryRule(), draft, today)).orElseGet(() -> none(ex, draft));
    }

    private static ExpiryExplanation none(Exchange ex, ApiKeyEntry draft) {
        ExpiryRule rule = ex.expiryRule();
        String text;
        if (rule == null) {
            text = ex.isCustom() ? "No expiry: set a date if the exchange shows one"
                    : ex.name() + " has no known automatic expiry; set a date if the exchange shows one";
        } else if (draft.isIpBound()) {
            text = "No automatic expiry: the key is bound to IPs, so " + ex.name() + "'s " + rule.daysWithoutIp()
                    + "-day rule does not apply";
        } else {
            text = "No automatic expiry: " + ex.name() + "'s " + rule.daysWithoutIp() + "-day rule covers only keys with "
                    + rule.onlyWithPermissions().stream().map(ex::nameOf).collect(Collectors.joining(", "));
        }
        return new ExpiryExplanation(ExpiryKind.NONE, null, text);
    }

    private static ExpiryExplanation dated(Expiry e, ExpiryRule rule, ApiKeyEntry draft, LocalDate today) {
        boolean byRule = e.source() == Expiry.Source.EXCHANGE_RULE;
        String why = byRule
                ? rule.description() + (rule.verified() ? "" : " (exchange rule, unverified)")
                        + (draft.expiresAt() != null ? "; earlier than your date " + draft.expiresAt() : "")
                : "Set by you" + e.explanation().substring(KeyLifecycle.SET_BY_USER.length());
        return new ExpiryExplanation(byRule ? ExpiryKind.EXCHANGE_RULE : ExpiryKind.USER,
                e.date(), why + " → " + e.date() + " (" + countdown(today, e.date()) + ")");
    }

    private static String countdown(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days <= 0) return "expired";
        return days == 1 ? "last day today" : "in " + days + " days";
    }
}
