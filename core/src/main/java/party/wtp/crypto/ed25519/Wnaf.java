package party.wtp.crypto.ed25519;

/**
 * The width-w non-adjacent form of a scalar: signed odd digits below 2^(w-1) in magnitude, at most one of any w
 * consecutive ones non-zero, so a multiplication by it needs a table of 2^(w-2) odd multiples and few additions.
 */
final class Wnaf {
    private Wnaf() {
    }

    /** The digits of a 32-byte little-endian scalar below 2^255, least significant first, 256 of them. */
    static byte[] digits(byte[] scalar, int width) {
        int[] bits = new int[256 + width + 1];
        for (int i = 0; i < 256; i++) {
            bits[i] = (scalar[i >> 3] >> (i & 7)) & 1;
        }
        byte[] digits = new byte[256];
        int i = 0;
        while (i < 256) {
            if (bits[i] == 0) {
                i++;
                continue;
            }
            int digit = 0;
            for (int j = 0; j < width; j++) {
                digit |= bits[i + j] << j;
                bits[i + j] = 0;
            }
            if (digit >= 1 << (width - 1)) {
                // take 2^w - digit away here and carry the 2^w up
                digit -= 1 << width;
                int c = i + width;
                while (bits[c] == 1) {
                    bits[c++] = 0;
                }
                bits[c] = 1;
            }
            digits[i] = (byte) digit;
            i += width;
        }
        return digits;
    }
}
