package dev.apikeep.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Argon2id version 0x13, written from RFC 9106, that computes the p lanes of each segment in
 * parallel. Lanes only read other lanes' blocks from segments that are already complete, so the
 * lanes of one slice are independent; all lanes meet at the end of every slice (RFC 9106
 * section 3.4), which is the only synchronisation. BouncyCastle computes the same lanes one after
 * another on one thread; the output is identical (cross-checked in the tests).
 *
 * <p>BouncyCastle's BLAKE2b is used as the hash H. The memory blocks are wiped after use, and
 * only after every thread working on them has stopped: when one fails, the others take no further
 * lane and are waited for before the failure is reported and the memory wiped.
 */
public final class ParallelArgon2id {
    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;
    private static final int SYNC_POINTS = 4;
    private static final int BLOCK_WORDS = 128;
    private static final int BLOCK_BYTES = 1024;
    private static final int ADDRESSES_IN_BLOCK = 128;

    /** Cores available: the caller plus {@code CORES - 1} pool threads work on the lanes of a slice. */
    private static final int CORES = Math.max(1, Math.min(KdfParams.MAX_PARALLELISM, Runtime.getRuntime().availableProcessors()));

    /** Daemon helpers shared by all derivations, one per core beside the caller's. */
    private static final class Pool {
        static final ExecutorService EXECUTOR = newPool();

