package dev.apikeep.app.kit;

import dev.apikeep.app.KeyService;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.AuditFinding;
import dev.apikeep.domain.AuditFinding.Severity;
import dev.apikeep.domain.Messages;
import dev.apikeep.domain.Reminder;
import dev.apikeep.domain.Reminders;
import dev.apikeep.domain.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the audit and the reminders say about issued kits; the command line and the desktop both
 * ask here, so they say the same thing.
 */
public final class KitChecks {
    private final BotKits kits;
    private final KeyService keys;

    public KitChecks(KeyService keys) {
        this.keys = keys;
        this.kits = new BotKits(keys);
    }

    /**
     * Audit findings: a held key whose secret changed (re-issue), that was revoked or deleted, that
     * can withdraw (high), and kits expiring within {@code leadDays} or expired.
     */
    public List<AuditFinding> findings(int leadDays) {
        List<AuditFinding> findings = new ArrayList<>();
        LocalDate today = keys.today();
        for (IssuedKit kit : kits.list()) {
            String reissue = Messages.format("kit.check.reissue", kit.name());
            for (IssuedKit.HeldKey held : kit.keys()) {
                Optional<ApiKeyEntry> now = keys.find(held.id());
                if (now.isEmpty() || now.get().isRevoked()) {
                    findings.add(new AuditFinding(Severity.MEDIUM, "kit-holds-revoked-key", held.id(), held.label(),
                            Messages.format(now.isEmpty() ? "kit.check.holdsDeleted" : "kit.check.holdsRevoked", kit.name(), held.label()),
                            Messages.format("kit.check.reissueWithReplacement", reissue)));
                    continue;
                }
                if (now.get().revision() != held.revision()) {
                    findings.add(new AuditFinding(Severity.MEDIUM, "kit-holds-old-secret", held.id(), held.label(),
                            Messages.format("kit.check.oldSecret", kit.name(), held.label()), reissue));
                }
                if (keys.catalog().forEntry(now.get()).highestRisk(now.get().permissions()) == Risk.HIGH) {
                    findings.add(new AuditFinding(Severity.HIGH, "kit-holds-withdraw-key", held.id(), held.label(),
                            Messages.format("kit.check.withdraw", kit.name(), held.label()), Messages.get("kit.check.withdrawFix")));
                }
            }
            long daysLeft = kit.expires().toEpochDay() - today.toEpochDay();
            if (daysLeft <= leadDays && !kit.keys().isEmpty()) {
                IssuedKit.HeldKey first = kit.keys().get(0);
                findings.add(new AuditFinding(daysLeft < 0 ? Severity.LOW : Severity.MEDIUM, "kit-expiring", first.id(), first.label(),
                        daysLeft < 0 ? Messages.format("kit.check.expired", kit.name(), kit.expires())
                                : Messages.format("kit.check.expiring", kit.name(), kit.expires(), String.valueOf(daysLeft)),
                        daysLeft < 0 ? Messages.format("kit.check.reissueOrForget", reissue) : reissue));
            }
        }
        return findings;
    }

    /**
     * Kits that expire within {@code leadDays} (or within {@value Reminders#CRITICAL_DAYS} days,
     * whatever the lead time) or have expired, and kits holding a changed secret (critical: the bot
     * breaks once the old key is deleted on the exchange). An expired kit is not also asked to be
     * re-issued for its keys: re-issuing it answers both. Soonest first.
     */
    public List<KitReminder> reminders(int leadDays) {
        if (leadDays < 0) throw new IllegalArgumentException("lead time must not be negative: " + leadDays);
        LocalDate today = keys.today();
        List<KitReminder> due = new ArrayList<>();
        for (BotKits.Overview o : kits.overview()) {
            IssuedKit kit = o.kit();
            long daysLeft = kit.expires().toEpochDay() - today.toEpochDay();
            Reminder.Level level = daysLeft < 0 ? Reminder.Level.EXPIRED : daysLeft <= Reminders.CRITICAL_DAYS
                    ? Reminder.Level.CRITICAL : daysLeft <= leadDays ? Reminder.Level.WARNING : null;
            if (level != null) due.add(new KitReminder(kit, KitReminder.Kind.EXPIRY, kit.expires(), daysLeft, level, List.of()));
            if (o.state().status() == KitState.Status.NEEDS_REISSUE) {
                due.add(new KitReminder(kit, KitReminder.Kind.REISSUE, today, 0, Reminder.Level.CRITICAL, o.state().stale()));
            }
        }
        due.sort(Comparator.comparing(KitReminder::dueDate).thenComparing(r -> r.kit().name()));
        return List.copyOf(due);
    }
}
