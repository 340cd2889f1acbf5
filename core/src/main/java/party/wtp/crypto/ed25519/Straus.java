package party.wtp.crypto.ed25519;

/**
 * Straus's interleaved multi-scalar multiplication (Shamir's trick): one chain of doublings for all terms, each term
 * adding or subtracting an odd multiple of its point where its signed digit is non-zero. Variable time, for public
 * data only: signatures and keys.
 */
final class Straus {
    private Straus() {
    }

    /** The sum over all terms of [digits[i]] P_i, where tables[i] holds the odd multiples of P_i. */
    static ExtendedPoint sum(byte[][] digits, CachedPoint[][] tables) {
        int top = 255;
        while (top >= 0 && allZero(digits, top)) {
            top--;
        }
        ExtendedPoint r = ExtendedPoint.identity();
        for (int i = top; i >= 0; i--) {
            r.doubleInPlace(!allZero(digits, i));
            for (int term = 0; term < digits.length; term++) {
                int digit = digits[term][i];
                if (digit > 0) {
                    r.addInPlace(tables[term][digit >> 1], false);
                } else if (digit < 0) {
                    r.addInPlace(tables[term][-digit >> 1], true);
                }
            }
        }
        return r;
    }

    private static boolean allZero(byte[][] digits, int at) {
        for (byte[] d : digits) {
            if (d[at] != 0) {
                return false;
            }
        }
        return true;
    }
}
