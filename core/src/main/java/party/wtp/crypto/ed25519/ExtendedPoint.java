package party.wtp.crypto.ed25519;

import static party.wtp.crypto.ed25519.Field25519.add;
import static party.wtp.crypto.ed25519.Field25519.create;
import static party.wtp.crypto.ed25519.Field25519.multiply;
import static party.wtp.crypto.ed25519.Field25519.square;
import static party.wtp.crypto.ed25519.Field25519.subtract;

/**
 * A mutable point of edwards25519, -x^2 + y^2 = 1 + d x^2 y^2, in extended coordinates (X : Y : Z : T) with x = X/Z,
 * y = Y/Z and xy = T/Z. Doubling and addition use the complete formulas of Hisil, Wong, Carter and Dawson (2008), so
 * they hold for every point of the curve, the small-order ones included.
 */
final class ExtendedPoint {
    /** The curve constant d = -121665/121666. */
    static final double[] D = constant(new byte[] {
        (byte) 0xa3, 0x78, 0x59, 0x13, (byte) 0xca, 0x4d, (byte) 0xeb, 0x75,
        (byte) 0xab, (byte) 0xd8, 0x41, 0x41, 0x4d, 0x0a, 0x70, 0x00,
        (byte) 0x98, (byte) 0xe8, 0x79, 0x77, 0x79, 0x40, (byte) 0xc7, (byte) 0x8c,
        0x73, (byte) 0xfe, 0x6f, 0x2b, (byte) 0xee, 0x6c, 0x03, 0x52,
    });
    /** 2d, as the addition formula uses it. */
    static final double[] D2 = create();
    /** A square root of -1 (2^((p - 1) / 4)), for square roots that land on the other one. */
    static final double[] SQRT_MINUS_ONE = constant(new byte[] {
        (byte) 0xb0, (byte) 0xa0, 0x0e, 0x4a, 0x27, 0x1b, (byte) 0xee, (byte) 0xc4,
        0x78, (byte) 0xe4, 0x2f, (byte) 0xad, 0x06, 0x18, 0x43, 0x2f,
        (byte) 0xa7, (byte) 0xd7, (byte) 0xfb, 0x3d, (byte) 0x99, 0x00, 0x4d, 0x2b,
        0x0b, (byte) 0xdf, (byte) 0xc1, 0x4f, (byte) 0x80, 0x24, (byte) 0x83, 0x2b,
    });

    static {
        add(D, D, D2);
        Field25519.carry(D2);
    }

    final double[] x = create();
    final double[] y = create();
    final double[] z = create();
    final double[] t = create();
    // scratch space of the formulas, so that the loops of a scalar multiplication allocate nothing
    private final double[] a = create();
    private final double[] b = create();
    private final double[] c = create();
    private final double[] d = create();
    private final double[] e = create();

    /**
     * A field element from its 32-byte encoding: the constants are written out rather than computed (an inversion
     * and a power at class initialisation cost a client's first verification about 500 field operations on code
     * the engine has not compiled yet).
     */
    private static double[] constant(byte[] encoded) {
        double[] out = create();
        Field25519.decode(encoded, 0, out);
        return out;
    }

    static ExtendedPoint identity() {
        ExtendedPoint p = new ExtendedPoint();
        p.y[0] = 1;
        p.z[0] = 1;
        return p;
    }

