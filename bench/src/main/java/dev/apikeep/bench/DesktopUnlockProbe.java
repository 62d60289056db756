package dev.apikeep.bench;

import dev.apikeep.app.KeyDerivation;
import dev.apikeep.app.Session;
import dev.apikeep.domain.ApiKeyEntry;
import dev.apikeep.domain.ExchangeCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The vault side of the desktop unlock, without a window: in a fresh JVM, the unlock's warm-up runs
 * for {@code warmMs} as while the password is typed, then the thread that would be the app's vault
 * thread times {@code Session.unlock} with the window's claim and the first {@code list(true)}, as
 * {@code UnlockController.withFirstList} does. Prints wall and that thread's CPU in ms. For A/Bs of
 * the unlock's read, check and logged write ({@code bench/gui/probe-ab.sh}); the window's own work is
 * bench/gui/ab.sh's.
 *   java -cp JAR:bench/target/classes dev.apikeep.bench.DesktopUnlockProbe VAULT PASSWORD_FILE [warmMs=1500]
 */
public final class DesktopUnlockProbe {
    private DesktopUnlockProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        char[] password = Files.readString(Path.of(args[1])).strip().toCharArray();
        long warmMs = args.length > 2 ? Long.parseLong(args[2]) : 1500;
        ExchangeCatalog catalog = ExchangeCatalog.loadDefault();
        long warmUntil = System.nanoTime() + warmMs * 1_000_000;
        Session.warmUp(KeyDerivation.standard(), () -> System.nanoTime() < warmUntil);
        while (System.nanoTime() < warmUntil) Thread.sleep(10);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Session session = Session.unlock(vault, password, Session.Access.NORMAL, Session.Claim.WINDOW, catalog,
                Clock.systemUTC(), KeyDerivation.standard());
        long unlocked = System.nanoTime();
        List<ApiKeyEntry> first = session.keys().list(true);
        long listed = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        session.close();
        System.out.printf("unlock_ms=%d list_ms=%d total_ms=%d thread_cpu_ms=%d entries=%d%n", (unlocked - t0) / 1_000_000,
                (listed - unlocked) / 1_000_000, (listed - t0) / 1_000_000, cpu / 1_000_000, first.size());
    }
}
