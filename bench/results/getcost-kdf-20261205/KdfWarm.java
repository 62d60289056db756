import java.lang.management.*;
public class KdfWarm {
    public static void main(String[] a) throws Exception {
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 6; i++) {
        long m0 = tm.getCurrentThreadCpuTime();
        byte[] k = dev.apikeep.crypto.ParallelArgon2id.hash("bench password 1".getBytes(), new byte[16], null, null, 19*1024, 2, 1, 32);
        long m1 = tm.getCurrentThreadCpuTime();
        System.out.printf("derive %d: main thread cpu %.0f ms%n", i, (m1-m0)/1e6);
        }
    }
}