        private static ExecutorService newPool() {
            AtomicInteger n = new AtomicInteger();
            return Executors.newFixedThreadPool(Math.max(1, CORES - 1), r -> {
                Thread t = new Thread(r, "argon2-lane-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    private static final ParallelArgon2id SHARED = new ParallelArgon2id(null, CORES);

    /** Null: the shared daemon pool, made on first use. */
    private final ExecutorService helpers;
    private final int threads;

    /** Lanes run on the caller's thread and on up to {@code threads - 1} tasks given to {@code helpers}. */
    ParallelArgon2id(ExecutorService helpers, int threads) {
        this.helpers = helpers;
        this.threads = Math.max(1, threads);
    }

    /**
     * Argon2id tag of {@code tagLength} bytes.
     *
     * @param secret         the optional secret value K (may be null)
     * @param associatedData the optional associated data X (may be null)
     */
    public static byte[] hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                              int memoryKiB, int iterations, int parallelism, int tagLength) {
        return SHARED.derive(password, salt, secret, associatedData, memoryKiB, iterations, parallelism, tagLength);
    }

    /** As {@link #hash}, on this instance's threads. */
    byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                  int memoryKiB, int iterations, int parallelism, int tagLength) {
        if (parallelism < 1 || parallelism > 0xFFFFFF) throw new IllegalArgumentException("parallelism out of range");
        if (iterations < 1) throw new IllegalArgumentException("iterations must be at least 1");
        if (memoryKiB < 8 * parallelism) throw new IllegalArgumentException("memory must be at least 8p KiB");
        if (tagLength < 4) throw new IllegalArgumentException("tag must be at least 4 bytes");
        byte[] k = secret == null ? new byte[0] : secret;
        byte[] x = associatedData == null ? new byte[0] : associatedData;

        Instance in = new Instance(memoryKiB, iterations, parallelism);
        byte[] h0 = initialHash(password, salt, k, x, memoryKiB, iterations, parallelism, tagLength);
        try {
            in.fillFirstBlocks(h0);
            int helperCount = Math.min(parallelism, threads) - 1;
            // p = 1 (and one core) runs on the caller alone: the pool is not even made
            in.fillMemory(helperCount == 0 ? null : helpers != null ? helpers : Pool.EXECUTOR, helperCount);
            return in.finish(tagLength);
        } finally {
            Arrays.fill(h0, (byte) 0);
            in.wipe();
        }
    }

    /** H0 = H^(64)(p, T, m, t, v, y, |P|, P, |S|, S, |K|, K, |X|, X), all lengths LE32. */
    private static byte[] initialHash(byte[] p, byte[] s, byte[] k, byte[] x, int m, int t, int lanes, int tagLength) {
        Blake2bDigest h = new Blake2bDigest(512);
        le32(h, lanes);
        le32(h, tagLength);
        le32(h, m);
        le32(h, t);
        le32(h, VERSION);
        le32(h, TYPE_ID);
        le32(h, p.length);
        h.update(p, 0, p.length);
        le32(h, s.length);
        h.update(s, 0, s.length);
        le32(h, k.length);
        h.update(k, 0, k.length);
        le32(h, x.length);
        h.update(x, 0, x.length);
        byte[] out = new byte[64];
        h.doFinal(out, 0);
        return out;
    }

    private static void le32(Blake2bDigest h, int v) {
        h.update((byte) v);
        h.update((byte) (v >>> 8));
        h.update((byte) (v >>> 16));
        h.update((byte) (v >>> 24));
    }

    /** The variable-length hash H' of RFC 9106 section 3.3. */
    static byte[] hPrime(int outLength, byte[]... inputs) {
        byte[] out = new byte[outLength];
        if (outLength <= 64) {
            Blake2bDigest h = new Blake2bDigest(outLength * 8);
            le32(h, outLength);
            for (byte[] in : inputs) h.update(in, 0, in.length);
            h.doFinal(out, 0);
            return out;
        }
        int r = (outLength + 31) / 32 - 2;
        byte[] v = new byte[64];
        Blake2bDigest h = new Blake2bDigest(512);
        le32(h, outLength);
        for (byte[] in : inputs) h.update(in, 0, in.length);
        h.doFinal(v, 0);
        System.arraycopy(v, 0, out, 0, 32);
        int pos = 32;
        for (int i = 2; i <= r; i++) {
            h = new Blake2bDigest(512);
            h.update(v, 0, 64);
            h.doFinal(v, 0);
            System.arraycopy(v, 0, out, pos, 32);
            pos += 32;
        }
        int last = outLength - 32 * r;
        h = new Blake2bDigest(last * 8);
        h.update(v, 0, 64);
        byte[] tail = new byte[last];
        h.doFinal(tail, 0);
        System.arraycopy(tail, 0, out, pos, last);
        Arrays.fill(v, (byte) 0);
        Arrays.fill(tail, (byte) 0);
        return out;
    }

    /** The memory matrix and the fixed parameters of one derivation. */
    private static final class Instance {
        final int lanes;
        final int passes;
        final int laneLength;     // q = m' / p
        final int segmentLength;  // q / 4
        final int totalBlocks;    // m'
        final long[] memory;

        Instance(int memoryKiB, int iterations, int parallelism) {
            int mPrime = 4 * parallelism * (memoryKiB / (4 * parallelism));
            this.lanes = parallelism;
            this.passes = iterations;
            this.totalBlocks = mPrime;
            this.laneLength = mPrime / parallelism;
            this.segmentLength = laneLength / SYNC_POINTS;
            this.memory = new long[Math.multiplyExact(mPrime, BLOCK_WORDS)];
        }

        int offset(int lane, int column) {
            return (lane * laneLength + column) * BLOCK_WORDS;
        }

        /** B[i][0] = H'(H0 || LE32(0) || LE32(i)), B[i][1] = H'(H0 || LE32(1) || LE32(i)). */
        void fillFirstBlocks(byte[] h0) {
            for (int lane = 0; lane < lanes; lane++) {
                for (int column = 0; column < 2; column++) {
                    byte[] block = hPrime(BLOCK_BYTES, h0, leBytes(column), leBytes(lane));
                    int off = offset(lane, column);
                    for (int w = 0; w < BLOCK_WORDS; w++) memory[off + w] = le64(block, w * 8);
                    Arrays.fill(block, (byte) 0);
                }
            }
        }

        /**
         * Each slice: the caller and up to {@code helperCount} helpers take lanes from a shared counter
         * until none is left, then all meet (the slice boundary). Taking lanes rather than one fixed
         * lane per thread keeps both cores busy when p = 4 lanes run on 2 cores. A thread that fails
         * raises {@code stop}, so the others take no further lane; every one is waited for before
         * the failure goes up to {@link #derive}, which wipes the memory.
         */
        void fillMemory(ExecutorService helpers, int helperCount) {
            List<Future<?>> pending = new ArrayList<>(helperCount);
            AtomicBoolean stop = new AtomicBoolean();
            for (int pass = 0; pass < passes; pass++) {
                for (int slice = 0; slice < SYNC_POINTS; slice++) {
                    Runnable work = sliceWork(pass, slice, stop);
                    pending.clear();
                    Throwable failure = null;
                    try {
                        for (int h = 0; h < helperCount; h++) pending.add(helpers.submit(work));
                        work.run();
                    } catch (RuntimeException | Error e) {
                        stop.set(true);   // covers a refused submit too: the helpers already started stop
                        failure = e;
                    }
                    failure = awaitAll(pending, failure);   // the slice boundary: no lane is running any more
                    if (failure != null) throw new IllegalStateException("Argon2 lane failed", failure);
                }
            }
        }

        private Runnable sliceWork(int pass, int slice, AtomicBoolean stop) {
            AtomicInteger nextLane = new AtomicInteger();
            return () -> {
                Scratch scratch = new Scratch();
                try {
                    for (int lane; !stop.get() && (lane = nextLane.getAndIncrement()) < lanes; ) {
                        fillSegment(pass, lane, slice, scratch);
                    }
                } catch (RuntimeException | Error e) {
                    stop.set(true);
                    throw e;
                } finally {
                    scratch.wipe();
                }
            };
        }

        /** Waits for every task (even after one failed); returns the first failure, {@code failure} if set. */
        private static Throwable awaitAll(List<Future<?>> pending, Throwable failure) {
            boolean interrupted = false;
            for (Future<?> f : pending) {
                while (true) {
                    try {
                        f.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;   // lanes must finish before memory is touched again
                    } catch (ExecutionException e) {
                        if (failure == null) failure = e.getCause();
                        break;
                    }
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            return failure;
        }

        /** RFC 9106 section 3.2 steps 5-6 and 3.4 for one segment of one lane. */
        void fillSegment(int pass, int lane, int slice, Scratch s) {
            boolean dataIndependent = pass == 0 && slice < SYNC_POINTS / 2;
            long[] addresses = s.addresses;
            long[] input = s.input;
            if (dataIndependent) {
                input[0] = pass;
                input[1] = lane;
                input[2] = slice;
                input[3] = totalBlocks;
                input[4] = passes;
                input[5] = TYPE_ID;
                input[6] = 0;
            }
            int start = 0;
            if (pass == 0 && slice == 0) {
                start = 2;
                if (dataIndependent) nextAddresses(s);
            }
            int column = slice * segmentLength + start;
            int current = offset(lane, column);
            int previous = column == 0 ? offset(lane, laneLength - 1) : current - BLOCK_WORDS;
            // What depends on the pass and the slice is settled here, once per segment, so fillBlock and
            // compress have no branch that only a later pass takes: the JIT compiles them during the first
            // pass, and a branch it had never seen taken would throw that code away (a deoptimisation) when
            // the second pass begins. In a cold process that cost more than the branches (bench/RESULTS.md).
            long areaBase = pass == 0 ? (long) slice * segmentLength : laneLength - segmentLength;
            long startPosition = pass == 0 || slice == SYNC_POINTS - 1 ? 0 : (long) (slice + 1) * segmentLength;
            long keepOld = pass == 0 ? 0L : -1L;   // version 0x13: later passes XOR into the block they overwrite
            int laneCount = pass == 0 && slice == 0 ? 1 : lanes;   // the first slice references its own lane only
            for (int index = start; index < segmentLength; index++, current += BLOCK_WORDS) {
                long pseudoRandom;
                if (dataIndependent) {
                    if (index % ADDRESSES_IN_BLOCK == 0) nextAddresses(s);
                    pseudoRandom = addresses[index % ADDRESSES_IN_BLOCK];
                } else {
                    pseudoRandom = memory[previous];
                }
                fillBlock(pseudoRandom, lane, laneCount, index, previous, current, areaBase, startPosition, keepOld, s);
                previous = current;
            }
        }

        /**
         * One block: its reference block from J1 and J2 (RFC 9106 section 3.4.1-3.4.2), then G. Called
         * once per block, so it is compiled within the first few hundred blocks; the loop around it runs
         * too few times per call for the JIT to compile it in a cold process, so it does no more than it must.
         */
        private void fillBlock(long pseudoRandom, int lane, int laneCount, int index, int previous, int current,
                               long areaBase, long startPosition, long keepOld, Scratch s) {
            long j1 = pseudoRandom & 0xFFFFFFFFL;
            int refLane = laneCount == 1 ? lane : (int) ((pseudoRandom >>> 32) % lanes);
            // W: every block finished so far in the same lane but the previous one; other lanes' finished segments
            long areaSize = areaBase + (refLane == lane ? index - 1 : (index == 0 ? -1 : 0));
            long x = (j1 * j1) >>> 32;
            long y = (areaSize * x) >>> 32;
            long zz = areaSize - 1 - y;
            int refColumn = (int) ((startPosition + zz) % laneLength);
            compress(memory, previous, offset(refLane, refColumn), current, keepOld, s);
        }

        /** The next block of data-independent addresses: G(0, G(0, input)) after incrementing the counter. */
        private static void nextAddresses(Scratch s) {
            s.input[6]++;
            // G(0, Z): R = Z, result = P(R) ^ R
            System.arraycopy(s.input, 0, s.r, 0, BLOCK_WORDS);
            permute(s.r);
            for (int i = 0; i < BLOCK_WORDS; i++) s.addresses[i] = s.r[i] ^ s.input[i];
            System.arraycopy(s.addresses, 0, s.r, 0, BLOCK_WORDS);
            permute(s.r);
            for (int i = 0; i < BLOCK_WORDS; i++) s.addresses[i] ^= s.r[i];
        }

        /** C = XOR of the last block of every lane; tag = H'^T(C). */
        byte[] finish(int tagLength) {
            long[] c = new long[BLOCK_WORDS];
            for (int lane = 0; lane < lanes; lane++) {
                int off = offset(lane, laneLength - 1);
                for (int w = 0; w < BLOCK_WORDS; w++) c[w] ^= memory[off + w];
            }
            byte[] bytes = new byte[BLOCK_BYTES];
            for (int w = 0; w < BLOCK_WORDS; w++) putLe64(bytes, w * 8, c[w]);
            Arrays.fill(c, 0L);
            try {
                return hPrime(tagLength, bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }

        void wipe() {
            Arrays.fill(memory, 0L);
        }
    }

    /** Per-task scratch space: the compression's working block and the address generator's blocks. */
    private static final class Scratch {
        final long[] r = new long[BLOCK_WORDS];
        final long[] tmp = new long[BLOCK_WORDS];
        final long[] input = new long[BLOCK_WORDS];
        final long[] addresses = new long[BLOCK_WORDS];

        /** The working blocks hold copies of memory blocks derived from the password. */
        void wipe() {
            Arrays.fill(r, 0L);
            Arrays.fill(tmp, 0L);
            Arrays.fill(input, 0L);
            Arrays.fill(addresses, 0L);
        }
    }

    /**
     * The compression function G (RFC 9106 section 3.5): R = X ^ Y, Z = P applied to the rows then
     * the columns of R, result = Z ^ R; ANDed with {@code keepOld} (all ones in the passes after the
     * first, version 0x13; zero in the first) the block it overwrites is XORed into the result.
     */
    private static void compress(long[] mem, int x, int y, int out, long keepOld, Scratch s) {
        long[] r = s.r;
        long[] tmp = s.tmp;
        for (int i = 0; i < BLOCK_WORDS; i++) {
            long xy = mem[x + i] ^ mem[y + i];
            r[i] = xy;
            tmp[i] = xy ^ (mem[out + i] & keepOld);
        }
        permute(r);
        for (int i = 0; i < BLOCK_WORDS; i++) mem[out + i] = tmp[i] ^ r[i];
    }

    /** Applies P to the 8 rows, then to the 8 columns, of a block seen as 8x8 16-byte registers. */
    private static void permute(long[] v) {
        for (int row = 0; row < 8; row++) {
            int b = 16 * row;
            gb(v, b, b + 4, b + 8, b + 12);
            gb(v, b + 1, b + 5, b + 9, b + 13);
            gb(v, b + 2, b + 6, b + 10, b + 14);
            gb(v, b + 3, b + 7, b + 11, b + 15);
            gb(v, b, b + 5, b + 10, b + 15);
            gb(v, b + 1, b + 6, b + 11, b + 12);
            gb(v, b + 2, b + 7, b + 8, b + 13);
            gb(v, b + 3, b + 4, b + 9, b + 14);
        }
        for (int col = 0; col < 8; col++) {
            int b = 2 * col;
            // the 16 words of column col: b, b+1, b+16, b+17, ..., b+112, b+113 as v0..v15
            gb(v, b, b + 32, b + 64, b + 96);
            gb(v, b + 1, b + 33, b + 65, b + 97);
            gb(v, b + 16, b + 48, b + 80, b + 112);
            gb(v, b + 17, b + 49, b + 81, b + 113);
            gb(v, b, b + 33, b + 80, b + 113);
            gb(v, b + 1, b + 48, b + 81, b + 96);
            gb(v, b + 16, b + 49, b + 64, b + 97);
            gb(v, b + 17, b + 32, b + 65, b + 112);
        }
    }

    private static void gb(long[] v, int ia, int ib, int ic, int id) {
        long a = v[ia], b = v[ib], c = v[ic], d = v[id];
        a = fBlaMka(a, b); d = Long.rotateRight(d ^ a, 32);
        c = fBlaMka(c, d); b = Long.rotateRight(b ^ c, 24);
        a = fBlaMka(a, b); d = Long.rotateRight(d ^ a, 16);
        c = fBlaMka(c, d); b = Long.rotateRight(b ^ c, 63);
        v[ia] = a; v[ib] = b; v[ic] = c; v[id] = d;
    }

    /** a + b + 2 * trunc(a) * trunc(b), mod 2^64. */
    private static long fBlaMka(long a, long b) {
        return a + b + 2 * (a & 0xFFFFFFFFL) * (b & 0xFFFFFFFFL);
    }

    private static byte[] leBytes(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xFFL);
        return v;
    }

    private static void putLe64(byte[] b, int off, long v) {
        for (int i = 0; i < 8; i++) b[off + i] = (byte) (v >>> (8 * i));
    }
}
