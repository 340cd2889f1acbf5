package party.wtp.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * 32-bit little-endian word access to byte arrays (word {@code k} of a view is bytes {@code 4k..4k+3}), so that
 * {@link ChaCha} XORs words, not bytes. This is the JVM's: it cannot alias a {@code byte[]} as an {@code int[]}, so
 * {@link #of} has no view, but a byte-array view {@link VarHandle} reads and writes a whole word in one access at
 * any offset (compiled to plain loads and stores; a {@code ByteBuffer} per block was a third of the build's CPU). The
 * browser client replaces this class (TeaVM class substitution) with one whose {@link #of} returns an
 * {@code Int32Array} over the same buffer (TeaVM's {@code int[]}) and whose {@link #xorBlock} declines.
 */
final class WordView {
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private WordView() {
    }

    /** The shared word view of {@code bytes}, or null where the platform has none (always, on a JVM). */
    static int[] of(byte[] bytes) {
        return null;
    }

    /**
     * XORs the 16 words {@code ks} over the 64 bytes of {@code in} at {@code i} into {@code out} at {@code o} (may
     * be the same place), each word little-endian; true when done, false where the platform has no cheaper way than
     * bytes.
     */
    static boolean xorBlock(int[] ks, byte[] in, int i, byte[] out, int o) {
        for (int w = 0; w < 16; w++) {
            WORD.set(out, o + 4 * w, (int) WORD.get(in, i + 4 * w) ^ ks[w]);
        }
        return true;
    }
}
