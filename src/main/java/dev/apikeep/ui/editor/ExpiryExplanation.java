package dev.apikeep.ui.editor;

import dev.apikeep.domain.Messages;
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
            return new ExpiryExplanation(ExpiryKind.UNKNOWN, null, Messages.get("editor.expiry.ipsInvalid"));
        }
        Optional<Expiry> expiry = KeyLifecycle.expiryOf(draft, ex);
        return expiry.map(e -> dated(e, ex.expiryRule(), draft, today)).orElseGet(() -> none(ex, draft));
    }

    private static ExpiryExplanation none(Exchange ex, ApiKeyEntry draft) {
        ExpiryRule rule = ex.expiryRule();
        String text;
        if (rule == null) {
            text = ex.isCustom() ? Messages.get("editor.expiry.noneCustom") : Messages.format("editor.expiry.noneKnown", ex.name());
        } else if (draft.isIpBound()) {
            text = Messages.format("editor.expiry.ipBound", ex.name(), String.valueOf(rule.daysWithoutIp()));
        } else {
            text = Messages.format("editor.expiry.onlyWith", ex.name(), String.valueOf(rule.daysWithoutIp()),
                    rule.onlyWithPermissions().stream().map(ex::nameOf).collect(Collectors.joining(", ")));
        }
        return new ExpiryExplanation(ExpiryKind.NONE, null, text);
    }

    private static ExpiryExplanation dated(Expiry e, ExpiryRule rule, ApiKeyEntry draft, LocalDate today) {
        boolean byRule = e.source() == Expiry.Source.EXCHANGE_RULE;
        String why = byRule
                ? rule.description() + (rule.verified() ? "" : Messages.get("editor.expiry.unverified"))
                        + (draft.expiresAt() != null ? Messages.format("editor.expiry.earlierThanYours", String.valueOf(draft.expiresAt())) : "")
                // the domain's "set by you" may go on with the exchange rule's date; that tail is kept
                : Messages.get("editor.expiry.setByYou") + e.explanation().substring(KeyLifecycle.setByUser().length());
        return new ExpiryExplanation(byRule ? ExpiryKind.EXCHANGE_RULE : ExpiryKind.USER, e.date(),
                Messages.format("editor.expiry.dated", why, String.valueOf(e.date()), ChronoUnit.DAYS.between(today, e.date())));
    }
}
