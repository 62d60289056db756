package dev.apikeep.vault;

import dev.apikeep.vault.Vault.Access;
import dev.apikeep.vault.VaultException.Kind;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * When the set-MAC is checked. Opened with {@link Vault.Check#AT_OPEN} (the desktop app, a rescue),
 * the whole set is checked before the vault opens, as always. Opened with {@link Vault.Check#ON_READ}
 * (a command), opening only proves the integrity record and its share record are this vault's
 * and current; then each read checks what it returns before returning it: one entry (by id or
 * label) its share of the set ({@link SetMacShares}, about 1/256 of the rows), anything that
 * reads the whole set (every entry, the count, the activity log) the whole set first, once. A read
 * therefore never returns a removed, added or rolled-back row that the full check would have
 * refused; what a command does not read, it does not check (the next whole-set read does).
 */
final class IntegrityOnRead {
    private final OpenVault vault;
    private boolean wholeSetChecked;
    /** The shares as the last whole-set check found them: stored by the next write if the file has none. */
    private SetMacShares rebuilt;
    private long checkedGeneration = -1;
    private final BitSet checkedShares = new BitSet(SetMacShares.SHARES);
    private boolean rescue;
    private boolean wholeLogChecked;
    /** A point of the log's chain the last whole-set check proved, for the next write to store; null when none. */
    private LogCheckpoint provenCheckpoint;

    IntegrityOnRead(OpenVault vault) {
        this.vault = vault;
    }

    /** At open: the whole set now, or (ON_READ, with a current share record) only the records. */
    void atOpen(Access access, Vault.Check when) {
        ReadSnapshot.run(vault.sqlite, () -> checkAtOpen(access, when));
    }

    private void checkAtOpen(Access access, Vault.Check when) {
        rescue = access == Access.RESCUE;
        if (when == Vault.Check.ON_READ && access == Access.NORMAL && vault.format == SqliteFile.SCHEMA_VERSION) {
            SetMacRecord record = record();
            if (stored(record).isPresent()) return;
        }
        checkWholeSet(access);
    }

    /** Before a read of the whole set: checks it once (a damaged vault is refused, as at open). */
    void wholeSet() {
        wholeSet(null);
    }

    /** As {@link #wholeSet()}, on the entry rows just read for the read ({@code null}: reads them). */
    void wholeSet(List<Cipherer.EntryRow> entryRows) {
        if (!wholeSetChecked) checkWholeSet(Access.NORMAL, entryRows);
    }

    /**
     * Before a read of the activity log: the whole set, then the whole chain once, since the whole-set
     * check starts from a checkpoint and does not re-hash the events before it ({@link LogChain}). A
     * rescue reads what decrypts, as before: its damage was named at open. The caller reads the
     * events in the same {@link ReadSnapshot}, so the record, the chain and the events shown agree.
     */
    void wholeLog() {
        wholeSet();
        if (wholeLogChecked || rescue || vault.format < 2) return;
        SetMacRecord record = record();
        if (!LogChain.whole().verify(vault.sqlite, vault.keys, record.chainHead())) {
            throw damaged(IntegrityReport.brokenLog(record.generation()));
        }
        wholeLogChecked = true;
    }

    /** The checkpoint of the log's chain the last whole-set check proved, once (the next write stores it), or null. */
    LogCheckpoint newCheckpoint() {
        LogCheckpoint proven = provenCheckpoint;
        provenCheckpoint = null;
        return proven;
    }

    /**
     * Before a read of the entry {@code id} (present or not): checks its share, or the whole set. The
     * caller reads the rows in the same {@link ReadSnapshot}, so the check covers the state they come from.
     */
    void shareOf(String id) {
        if (wholeSetChecked) return;
        int share = SetMacShares.shareOf(id);
        SetMacRecord record = record();
        Optional<SetMacShares> shares = share < 0 ? Optional.empty() : stored(record);
        if (shares.isEmpty()) {
            checkWholeSet(Access.NORMAL);
            return;
        }
        if (record.generation() != checkedGeneration) {
            checkedShares.clear();
            checkedGeneration = record.generation();
        }
        if (checkedShares.get(share)) return;
        if (!Integrity.checkShare(vault.sqlite, vault.keys, share, shares.get())) {
            checkWholeSet(Access.NORMAL); // names what differs, and refuses; passes only if the share record alone was wrong
            return;
        }
        checkedShares.set(share);
    }

    /** The share record a write keeps in step with {@code current}, or null when none belongs to it. */
    SetMacShares sharesOf(SetMacRecord current) {
        if (rebuilt != null && rebuilt.belongsTo(current)) return rebuilt; // recomputed from the rows: preferred
        return stored(current).orElse(null);
    }

    private void checkWholeSet(Access access) {
        checkWholeSet(access, null);
    }

    /** The integrity record, the rows and the log from one state of the file ({@link ReadSnapshot}). */
    private void checkWholeSet(Access access, List<Cipherer.EntryRow> entryRows) {
        ReadSnapshot.run(vault.sqlite, () -> checkWholeSetNow(access, entryRows));
    }

    private void checkWholeSetNow(Access access, List<Cipherer.EntryRow> entryRows) {
        SetMacShares shares = SetMacShares.empty();
        IntegrityReport report;
        SetMacRecord before;
        LogChain log = new LogChain(storedCheckpoint());
        try {
            before = record();
            report = Integrity.check(vault.sqlite, vault.keys, vault.format, shares, log, entryRows);
        } catch (VaultException e) {
            // The integrity record itself is missing or does not decrypt. Rescue must still be
            // possible: every entry is sealed on its own and can be read without the record.
            if (e.kind() != Kind.DAMAGED || access == Access.NORMAL) throw e;
            vault.readOnly = true;
            wholeSetChecked = true; // a rescue: checked once, what is readable is read without the record
            return;
        }
        if (!report.intact()) {
            if (access == Access.NORMAL) {
                throw damaged(report);
            }
            vault.readOnly = true;
            vault.damaged.addAll(report.suspectEntries());
            wholeSetChecked = true; // a rescue: the damage is named, the readable rest may be read
            return;
        }
        wholeSetChecked = true;
        wholeLogChecked = log.walkedWhole();
        provenCheckpoint = log.next();
        if (report.generation() == before.generation()) rebuilt = shares.stampedWith(before);
    }

    /** The refusal of a damaged vault, as a whole-set check and a read of the log both give it. */
    private static VaultException damaged(IntegrityReport report) {
        return new VaultException(Kind.DAMAGED, report.describe() + "; open it read-only to rescue"
                + " the readable entries, or restore a backup", report.suspectEntries(), null);
    }

    private LogCheckpoint storedCheckpoint() {
        return Meta.get(vault.sqlite, Meta.LOG_CHECKPOINT).flatMap(vault.keys.cipherer::openCheckpoint).orElse(null);
    }

    private SetMacRecord record() {
        return vault.keys.cipherer.openSetMac(Meta.get(vault.sqlite, Meta.SET_MAC).orElseThrow(
                () -> new VaultException(Kind.DAMAGED, "the vault's integrity record is missing;"
                        + " open it read-only to rescue the readable entries, or restore a backup")));
    }

    private Optional<SetMacShares> stored(SetMacRecord record) {
        return Meta.get(vault.sqlite, Meta.SET_MAC_SHARES).flatMap(vault.keys.cipherer::openShares)
                .filter(shares -> shares.belongsTo(record));
    }
}
