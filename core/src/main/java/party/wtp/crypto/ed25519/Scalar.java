package party.wtp.crypto.ed25519;

/**
 * Integers modulo the order of the base point, L = 2^252 + 27742317777372353535851937790883648493, as 32
 * little-endian bytes. Reduction works on 64 byte-sized limbs held in doubles (TweetNaCl's modL), no {@code long}.
 */
final class Scalar {
    /** L, little-endian. */
    static final byte[] ORDER = {
        (byte) 0xed, (byte) 0xd3, (byte) 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58,
        (byte) 0xd6, (byte) 0x9c, (byte) 0xf7, (byte) 0xa2, (byte) 0xde, (byte) 0xf9, (byte) 0xde, 0x14,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
    };
    private static final double[] L = new double[32];

    static {
        for (int i = 0; i < 32; i++) {
            L[i] = ORDER[i] & 0xff;
        }
    }

    private Scalar() {
    }

    /** Whether the 32 bytes at in[off] are below L: the one encoding of a scalar a signature may carry. */
    static boolean isReduced(byte[] in, int off) {
        for (int i = 31; i >= 0; i--) {
            int a = in[off + i] & 0xff;
            int l = ORDER[i] & 0xff;
            if (a != l) {
                return a < l;
            }
        }
        return false;
    }

    /** A 64-byte little-endian integer (a SHA-512 digest) modulo L. */
    static byte[] reduce(byte[] wide) {
        double[] x = new double[64];
        for (int i = 0; i < 64; i++) {
            x[i] = wide[i] & 0xff;
        }
        // fold each top byte down with 2^252 = -(L - 2^252), keeping the bytes it touches within -128..127
        for (int i = 63; i >= 32; i--) {
            double carry = 0;
            int j = i - 32;
            for (; j < i - 12; j++) {
                x[j] += carry - 16 * x[i] * L[j - (i - 32)];
                carry = Math.floor((x[j] + 128) / 256);
                x[j] -= carry * 256;
            }
            x[j] += carry;
            x[i] = 0;
        }
        double carry = 0;
        double top = Math.floor(x[31] / 16);
        for (int j = 0; j < 32; j++) {
            x[j] += carry - top * L[j];
            carry = Math.floor(x[j] / 256);
            x[j] -= carry * 256;
        }
        for (int j = 0; j < 32; j++) {
            x[j] -= carry * L[j];
        }
        byte[] r = new byte[32];
        for (int i = 0; i < 32; i++) {
            double high = Math.floor(x[i] / 256);
            x[i + 1] += high;
            r[i] = (byte) (x[i] - high * 256);
        }
        return r;
    }
}
