package party.wtp.crypto.ed25519;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.digests.SHA512Digest;

/** Test material: encodings of the eight small-order points, mixed-order keys, and signatures made by hand. */
final class Points {
    static final BigInteger L =
            BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));

    private Points() {
    }

    /** The eight points of order dividing 8, as [i]T for a point T of order 8 and i = 0..7. */
    static List<byte[]> smallOrder() {
        ExtendedPoint t = null;
        for (int y = 2; t == null; y++) {
            byte[] encoded = new byte[32];
            encoded[0] = (byte) y;
            ExtendedPoint p = ExtendedPoint.decode(encoded, 0);
            if (p == null) {
                continue;
            }
            ExtendedPoint q = times(Scalar.ORDER, p);
            ExtendedPoint fourfold = q.copy();
            fourfold.doubleInPlace();
            fourfold.doubleInPlace();
            if (!fourfold.isIdentity()) {
                t = q;
            }
        }
        List<byte[]> points = new ArrayList<>();
        ExtendedPoint multiple = ExtendedPoint.identity();
        CachedPoint step = t.cached();
        for (int i = 0; i < 8; i++) {
            points.add(multiple.encode());
            multiple.addInPlace(step, false);
        }
        return points;
    }

    static ExtendedPoint times(byte[] scalar, ExtendedPoint p) {
        return Straus.sum(new byte[][] {Wnaf.digits(scalar, 4)}, new CachedPoint[][] {p.oddMultiples(4)});
    }

    static byte[] baseTimes(BigInteger scalar) {
        return Straus.sum(new byte[][] {Wnaf.digits(littleEndian(scalar), BasePoint.WIDTH)},
                new CachedPoint[][] {BasePoint.oddMultiples()}).encode();
    }

    /** The sum of two encoded points, encoded. */
    static byte[] sum(byte[] a, byte[] b) {
        ExtendedPoint p = ExtendedPoint.decode(a, 0);
        p.addInPlace(ExtendedPoint.decode(b, 0).cached(), false);
        return p.encode();
    }

    /** The secret scalar of a 32-byte seed (RFC 8032, 5.1.5: SHA-512, low half, clamped). */
    static BigInteger secretScalar(byte[] seed) {
        byte[] h = sha512(seed);
        byte[] a = Arrays.copyOf(h, 32);
        a[0] &= (byte) 248;
        a[31] &= 127;
        a[31] |= 64;
        return fromLittleEndian(a);
    }

    /** R || S with S = r + k a mod L, k = SHA-512(R || A || M) mod L: a signature made with any R, for any A. */
    static byte[] sign(BigInteger r, byte[] bigR, BigInteger a, byte[] publicKey, byte[] message) {
        BigInteger k = challenge(bigR, publicKey, message);
        byte[] sig = Arrays.copyOf(bigR, 64);
        System.arraycopy(littleEndian(r.add(k.multiply(a)).mod(L)), 0, sig, 32, 32);
        return sig;
    }

    static BigInteger challenge(byte[] bigR, byte[] publicKey, byte[] message) {
        byte[] input = new byte[64 + message.length];
        System.arraycopy(bigR, 0, input, 0, 32);
        System.arraycopy(publicKey, 0, input, 32, 32);
        System.arraycopy(message, 0, input, 64, message.length);
        return fromLittleEndian(sha512(input)).mod(L);
    }

    static byte[] sha512(byte[] in) {
        SHA512Digest d = new SHA512Digest();
        d.update(in, 0, in.length);
        byte[] out = new byte[64];
        d.doFinal(out, 0);
        return out;
    }

    static BigInteger fromLittleEndian(byte[] le) {
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    static byte[] littleEndian(BigInteger n) {
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = n.shiftRight(8 * i).byteValue();
        }
        return out;
    }
}
