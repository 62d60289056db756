package dev.apikeep.app;

import dev.apikeep.domain.ExchangeCatalog;
import dev.apikeep.vault.CommandWarmUp;
import dev.apikeep.vault.Vault;
import dev.apikeep.vault.VaultLock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One unlocked vault: the one road from a password to the vault's services for the desktop app and
 * the command line. {@link #unlock} and {@link #create} run the key derivation (about half a
 * second; the GUI calls them off the FX thread) and wipe the password they were given; {@link #lock}
 * wipes the data key and every decrypted entry, closes the file and releases the window lock.
 *
 * <p>Nothing above {@code app} sees the vault itself: its state is asked through {@link #keys()},
 * and its errors arrive as {@link AppException}s.
 */
public final class Session implements AutoCloseable {

    /** How to proceed when the vault's integrity check fails. */
    public enum Access {
        /** Refuse a damaged vault ({@link AppException.Kind#DAMAGED}). */
        NORMAL,
        /** Open a damaged vault read-only so the readable entries can be copied out. */
        RESCUE
    }

    /** Whether this program claims the vault for itself. */
    public enum Claim {
        /** The desktop app: a second window on the same vault is refused ({@link AppException.Kind#IN_USE}). */
        WINDOW,
        /** The command line: runs beside the app; a lost write race is "changed elsewhere". */
        SHARED
    }

    private static final OnceInBackground COMMAND_WARM_UP = new OnceInBackground("apikeep-warm-up");

    private final KeyService keys;
    private final VaultLock windowLock;
    private final Settings settings;
    private volatile ScheduledFuture<?> watch;

    private Session(KeyService keys, VaultLock windowLock) {
        this.keys = keys;
        this.windowLock = windowLock;
        this.settings = keys.settings();
    }

    /**
     * Opens and unlocks the vault at {@code file}. With {@link Claim#WINDOW} the lock is taken first,
     * so a second window is refused before any password work, and released again if opening fails.
     */
    public static Session unlock(Path file, char[] password, Access access, Claim claim,
                                 ExchangeCatalog catalog, Clock clock) {
        return unlock(file, password, access, claim, catalog, clock, KeyDerivation.standard());
    }

    /** As above, deriving the key with {@code derivation}'s Argon2 engines. */
    public static Session unlock(Path file, char[] password, Access access, Claim claim,
                                 ExchangeCatalog catalog, Clock clock, KeyDerivation derivation) {
        VaultLock lock = null;
        KeyService keys = null;
        try {
            if (claim == Claim.WINDOW) lock = Failures.guard(() -> VaultLock.acquire(file));
            keys = KeyService.open(file, password, vaultAccess(access), integrityCheck(claim), unlockLogged(claim), catalog,
                    clock, SeenVaults.inConfigDir(), derivation);
            return new Session(keys, lock);
        } catch (RuntimeException e) {
            if (keys != null) keys.close();
            if (lock != null) lock.close();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Creates a new, empty vault at {@code file} (never over an existing file) and unlocks it. */
    public static Session create(Path file, char[] password, KdfSettings kdf, Claim claim,
                                 ExchangeCatalog catalog, Clock clock) {
        return create(file, password, kdf, claim, catalog, clock, KeyDerivation.standard());
    }

    /** As above, deriving the key with {@code derivation}'s Argon2 engines (which must agree). */
    public static Session create(Path file, char[] password, KdfSettings kdf, Claim claim,
                                 ExchangeCatalog catalog, Clock clock, KeyDerivation derivation) {
        KeyService keys = null;
        try {
            keys = KeyService.create(file, password, kdf.params(), catalog, clock, derivation);
            VaultLock lock = claim == Claim.WINDOW ? Failures.guard(() -> VaultLock.acquire(file)) : null;
            return new Session(keys, lock);
        } catch (RuntimeException e) {
            if (keys != null) keys.close();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Runs the unlock's hot code (the KDF, decryption, the integrity HMACs) on made-up data, nothing
     * read or written, so a fresh JVM has compiled it before the real unlock: the desktop app calls
     * this on a spare thread while the user types the password. Returns early once {@code keepGoing}
     * turns false (the unlock started).
     */
    public static void warmUp(KeyDerivation derivation, java.util.function.BooleanSupplier keepGoing) {
        dev.apikeep.vault.WarmUp.run(derivation.engines(), keepGoing);
    }

    /**
     * Starts a command's first-time set-up (the SQLite driver's settings, the first AES-GCM and HMAC
     * calls, the entry codec; {@link CommandWarmUp}) on a spare core, once per program run, so it is
     * done while the command reads its password, opens the vault and derives the key.
     */
    public static void warmUpInBackground() {
        COMMAND_WARM_UP.start(CommandWarmUp::run, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The desktop app reads every entry at unlock, so it checks the whole set there, in the same pass
     * that opens the entries its first list shows ({@link Vault.Check#READING_ALL}); a command
     * mostly reads one key of many, so it checks what it reads (a list still checks everything).
     */
    private static Vault.Check integrityCheck(Claim claim) {
        return claim == Claim.WINDOW ? Vault.Check.READING_ALL : Vault.Check.ON_READ;
    }

    /** The desktop app logs its unlock at once; a command with its first write, or at close (one commit for a get). */
    private static UnlockRecord.Logged unlockLogged(Claim claim) {
        return claim == Claim.WINDOW ? UnlockRecord.Logged.AT_UNLOCK : UnlockRecord.Logged.WITH_FIRST_WRITE;
    }

    private static Vault.Access vaultAccess(Access access) {
        return access == Access.RESCUE ? Vault.Access.RESCUE : Vault.Access.NORMAL;
    }

    /** The keys, the activity log, settings and password: the use cases on this vault. */
    public KeyService keys() {
        return keys;
    }

    /** The vault's settings as they were when it was unlocked. */
    public Settings settings() {
        return settings;
    }

    /** A registered listener; closing it stops the calls. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Tells {@code listener} of every write to this vault once it has committed: this session's own
     * (with the entries it added, changed, deleted or used, so a screen reloads only those) and,
     * while {@link #watchOutsideChanges} runs, another program's ({@link VaultChange#elsewhere()}).
     * The listener runs on the writing thread (the app's background thread, or the watch's
     * scheduler): hand screen work to the screen's own thread. A listener that throws is logged
     * and skipped; the write stands.
     */
    public Subscription onChange(Consumer<VaultChange> listener) {
        return keys.vault().listeners().add(listener);
    }

    /**
     * Tells {@code listener} (on the scheduler's thread) whenever another program, such as the
     * command line, commits a write to this vault: checked every {@code period} by the file's data
     * version, which reads nothing and decrypts nothing. Stops when the session locks. One watch per
     * session: called again while it runs (a window built again after its first one failed), the
     * running watch goes on, its baseline kept, so a commit made in between is still heard.
     */
    public void watchOutsideChanges(ScheduledExecutorService scheduler, Duration period, Runnable listener) {
        ScheduledFuture<?> running = watch;
        if (running != null && !running.isDone()) return;
        long[] seen = {keys.dataVersion()};
        long millis = period.toMillis();
        watch = scheduler.scheduleWithFixedDelay(() -> {
            try {
                long now = keys.dataVersion();
                if (now == seen[0]) return;
                seen[0] = now;
                keys.vault().listeners().fire(VaultChange.byAnotherProgram());
                listener.run();
            } catch (RuntimeException e) {
                // usually the vault locked between two checks; anything else is worth a line in the log
                log().log(System.Logger.Level.DEBUG, "checking the vault for outside changes failed", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Locks: wipes the keys, closes the file, releases the window lock. */
    public void lock() {
        ScheduledFuture<?> watching = watch;
        if (watching != null) watching.cancel(false);
        try {
            keys.close();
        } finally {
            if (windowLock != null) windowLock.close();
        }
    }

    @Override
    public void close() {
        lock();
    }

    /** Looked up when something is logged: the first System.getLogger sets up java.util.logging (a cold command's time). */
    private static System.Logger log() {
        return System.getLogger(Session.class.getName());
    }
}
