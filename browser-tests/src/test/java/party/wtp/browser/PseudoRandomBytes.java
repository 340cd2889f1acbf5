package party.wtp.browser;

/**
 * xorshift32 bytes, identical to {@code pageTools.pseudoRandom} in page-tools.js: a test sends a seed and a
 * length instead of megabytes, and both sides make the same input. Not for keys; keys come from SecureRandom.
 */
public final class PseudoRandomBytes {
    private PseudoRandomBytes() {
    }

    /** {@code length} bytes from {@code seed} (0 is treated as 1, as xorshift needs a non-zero state). */
    public static byte[] of(int seed, int length) {
        byte[] out = new byte[length];
        int x = seed == 0 ? 1 : seed;
        for (int i = 0; i < length; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            out[i] = (byte) x;
        }
        return out;
    }
}
