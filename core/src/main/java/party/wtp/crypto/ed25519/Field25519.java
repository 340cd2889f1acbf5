package party.wtp.crypto.ed25519;

/**
 * Arithmetic in GF(2^255 - 19) on 16 signed limbs of 16 bits held in doubles (TweetNaCl's layout), so that no step
 * needs Java's {@code long}, which TeaVM compiles to slow JavaScript BigInt. Products of limbs stay below 2^40 and
 * their sums exact below 2^53. Sums and differences are not carried; products are, into limbs below 2^16 (limb 0
 * within 2^21 of zero). Every operation may write into one of its inputs. Variable time: only public data pass here.
 */
final class Field25519 {
    static final int LIMBS = 16;
    private static final double RADIX = 65536;
    private static final double INVERSE_RADIX = 1.0 / RADIX;

    private Field25519() {
    }

    static double[] create() {
        return new double[LIMBS];
    }

    /** The element with the given small non-negative value. */
    static double[] of(int value) {
        double[] e = create();
        e[0] = value;
        return e;
    }

    static void copy(double[] a, double[] out) {
        System.arraycopy(a, 0, out, 0, LIMBS);
    }

    static void add(double[] a, double[] b, double[] out) {
        for (int i = 0; i < LIMBS; i++) {
            out[i] = a[i] + b[i];
        }
    }

    static void subtract(double[] a, double[] b, double[] out) {
        for (int i = 0; i < LIMBS; i++) {
            out[i] = a[i] - b[i];
        }
    }

    static void negate(double[] a, double[] out) {
        for (int i = 0; i < LIMBS; i++) {
            out[i] = -a[i];
        }
    }

