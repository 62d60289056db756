import java.lang.management.*;
public class KdfProbe {
    public static void main(String[] a) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        long p0 = os.getProcessCpuTime(), m0 = tm.getCurrentThreadCpuTime();
        byte[] k = dev.apikeep.crypto.ParallelArgon2id.hash("bench password 1".getBytes(), new byte[16], null, null, 19*1024, 2, 1, 32);
        long p1 = os.getProcessCpuTime(), m1 = tm.getCurrentThreadCpuTime();
        System.out.printf("derive: process cpu %.0f ms, main thread cpu %.0f ms%n", (p1-p0)/1e6, (m1-m0)/1e6);
    }
}