    /**
     * The point of a 32-byte encoding (RFC 8032, 5.1.3), or null unless y is below p, x exists, and x = 0 does not
     * come with sign bit 1.
     */
    static ExtendedPoint decode(byte[] in, int off) {
        if (!Field25519.isCanonical(in, off)) {
            return null;
        }
        ExtendedPoint p = new ExtendedPoint();
        Field25519.decode(in, off, p.y);
        p.z[0] = 1;
        double[] u = create();
        double[] v = create();
        double[] v3 = create();
        double[] check = create();
        // x^2 = u / v with u = y^2 - 1, v = d y^2 + 1; candidate x = u v^3 (u v^7)^((p - 5) / 8)
        square(p.y, u);
        multiply(D, u, v);
        u[0] -= 1;
        v[0] += 1;
        square(v, v3);
        multiply(v3, v, v3);
        square(v3, check);
        multiply(check, v, check);
        multiply(check, u, check);
        Field25519.pow2to252minus3(check, check);
        multiply(check, v3, check);
        multiply(check, u, p.x);
        square(p.x, check);
        multiply(check, v, check);
        if (!Field25519.equal(check, u)) {
            Field25519.negate(u, u);
            if (!Field25519.equal(check, u)) {
                return null;
            }
            multiply(p.x, SQRT_MINUS_ONE, p.x);
        }
        boolean negative = (in[off + 31] & 0x80) != 0;
        if (negative && Field25519.isZero(p.x)) {
            return null;
        }
        if (Field25519.isOdd(p.x) != negative) {
            Field25519.negate(p.x, p.x);
            Field25519.carry(p.x);
        }
        multiply(p.x, p.y, p.t);
        return p;
    }

    /** The 32-byte encoding: y, with the parity of x in bit 255. */
    byte[] encode() {
        double[] inverse = create();
        double[] affine = create();
        Field25519.invert(z, inverse);
        multiply(y, inverse, affine);
        byte[] out = new byte[32];
        Field25519.encode(affine, out, 0);
        multiply(x, inverse, affine);
        if (Field25519.isOdd(affine)) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    boolean isIdentity() {
        return Field25519.isZero(x) && Field25519.equal(y, z);
    }

    ExtendedPoint copy() {
        ExtendedPoint p = new ExtendedPoint();
        Field25519.copy(x, p.x);
        Field25519.copy(y, p.y);
        Field25519.copy(z, p.z);
        Field25519.copy(t, p.t);
        return p;
    }

    /** This point doubled in place (dbl-2008-hwcd, a = -1). */
    void doubleInPlace() {
        doubleInPlace(true);
    }

    /**
     * This point doubled in place; T only when {@code withT}, as only an addition reads it: a chain of doublings
     * may skip it (T is then stale until the next doubling with it).
     */
    void doubleInPlace(boolean withT) {
        square(x, a);
        square(y, b);
        square(z, c);
        add(c, c, c);
        add(x, y, e);
        square(e, e);
        add(a, b, d); // A + B, which is -H
        subtract(e, d, e); // E = (X + Y)^2 - A - B
        subtract(b, a, a); // G = B - A
        subtract(a, c, c); // F = G - C
        Field25519.negate(d, d); // H
        multiply(e, c, x);
        multiply(a, d, y);
        if (withT) {
            multiply(e, d, t);
        }
        multiply(c, a, z);
    }

    /** This point plus q, or minus q when {@code minus} (add-2008-hwcd-3, a = -1), in place. */
    void addInPlace(CachedPoint q, boolean minus) {
        subtract(y, x, a);
        add(y, x, b);
        multiply(a, minus ? q.yPlusX : q.yMinusX, a);
        multiply(b, minus ? q.yMinusX : q.yPlusX, b);
        multiply(t, q.t2d, c);
        multiply(z, q.z2, d);
        subtract(b, a, e); // E
        add(b, a, b); // H
        if (minus) {
            add(d, c, a); // F
            subtract(d, c, c); // G
        } else {
            subtract(d, c, a); // F
            add(d, c, c); // G
        }
        multiply(e, a, x);
        multiply(c, b, y);
        multiply(e, b, t);
        multiply(a, c, z);
    }

    CachedPoint cached() {
        CachedPoint q = new CachedPoint();
        add(y, x, q.yPlusX);
        subtract(y, x, q.yMinusX);
        multiply(t, D2, q.t2d);
        add(z, z, q.z2);
        return q;
    }

    /** P, 3P, 5P, ... : the first {@code count} odd multiples of this point, for signed-digit multiplication. */
    CachedPoint[] oddMultiples(int count) {
        CachedPoint[] table = new CachedPoint[count];
        ExtendedPoint twice = copy();
        twice.doubleInPlace();
        CachedPoint step = twice.cached();
        ExtendedPoint sum = copy();
        for (int i = 0; i < count; i++) {
            table[i] = sum.cached();
            if (i + 1 < count) {
                sum.addInPlace(step, false);
            }
        }
        return table;
    }
}
