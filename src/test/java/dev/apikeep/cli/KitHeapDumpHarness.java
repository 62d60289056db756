package dev.apikeep.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Runs one command line in this JVM as {@code apikeep} would (real stdin, stdout, environment),
 * then dumps the whole heap, unreachable objects included, to the first argument. Started in a
 * child JVM by {@link KitTokenHeapDumpTest}.
 */
public final class KitHeapDumpHarness {
    private KitHeapDumpHarness() {
    }

    public static void main(String[] args) throws Exception {
        String[] cli = java.util.Arrays.copyOfRange(args, 1, args.length);
        int code = ApiKeepCli.run(cli, ApiKeepCli.Context.system());
        System.out.flush();
        // live = false: garbage not yet collected is dumped too, so a dropped copy of the token counts
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(args[0], false);
        System.exit(code);
    }
}