    /**
     * The schoolbook product of 16 limbs, the part from 2^256 up folded back as 38 times (2^256 = 38 mod p),
     * carried twice.
     */
    static void multiply(double[] a, double[] b, double[] out) {
        double a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4], a5 = a[5], a6 = a[6], a7 = a[7], a8 = a[8];
        double a9 = a[9], a10 = a[10], a11 = a[11], a12 = a[12], a13 = a[13], a14 = a[14], a15 = a[15];
        double b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6], b7 = b[7], b8 = b[8];
        double b9 = b[9], b10 = b[10], b11 = b[11], b12 = b[12], b13 = b[13], b14 = b[14], b15 = b[15];
        double c1 = 38 * b1, c2 = 38 * b2, c3 = 38 * b3, c4 = 38 * b4, c5 = 38 * b5, c6 = 38 * b6, c7 = 38 * b7;
        double c8 = 38 * b8, c9 = 38 * b9, c10 = 38 * b10, c11 = 38 * b11, c12 = 38 * b12, c13 = 38 * b13;
        double c14 = 38 * b14, c15 = 38 * b15;
        out[0] = a0 * b0 + a1 * c15 + a2 * c14 + a3 * c13 + a4 * c12 + a5 * c11 + a6 * c10 + a7 * c9 + a8 * c8 +
                a9 * c7 + a10 * c6 + a11 * c5 + a12 * c4 + a13 * c3 + a14 * c2 + a15 * c1;
        out[1] = a0 * b1 + a1 * b0 + a2 * c15 + a3 * c14 + a4 * c13 + a5 * c12 + a6 * c11 + a7 * c10 + a8 * c9 +
                a9 * c8 + a10 * c7 + a11 * c6 + a12 * c5 + a13 * c4 + a14 * c3 + a15 * c2;
        out[2] = a0 * b2 + a1 * b1 + a2 * b0 + a3 * c15 + a4 * c14 + a5 * c13 + a6 * c12 + a7 * c11 + a8 * c10 +
                a9 * c9 + a10 * c8 + a11 * c7 + a12 * c6 + a13 * c5 + a14 * c4 + a15 * c3;
        out[3] = a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0 + a4 * c15 + a5 * c14 + a6 * c13 + a7 * c12 + a8 * c11 +
                a9 * c10 + a10 * c9 + a11 * c8 + a12 * c7 + a13 * c6 + a14 * c5 + a15 * c4;
        out[4] = a0 * b4 + a1 * b3 + a2 * b2 + a3 * b1 + a4 * b0 + a5 * c15 + a6 * c14 + a7 * c13 + a8 * c12 +
                a9 * c11 + a10 * c10 + a11 * c9 + a12 * c8 + a13 * c7 + a14 * c6 + a15 * c5;
        out[5] = a0 * b5 + a1 * b4 + a2 * b3 + a3 * b2 + a4 * b1 + a5 * b0 + a6 * c15 + a7 * c14 + a8 * c13 +
                a9 * c12 + a10 * c11 + a11 * c10 + a12 * c9 + a13 * c8 + a14 * c7 + a15 * c6;
        out[6] = a0 * b6 + a1 * b5 + a2 * b4 + a3 * b3 + a4 * b2 + a5 * b1 + a6 * b0 + a7 * c15 + a8 * c14 +
                a9 * c13 + a10 * c12 + a11 * c11 + a12 * c10 + a13 * c9 + a14 * c8 + a15 * c7;
        out[7] = a0 * b7 + a1 * b6 + a2 * b5 + a3 * b4 + a4 * b3 + a5 * b2 + a6 * b1 + a7 * b0 + a8 * c15 +
                a9 * c14 + a10 * c13 + a11 * c12 + a12 * c11 + a13 * c10 + a14 * c9 + a15 * c8;
        out[8] = a0 * b8 + a1 * b7 + a2 * b6 + a3 * b5 + a4 * b4 + a5 * b3 + a6 * b2 + a7 * b1 + a8 * b0 +
                a9 * c15 + a10 * c14 + a11 * c13 + a12 * c12 + a13 * c11 + a14 * c10 + a15 * c9;
        out[9] = a0 * b9 + a1 * b8 + a2 * b7 + a3 * b6 + a4 * b5 + a5 * b4 + a6 * b3 + a7 * b2 + a8 * b1 + a9 * b0 +
                a10 * c15 + a11 * c14 + a12 * c13 + a13 * c12 + a14 * c11 + a15 * c10;
        out[10] = a0 * b10 + a1 * b9 + a2 * b8 + a3 * b7 + a4 * b6 + a5 * b5 + a6 * b4 + a7 * b3 + a8 * b2 +
                a9 * b1 + a10 * b0 + a11 * c15 + a12 * c14 + a13 * c13 + a14 * c12 + a15 * c11;
        out[11] = a0 * b11 + a1 * b10 + a2 * b9 + a3 * b8 + a4 * b7 + a5 * b6 + a6 * b5 + a7 * b4 + a8 * b3 +
                a9 * b2 + a10 * b1 + a11 * b0 + a12 * c15 + a13 * c14 + a14 * c13 + a15 * c12;
        out[12] = a0 * b12 + a1 * b11 + a2 * b10 + a3 * b9 + a4 * b8 + a5 * b7 + a6 * b6 + a7 * b5 + a8 * b4 +
                a9 * b3 + a10 * b2 + a11 * b1 + a12 * b0 + a13 * c15 + a14 * c14 + a15 * c13;
        out[13] = a0 * b13 + a1 * b12 + a2 * b11 + a3 * b10 + a4 * b9 + a5 * b8 + a6 * b7 + a7 * b6 + a8 * b5 +
                a9 * b4 + a10 * b3 + a11 * b2 + a12 * b1 + a13 * b0 + a14 * c15 + a15 * c14;
        out[14] = a0 * b14 + a1 * b13 + a2 * b12 + a3 * b11 + a4 * b10 + a5 * b9 + a6 * b8 + a7 * b7 + a8 * b6 +
                a9 * b5 + a10 * b4 + a11 * b3 + a12 * b2 + a13 * b1 + a14 * b0 + a15 * c15;
        out[15] = a0 * b15 + a1 * b14 + a2 * b13 + a3 * b12 + a4 * b11 + a5 * b10 + a6 * b9 + a7 * b8 + a8 * b7 +
                a9 * b6 + a10 * b5 + a11 * b4 + a12 * b3 + a13 * b2 + a14 * b1 + a15 * b0;
        carry(out);
    }

    /** As {@link #multiply}(a, a, out), each cross product computed once: 136 products instead of 256. */
    static void square(double[] a, double[] out) {
        double a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4], a5 = a[5], a6 = a[6], a7 = a[7], a8 = a[8];
        double a9 = a[9], a10 = a[10], a11 = a[11], a12 = a[12], a13 = a[13], a14 = a[14], a15 = a[15];
        double d1 = 2 * a1, d2 = 2 * a2, d3 = 2 * a3, d4 = 2 * a4, d5 = 2 * a5, d6 = 2 * a6, d7 = 2 * a7;
        double d8 = 2 * a8, d9 = 2 * a9, d10 = 2 * a10, d11 = 2 * a11, d12 = 2 * a12, d13 = 2 * a13, d14 = 2 * a14;
        double d15 = 2 * a15;
        double e8 = 38 * a8, e9 = 38 * a9, e10 = 38 * a10, e11 = 38 * a11, e12 = 38 * a12, e13 = 38 * a13;
        double e14 = 38 * a14, e15 = 38 * a15;
        double f9 = 76 * a9, f10 = 76 * a10, f11 = 76 * a11, f12 = 76 * a12, f13 = 76 * a13, f14 = 76 * a14;
        double f15 = 76 * a15;
        out[0] = a0 * a0 + a1 * f15 + a2 * f14 + a3 * f13 + a4 * f12 + a5 * f11 + a6 * f10 + a7 * f9 + a8 * e8;
        out[1] = a0 * d1 + a2 * f15 + a3 * f14 + a4 * f13 + a5 * f12 + a6 * f11 + a7 * f10 + a8 * f9;
        out[2] = a0 * d2 + a1 * a1 + a3 * f15 + a4 * f14 + a5 * f13 + a6 * f12 + a7 * f11 + a8 * f10 + a9 * e9;
        out[3] = a0 * d3 + a1 * d2 + a4 * f15 + a5 * f14 + a6 * f13 + a7 * f12 + a8 * f11 + a9 * f10;
        out[4] = a0 * d4 + a1 * d3 + a2 * a2 + a5 * f15 + a6 * f14 + a7 * f13 + a8 * f12 + a9 * f11 + a10 * e10;
        out[5] = a0 * d5 + a1 * d4 + a2 * d3 + a6 * f15 + a7 * f14 + a8 * f13 + a9 * f12 + a10 * f11;
        out[6] = a0 * d6 + a1 * d5 + a2 * d4 + a3 * a3 + a7 * f15 + a8 * f14 + a9 * f13 + a10 * f12 + a11 * e11;
        out[7] = a0 * d7 + a1 * d6 + a2 * d5 + a3 * d4 + a8 * f15 + a9 * f14 + a10 * f13 + a11 * f12;
        out[8] = a0 * d8 + a1 * d7 + a2 * d6 + a3 * d5 + a4 * a4 + a9 * f15 + a10 * f14 + a11 * f13 + a12 * e12;
        out[9] = a0 * d9 + a1 * d8 + a2 * d7 + a3 * d6 + a4 * d5 + a10 * f15 + a11 * f14 + a12 * f13;
        out[10] = a0 * d10 + a1 * d9 + a2 * d8 + a3 * d7 + a4 * d6 + a5 * a5 + a11 * f15 + a12 * f14 + a13 * e13;
        out[11] = a0 * d11 + a1 * d10 + a2 * d9 + a3 * d8 + a4 * d7 + a5 * d6 + a12 * f15 + a13 * f14;
        out[12] = a0 * d12 + a1 * d11 + a2 * d10 + a3 * d9 + a4 * d8 + a5 * d7 + a6 * a6 + a13 * f15 + a14 * e14;
        out[13] = a0 * d13 + a1 * d12 + a2 * d11 + a3 * d10 + a4 * d9 + a5 * d8 + a6 * d7 + a14 * f15;
        out[14] = a0 * d14 + a1 * d13 + a2 * d12 + a3 * d11 + a4 * d10 + a5 * d9 + a6 * d8 + a7 * a7 + a15 * e15;
        out[15] = a0 * d15 + a1 * d14 + a2 * d13 + a3 * d12 + a4 * d11 + a5 * d10 + a6 * d9 + a7 * d8;
        carry(out);
    }

    /**
     * Moves everything above 16 bits of each limb into the next one, the top limb's overflow into limb 0 as 38
     * times. The top limb goes first, so the one pass ends with a small carry into limb 0: from limbs below 2^48,
     * limbs 1 to 15 end in 0..2^16 - 1 and limb 0 within 2^21 of zero (signed: the last carry may be negative).
     */
    static void carry(double[] o) {
        double o0 = o[0], o1 = o[1], o2 = o[2], o3 = o[3], o4 = o[4], o5 = o[5], o6 = o[6], o7 = o[7];
        double o8 = o[8], o9 = o[9], o10 = o[10], o11 = o[11], o12 = o[12], o13 = o[13], o14 = o[14], o15 = o[15];
        double c = Math.floor(o15 * INVERSE_RADIX);
        o15 -= c * RADIX;
        o0 += 38 * c;
        c = Math.floor(o0 * INVERSE_RADIX);
        o0 -= c * RADIX;
        o1 += c;
        c = Math.floor(o1 * INVERSE_RADIX);
        o1 -= c * RADIX;
        o2 += c;
        c = Math.floor(o2 * INVERSE_RADIX);
        o2 -= c * RADIX;
        o3 += c;
        c = Math.floor(o3 * INVERSE_RADIX);
        o3 -= c * RADIX;
        o4 += c;
        c = Math.floor(o4 * INVERSE_RADIX);
        o4 -= c * RADIX;
        o5 += c;
        c = Math.floor(o5 * INVERSE_RADIX);
        o5 -= c * RADIX;
        o6 += c;
        c = Math.floor(o6 * INVERSE_RADIX);
        o6 -= c * RADIX;
        o7 += c;
        c = Math.floor(o7 * INVERSE_RADIX);
        o7 -= c * RADIX;
        o8 += c;
        c = Math.floor(o8 * INVERSE_RADIX);
        o8 -= c * RADIX;
        o9 += c;
        c = Math.floor(o9 * INVERSE_RADIX);
        o9 -= c * RADIX;
        o10 += c;
        c = Math.floor(o10 * INVERSE_RADIX);
        o10 -= c * RADIX;
        o11 += c;
        c = Math.floor(o11 * INVERSE_RADIX);
        o11 -= c * RADIX;
        o12 += c;
        c = Math.floor(o12 * INVERSE_RADIX);
        o12 -= c * RADIX;
        o13 += c;
        c = Math.floor(o13 * INVERSE_RADIX);
        o13 -= c * RADIX;
        o14 += c;
        c = Math.floor(o14 * INVERSE_RADIX);
        o14 -= c * RADIX;
        o15 += c;
        c = Math.floor(o15 * INVERSE_RADIX);
        o15 -= c * RADIX;
        o0 += 38 * c;
        o[0] = o0; o[1] = o1; o[2] = o2; o[3] = o3; o[4] = o4; o[5] = o5; o[6] = o6; o[7] = o7;
        o[8] = o8; o[9] = o9; o[10] = o10; o[11] = o11; o[12] = o12; o[13] = o13; o[14] = o14; o[15] = o15;
    }

    static void squareTimes(double[] a, int times, double[] out) {
        square(a, out);
        for (int i = 1; i < times; i++) {
            square(out, out);
        }
    }

    /** a^(p - 2) = 1/a (0 for 0). */
    static void invert(double[] a, double[] out) {
        double[] eleven = create();
        double[] t = create();
        pow2to250minus1(a, t, eleven);
        squareTimes(t, 5, t);
        multiply(t, eleven, out);
    }

    /** a^((p - 5) / 8) = a^(2^252 - 3), the heart of the square root of a fraction (RFC 8032, 5.1.3). */
    static void pow2to252minus3(double[] a, double[] out) {
        double[] eleven = create();
        double[] t = create();
        pow2to250minus1(a, t, eleven);
        squareTimes(t, 2, t);
        multiply(t, a, out);
    }

    /** a^(2^250 - 1) into out and a^11 into eleven, by the usual addition chain (ref10). */
    private static void pow2to250minus1(double[] a, double[] out, double[] eleven) {
        double[] t0 = create();
        double[] t1 = create();
        double[] t2 = create();
        double[] t3 = create();
        square(a, t0);
        squareTimes(t0, 2, t1);
        multiply(a, t1, t1);
        multiply(t0, t1, eleven);
        square(eleven, t0);
        multiply(t1, t0, t0);
        squareTimes(t0, 5, t1);
        multiply(t1, t0, t1);
        squareTimes(t1, 10, t2);
        multiply(t2, t1, t2);
        squareTimes(t2, 20, t3);
        multiply(t3, t2, t3);
        squareTimes(t3, 10, t3);
        multiply(t3, t1, t3);
        squareTimes(t3, 50, t2);
        multiply(t2, t3, t2);
        squareTimes(t2, 100, t1);
        multiply(t1, t2, t1);
        squareTimes(t1, 50, t1);
        multiply(t1, t3, out);
    }

    /** The canonical encoding of a (reduced below p) as 32 little-endian bytes at out[off]. */
    static void encode(double[] a, byte[] out, int off) {
        double[] c = a.clone();
        for (int i = 0; i < 4; i++) {
            carry(c); // the last pass leaves every limb below 2^16
        }
        int[] t = new int[LIMBS];
        for (int i = 0; i < LIMBS; i++) {
            t[i] = (int) c[i];
        }
        int[] m = new int[LIMBS];
        for (int round = 0; round < 2; round++) {
            // m = t - p, limb by limb with borrows; keep it unless it went below zero
            m[0] = t[0] - 0xffed;
            for (int i = 1; i < LIMBS - 1; i++) {
                m[i] = t[i] - 0xffff - ((m[i - 1] >> 16) & 1);
                m[i - 1] &= 0xffff;
            }
            m[LIMBS - 1] = t[LIMBS - 1] - 0x7fff - ((m[LIMBS - 2] >> 16) & 1);
            m[LIMBS - 2] &= 0xffff;
            if (((m[LIMBS - 1] >> 16) & 1) == 0) {
                System.arraycopy(m, 0, t, 0, LIMBS);
            }
        }
        for (int i = 0; i < LIMBS; i++) {
            out[off + 2 * i] = (byte) t[i];
            out[off + 2 * i + 1] = (byte) (t[i] >> 8);
        }
    }

    /** The element of 32 little-endian bytes at in[off], bit 255 ignored; values from p up are not refused here. */
    static void decode(byte[] in, int off, double[] out) {
        for (int i = 0; i < LIMBS; i++) {
            out[i] = (in[off + 2 * i] & 0xff) | (in[off + 2 * i + 1] & 0xff) << 8;
        }
        out[LIMBS - 1] = (int) out[LIMBS - 1] & 0x7fff;
    }

    /** Whether the 32 bytes at in[off], bit 255 ignored, are below p: the one encoding of their value. */
    static boolean isCanonical(byte[] in, int off) {
        if ((in[off + 31] & 0x7f) != 0x7f) {
            return true;
        }
        for (int i = 30; i > 0; i--) {
            if (in[off + i] != (byte) 0xff) {
                return true;
            }
        }
        return (in[off] & 0xff) < 0xed;
    }

    static boolean isZero(double[] a) {
        byte[] e = new byte[32];
        encode(a, e, 0);
        int bits = 0;
        for (byte b : e) {
            bits |= b;
        }
        return bits == 0;
    }

    /** Whether the canonical value of a is odd: the sign of x in a point's encoding. */
    static boolean isOdd(double[] a) {
        byte[] e = new byte[32];
        encode(a, e, 0);
        return (e[0] & 1) == 1;
    }

    static boolean equal(double[] a, double[] b) {
        double[] d = create();
        subtract(a, b, d);
        return isZero(d);
    }
}
