package dev.apikeep.app;

import static dev.apikeep.app.Failures.guard;

import dev.apikeep.crypto.KdfParams;
import dev.apikeep.domain.ActivityEvent;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.vault.IntegrityReport;
import dev.apikeep.vault.KdfHeader;
import dev.apikeep.vault.Vault;
import dev.apikeep.vault.VaultTransaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The open {@link Vault} as the app's services use it: the same calls, with every vault error
 * translated into an {@link AppException} on the way out, so the translation happens in one place.
 */
final class GuardedVault {
    private final Vault vault;

    GuardedVault(Vault vault) {
        this.vault = vault;
    }

    private final ChangeListeners listeners = new ChangeListeners();
    /** Work for the start of the next write's transaction (a command's unlock event), until one commits. */
    private Consumer<VaultTransaction> withNextWrite;

    /** One transaction; once it has committed, the listeners hear which entries it touched. */
    <T> T write(Function<VaultTransaction, T> work) {
        List<Set<UUID>> touched = new ArrayList<>(1);
        Consumer<VaultTransaction> first = withNextWrite;
        T result = guard(() -> vault.write(tx -> {
            if (first != null) first.accept(tx);
            T done = work.apply(tx);
            touched.add(Set.copyOf(tx.changedEntries()));
            return done;
        }));
        withNextWrite = null;   // committed: a failed write leaves it for the next one
        listeners.fire(VaultChange.here(touched.isEmpty() ? Set.of() : touched.get(0)));
        return result;
    }

    /**
     * Runs {@code work} first in the next write's transaction, so a command that writes pays for one
     * durable commit, not two (see {@link UnlockRecord}); {@link #writePending} writes it alone.
     */
    void withNextWrite(Consumer<VaultTransaction> work) {
        withNextWrite = work;
    }

    /** Writes what {@link #withNextWrite} left, in a transaction of its own; nothing when nothing waits. */
    void writePending() {
        if (withNextWrite != null) write(tx -> null);
    }

    ChangeListeners listeners() { return listeners; }
    List<ApiKeyEntry> entries() { return guard(vault::entries); }
    Optional<ApiKeyEntry> find(UUID id) { return guard(() -> vault.find(id)); }
    List<UUID> idsStartingWith(String prefix) { return guard(() -> vault.idsStartingWith(prefix)); }
    int entryCount() { return guard(vault::entryCount); }
    boolean isReadOnly() { return vault.isReadOnly(); }
    boolean kdfFellBack() { return vault.kdfFellBack(); }
    List<UUID> damagedEntries() { return vault.damagedEntries(); }
    Optional<dev.apikeep.vault.FailedUnlocks> failedUnlocks() { return guard(vault::failedUnlocks); }
    Optional<Path> migrationBackup() { return vault.migrationBackup(); }
    Optional<byte[]> settings() { return guard(vault::settings); }
    Optional<byte[]> kits() { return guard(vault::kits); }
    java.util.Map<UUID, byte[]> checks() { return guard(vault::checks); }
    List<ActivityEvent> events(int limit) { return guard(() -> vault.events(limit)); }
    Optional<java.time.Instant> newestEventTime() { return guard(vault::newestEventTime); }
    boolean verifyPassword(char[] password) { return guard(() -> vault.verifyPassword(password)); }
    void changePassword(char[] newPassword, KdfParams kdf) {
        writePending();   // the log keeps its order: the unlock before the change
        guard(() -> vault.changePassword(newPassword, kdf));
    }

    void rekey(char[] password) {
        writePending();
        guard(() -> vault.rekey(password));
    }

    IntegrityReport verify() { return guard(vault::verify); }
    KdfParams kdfParams() { return vault.kdfParams(); }
    long dataVersion() { return guard(vault::dataVersion); }
    void backupTo(Path target) { guard(() -> vault.backupTo(target)); }
    Path file() { return vault.file(); }
    void close() { guard(vault::close); }
    Optional<List<UUID>> idsWithLabel(String label) { return guard(() -> vault.idsWithLabel(label)); }
    List<UUID> labelIndexMismatches() { return guard(vault::labelIndexMismatches); }
    long generation() { return guard(vault::generation); }
    boolean wasDeleted(UUID id) { return guard(() -> vault.wasDeleted(id)); }
    String vaultId() { return vault.vaultId(); }
    KdfHeader kdfHeader() { return vault.kdfHeader(); }
}
