package party.wtp.crypto.ed25519;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The field, scalar and digit arithmetic against BigInteger, on random and extreme inputs. */
class ArithmeticTest {
    private static final BigInteger P = Points.P;
    private static final BigInteger L = Points.L;

    @Test
    void fieldOperationsMatchBigIntegerModP() {
        Random random = new Random(255);
        for (int i = 0; i < 20000; i++) {
            // limbs as large as the point formulas feed in: signed, up to 2^18
            double[] a = randomLimbs(random, i % 3 == 0 ? 1 << 18 : 1 << 16);
            double[] b = randomLimbs(random, i % 5 == 0 ? 1 << 18 : 1 << 16);
            double[] out = Field25519.create();
            Field25519.multiply(a, b, out);
            assertEquals(value(a).multiply(value(b)).mod(P), encoded(out), "product " + i);
            assertLimbsCarried(out);
            Field25519.square(a, out);
            assertEquals(value(a).pow(2).mod(P), encoded(out), "square " + i);
            assertLimbsCarried(out);
            Field25519.add(a, b, out);
            assertEquals(value(a).add(value(b)).mod(P), encoded(out), "sum " + i);
            Field25519.subtract(a, b, out);
            assertEquals(value(a).subtract(value(b)).mod(P), encoded(out), "difference " + i);
            assertEquals(value(a).mod(P).testBit(0), Field25519.isOdd(a), "parity " + i);
            if (i % 100 == 0) {
                Field25519.invert(a, out);
                assertEquals(value(a).modInverse(P), encoded(out), "inverse " + i);
                Field25519.pow2to252minus3(a, out);
                assertEquals(value(a).modPow(BigInteger.ONE.shiftLeft(252).subtract(BigInteger.valueOf(3)), P),
                        encoded(out), "power " + i);
            }
        }
    }

    @Test
    void encodingIsCanonicalAroundP() {
        for (int delta = -40; delta < 40; delta++) {
            BigInteger v = P.add(BigInteger.valueOf(delta));
            double[] e = Field25519.create();
            // 2^256 > v >= 0, spread over 16-bit limbs
            for (int i = 0; i < 16; i++) {
                e[i] = v.shiftRight(16 * i).intValue() & 0xffff;
            }
            assertEquals(v.mod(P), encoded(e), "p + " + delta);
            byte[] bytes = Points.littleEndian(v.mod(BigInteger.ONE.shiftLeft(256)));
            boolean canonical = v.compareTo(P) < 0;
            if (v.bitLength() <= 255) {
                assertEquals(canonical, Field25519.isCanonical(bytes, 0), "canonical p + " + delta);
            }
        }
        assertTrue(Field25519.isZero(limbsOf(P)));
        assertTrue(ExtendedPoint.identity().isIdentity());
    }

    @Test
    void curveConstantsAreRight() {
        BigInteger d = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
        assertEquals(d, encoded(ExtendedPoint.D));
        assertEquals(d.shiftLeft(1).mod(P), encoded(ExtendedPoint.D2));
        assertEquals(P.subtract(BigInteger.ONE), encoded(ExtendedPoint.SQRT_MINUS_ONE).pow(2).mod(P));
    }

    @Test
    void scalarReductionMatchesBigIntegerModL() {
        Random random = new Random(252);
        for (int i = 0; i < 20000; i++) {
            byte[] wide = new byte[64];
            random.nextBytes(wide);
            if (i < 64) {
                Arrays.fill(wide, 0, i + 1, (byte) 0xff); // runs of ones from the bottom ...
            } else if (i < 128) {
                Arrays.fill(wide, 127 - i, 64, (byte) 0xff); // ... and from the top
            } else if (i < 192) {
                wide = littleEndian64(L.multiply(BigInteger.valueOf(i - 128)).add(BigInteger.valueOf(i % 3 - 1)));
            }
            BigInteger expected = Points.fromLittleEndian(wide).mod(L);
            assertArrayEquals(Points.littleEndian(expected), Scalar.reduce(wide), "input " + i);
        }
    }

    @Test
    void scalarIsReducedExactlyBelowL() {
        for (int delta = -300; delta < 300; delta++) {
            BigInteger s = L.add(BigInteger.valueOf(delta));
            assertEquals(delta < 0, Scalar.isReduced(Points.littleEndian(s), 0), "L + " + delta);
        }
        assertTrue(Scalar.isReduced(new byte[32], 0));
        byte[] max = new byte[32];
        Arrays.fill(max, (byte) 0xff);
        assertEquals(false, Scalar.isReduced(max, 0));
    }

    @Test
    void wnafDigitsAddUpToTheScalarAndAreSparse() {
        Random random = new Random(5);
        for (int width = 4; width <= 8; width++) {
            for (int i = 0; i < 2000; i++) {
                BigInteger s = i == 0 ? L : i == 1 ? L.subtract(BigInteger.ONE) : new BigInteger(253, random);
                byte[] digits = Wnaf.digits(Points.littleEndian(s), width);
                BigInteger sum = BigInteger.ZERO;
                int lastNonZero = -width;
                for (int at = 255; at >= 0; at--) {
                    sum = sum.shiftLeft(1).add(BigInteger.valueOf(digits[at]));
                }
                for (int at = 0; at < 256; at++) {
                    if (digits[at] != 0) {
                        assertTrue((digits[at] & 1) == 1 && Math.abs(digits[at]) < 1 << (width - 1), "digit");
                        assertTrue(at - lastNonZero >= width, "two digits closer than " + width);
                        lastNonZero = at;
                    }
                }
                assertEquals(s, sum, "width " + width);
            }
        }
    }

    private static void assertLimbsCarried(double[] e) {
        assertTrue(Math.abs(e[0]) < 1 << 21, "limb 0: " + e[0]);
        for (int i = 1; i < 16; i++) {
            assertTrue(e[i] >= 0 && e[i] < 1 << 16, "limb " + i + ": " + e[i]);
        }
    }

    private static double[] randomLimbs(Random random, int bound) {
        double[] e = Field25519.create();
        for (int i = 0; i < 16; i++) {
            int limit = i == 0 ? bound << 5 : bound; // limb 0 of carried values reaches 2^21, of sums of four 2^23
            e[i] = random.nextInt(2 * limit) - limit;
        }
        return e;
    }

    private static double[] limbsOf(BigInteger v) {
        double[] e = Field25519.create();
        for (int i = 0; i < 16; i++) {
            e[i] = v.shiftRight(16 * i).intValue() & 0xffff;
        }
        return e;
    }

    /** The integer the limbs stand for, sum of limb[i] 2^(16 i). */
    private static BigInteger value(double[] e) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 15; i >= 0; i--) {
            v = v.shiftLeft(16).add(BigInteger.valueOf((long) e[i]));
        }
        return v;
    }

    /** The value of the canonical encoding. */
    private static BigInteger encoded(double[] e) {
        byte[] out = new byte[32];
        Field25519.encode(e, out, 0);
        BigInteger v = Points.fromLittleEndian(out);
        assertTrue(v.compareTo(P) < 0, "encoding not below p");
        return v;
    }

    private static byte[] littleEndian64(BigInteger n) {
        byte[] out = new byte[64];
        for (int i = 0; i < 64; i++) {
            out[i] = n.shiftRight(8 * i).byteValue();
        }
        return out;
    }
}
