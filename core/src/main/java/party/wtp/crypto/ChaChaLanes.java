package party.wtp.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@link ChaCha} over {@link #LANES} blocks at a time: block {@code j} of a group lives in lane {@code j} of sixteen
 * {@code int} arrays, one per state word, so each quarter round is one plain loop over the lanes, which the JVM's
 * loop vectorizer (C2's SuperWord) runs 8 or 16 blocks per instruction. On this project's build machine (AVX-512)
 * that is 2-3x the block-at-a-time speed. This is the JVM's version: the browser client replaces it (TeaVM class
 * substitution) with one that declines, since JavaScript has no vectorizer and the block-at-a-time code is faster
 * there.
 */
final class ChaChaLanes {
    /** Blocks per group: 16 KiB of key stream, 16 KiB of lanes per thread (fits the first-level cache). */
    static final int LANES = 256;
    private static final long LAST_COUNTER = 0xFFFF_FFFFL;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ThreadLocal<int[][]> WORKSPACE = ThreadLocal.withInitial(() -> new int[16][LANES]);

    private ChaChaLanes() {
    }

    /**
     * XORs the key stream of {@code state} (the initial ChaCha state, its word 12 the next block's counter) over
     * whole groups of {@link #LANES} blocks among the first {@code blocks} at {@code in[i]} into {@code out[o]} (may
     * be the same place), and advances the counter past them; returns the number of blocks done, a multiple of
     * {@link #LANES}. Stops short of a group whose counters would reach the last one, which is the block-at-a-time
     * code's to refuse.
     */
    static int apply(int[] state, int doubleRounds, byte[] in, int i, byte[] out, int o, int blocks) {
        int done = 0;
        int[][] x = null;
        while (blocks - done >= LANES && Integer.toUnsignedLong(state[12]) + LANES <= LAST_COUNTER) {
            if (x == null) {
                x = WORKSPACE.get();
            }
            group(state, doubleRounds, x, in, i + 64 * done, out, o + 64 * done);
            state[12] += LANES;
            done += LANES;
        }
        return done;
    }

    private static void group(int[] s, int doubleRounds, int[][] x, byte[] in, int i, byte[] out, int o) {
        for (int w = 0; w < 16; w++) {
            Arrays.fill(x[w], s[w]);
        }
        int[] counters = x[12];
        for (int j = 0; j < LANES; j++) {
            counters[j] += j;
        }
        for (int r = doubleRounds; r > 0; r--) {
            quarterRound(x[0], x[4], x[8], x[12]);
            quarterRound(x[1], x[5], x[9], x[13]);
            quarterRound(x[2], x[6], x[10], x[14]);
            quarterRound(x[3], x[7], x[11], x[15]);
            quarterRound(x[0], x[5], x[10], x[15]);
            quarterRound(x[1], x[6], x[11], x[12]);
            quarterRound(x[2], x[7], x[8], x[13]);
            quarterRound(x[3], x[4], x[9], x[14]);
        }
        // the feed-forward: each lane's input state added to its output
        for (int w = 0; w < 16; w++) {
            int[] lane = x[w];
            int add = s[w];
            for (int j = 0; j < LANES; j++) {
                lane[j] += add;
            }
        }
        for (int j = 0; j < LANES; j++) {
            counters[j] += j;
        }
        xor(x, in, i, out, o);
    }

    /** One quarter round in every lane: a loop the JIT vectorizes (no branches, one index, distinct arrays). */
    private static void quarterRound(int[] a, int[] b, int[] c, int[] d) {
        for (int j = 0; j < LANES; j++) {
            int va = a[j] + b[j];
            int vd = Integer.rotateLeft(d[j] ^ va, 16);
            int vc = c[j] + vd;
            int vb = Integer.rotateLeft(b[j] ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            a[j] = va;
            b[j] = vb;
            c[j] = vc;
            d[j] = vd;
        }
    }

    /** The lanes back into byte order: block {@code j}'s words, two at a time as one little-endian long, XORed. */
    private static void xor(int[][] x, byte[] in, int i, byte[] out, int o) {
        int[] x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3], x4 = x[4], x5 = x[5], x6 = x[6], x7 = x[7];
        int[] x8 = x[8], x9 = x[9], x10 = x[10], x11 = x[11], x12 = x[12], x13 = x[13], x14 = x[14], x15 = x[15];
        for (int j = 0, p = i, q = o; j < LANES; j++, p += 64, q += 64) {
            LONG.set(out, q, (long) LONG.get(in, p) ^ pair(x0[j], x1[j]));
            LONG.set(out, q + 8, (long) LONG.get(in, p + 8) ^ pair(x2[j], x3[j]));
            LONG.set(out, q + 16, (long) LONG.get(in, p + 16) ^ pair(x4[j], x5[j]));
            LONG.set(out, q + 24, (long) LONG.get(in, p + 24) ^ pair(x6[j], x7[j]));
            LONG.set(out, q + 32, (long) LONG.get(in, p + 32) ^ pair(x8[j], x9[j]));
            LONG.set(out, q + 40, (long) LONG.get(in, p + 40) ^ pair(x10[j], x11[j]));
            LONG.set(out, q + 48, (long) LONG.get(in, p + 48) ^ pair(x12[j], x13[j]));
            LONG.set(out, q + 56, (long) LONG.get(in, p + 56) ^ pair(x14[j], x15[j]));
        }
    }

    /** Two consecutive key stream words as the little-endian long they make. */
    private static long pair(int low, int high) {
        return (long) high << 32 | (low & 0xFFFF_FFFFL);
    }
}
