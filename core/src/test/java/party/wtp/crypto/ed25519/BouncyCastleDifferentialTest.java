package party.wtp.crypto.ed25519;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

/**
 * Seeded random keys, messages and signatures, honest and corrupted, verified here and by Bouncy Castle's
 * Ed25519.verify: the verdicts must be identical. Where they are not (crafted small-order components), the test
 * names say so: Bouncy Castle 1.87 checks the cofactored equation [8][S]B = [8]R + [8][k]A, this verifier the
 * cofactorless [S]B = R + [k]A, which accepts a subset of what the cofactored one accepts.
 */
class BouncyCastleDifferentialTest {
    private static final int KEYS = 2000;
    private static final List<byte[]> SMALL_ORDER = Points.smallOrder();

    /** A corruption of (key, message, signature); returns the three to verify. */
    private interface Corruption {
        byte[][] apply(Random random, byte[] key, byte[] message, byte[] signature);
    }

    @Test
    void sameVerdictsAsBouncyCastleOnHonestAndCorruptedSignatures() {
        Map<String, Corruption> corruptions = new TreeMap<>();
        corruptions.put("0 honest", (rnd, k, m, s) -> new byte[][] {k, m, s});
        corruptions.put("bit of R flipped", (rnd, k, m, s) -> new byte[][] {k, m, flip(s, rnd.nextInt(256))});
        corruptions.put("bit of S flipped", (rnd, k, m, s) -> new byte[][] {k, m, flip(s, 256 + rnd.nextInt(256))});
        corruptions.put("bit of A flipped", (rnd, k, m, s) -> new byte[][] {flip(k, rnd.nextInt(256)), m, s});
        corruptions.put("bit of message flipped", (rnd, k, m, s) -> m.length == 0
                ? new byte[][] {k, new byte[1], s} : new byte[][] {k, flip(m, rnd.nextInt(m.length * 8)), s});
        corruptions.put("S + L", (rnd, k, m, s) -> new byte[][] {k, m, withS(s, s(s).add(Points.L))});
        corruptions.put("S >= L, random", (rnd, k, m, s) -> new byte[][] {k, m, withS(s, atLeastL(rnd))});
        corruptions.put("S = L", (rnd, k, m, s) -> new byte[][] {k, m, withS(s, Points.L)});
        corruptions.put("R with y >= p", (rnd, k, m, s) -> new byte[][] {k, m, withR(s, nonCanonical(rnd))});
        corruptions.put("A with y >= p", (rnd, k, m, s) -> new byte[][] {nonCanonical(rnd), m, s});
        corruptions.put("A of small order", (rnd, k, m, s) -> new byte[][] {smallOrder(rnd), m, s});
        corruptions.put("R of small order", (rnd, k, m, s) -> new byte[][] {k, m, withR(s, smallOrder(rnd))});
        corruptions.put("signature of 63 bytes", (rnd, k, m, s) -> new byte[][] {k, m, java.util.Arrays.copyOf(s, 63)});
        corruptions.put("random signature", (rnd, k, m, s) -> new byte[][] {k, m, random(rnd, 64)});
        corruptions.put("random key", (rnd, k, m, s) -> new byte[][] {random(rnd, 32), m, s});

        Random random = new Random(25519);
        Map<String, int[]> accepted = new TreeMap<>();
        for (int i = 0; i < KEYS; i++) {
            byte[] seed = random(random, 32);
            byte[] key = new byte[32];
            Ed25519.generatePublicKey(seed, 0, key, 0);
            byte[] message = random(random, random.nextInt(300));
            byte[] signature = new byte[64];
            Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
            for (Map.Entry<String, Corruption> c : corruptions.entrySet()) {
                byte[][] kms = c.getValue().apply(random, key, message, signature);
                boolean theirs = kms[2].length == 64
                        && Ed25519.verify(kms[2], 0, kms[0], 0, kms[1], 0, kms[1].length);
                boolean ours = VerificationKey.verify(kms[0], kms[1], kms[2]);
                assertEquals(theirs, ours, c.getKey() + ", case " + i + ": key " + hex(kms[0]) + " signature "
                        + hex(kms[2]) + " message " + hex(kms[1]));
                accepted.computeIfAbsent(c.getKey(), x -> new int[1])[0] += ours ? 1 : 0;
            }
        }
        // not vacuous: every honest signature passed, every corruption was refused
        accepted.forEach((name, count) -> assertEquals(name.equals("0 honest") ? KEYS : 0, count[0], name));
    }

    @Test
    void sameVerdictsOnSmallOrderKeysAndSignaturesCombined() {
        Random random = new Random(8);
        for (byte[] a : SMALL_ORDER) {
            for (byte[] r : SMALL_ORDER) {
                for (int i = 0; i < 8; i++) {
                    byte[] message = random(random, i);
                    byte[] signature = withR(random(random, 64), r);
                    signature[63] &= 0x0f;
                    assertEquals(Ed25519.verify(signature, 0, a, 0, message, 0, message.length),
                            VerificationKey.verify(a, message, signature));
                    assertFalse(VerificationKey.verify(a, message, signature));
                }
            }
        }
    }

    @Test
    void identityAsRIsValidForBothWhenCanonical_refusedByBothWithTheSignBitSet() {
        Random random = new Random(1);
        byte[] seed = random(random, 32);
        byte[] key = new byte[32];
        Ed25519.generatePublicKey(seed, 0, key, 0);
        BigInteger a = Points.secretScalar(seed);
        byte[] identity = SMALL_ORDER.get(0);
        byte[] message = "root".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] signature = Points.sign(BigInteger.ZERO, identity, a, key, message);
        assertTrue(Ed25519.verify(signature, 0, key, 0, message, 0, message.length));
        assertTrue(VerificationKey.verify(key, message, signature));

        byte[] negativeZero = identity.clone();
        negativeZero[31] |= (byte) 0x80; // x = 0 with sign bit 1: not canonical
        byte[] refused = Points.sign(BigInteger.ZERO, negativeZero, a, key, message);
        assertFalse(Ed25519.verify(refused, 0, key, 0, message, 0, message.length));
        assertFalse(VerificationKey.verify(key, message, refused));
    }

    @Test
    void stricterThanBouncyCastle_rWithASmallOrderComponentIsRefusedHere_acceptedByTheCofactoredCheck() {
        Random random = new Random(2);
        for (int j = 1; j < 8; j++) {
            for (int i = 0; i < 8; i++) {
                byte[] seed = random(random, 32);
                byte[] key = new byte[32];
                Ed25519.generatePublicKey(seed, 0, key, 0);
                BigInteger r = new BigInteger(256, random).mod(Points.L);
                byte[] bigR = Points.sum(Points.baseTimes(r), SMALL_ORDER.get(j)); // R = [r]B + T
                byte[] message = random(random, 20);
                byte[] signature = Points.sign(r, bigR, Points.secretScalar(seed), key, message);
                assertTrue(Ed25519.verify(signature, 0, key, 0, message, 0, message.length), "T" + j);
                assertFalse(VerificationKey.verify(key, message, signature), "T" + j);
                // the same signature without T is valid for both
                byte[] honest = Points.sign(r, Points.baseTimes(r), Points.secretScalar(seed), key, message);
                assertTrue(VerificationKey.verify(key, message, honest));
            }
        }
    }

    @Test
    void stricterThanBouncyCastle_mixedOrderKeyVerifiesHereOnlyWhenKTimesItsSmallPartIsTheIdentity() {
        Random random = new Random(3);
        int[] acceptedHere = new int[8];
        for (int j = 1; j < 8; j++) {
            int order = 8 / BigInteger.valueOf(j).gcd(BigInteger.valueOf(8)).intValueExact();
            for (int i = 0; i < 24; i++) {
                byte[] seed = random(random, 32);
                byte[] honestKey = new byte[32];
                Ed25519.generatePublicKey(seed, 0, honestKey, 0);
                byte[] key = Points.sum(honestKey, SMALL_ORDER.get(j)); // A = A' + T
                BigInteger r = new BigInteger(256, random).mod(Points.L);
                byte[] bigR = Points.baseTimes(r);
                byte[] message = random(random, 20);
                byte[] signature = Points.sign(r, bigR, Points.secretScalar(seed), key, message);
                boolean kKillsT = Points.challenge(bigR, key, message).mod(BigInteger.valueOf(order)).signum() == 0;
                assertTrue(Ed25519.verify(signature, 0, key, 0, message, 0, message.length), "T" + j);
                assertEquals(kKillsT, VerificationKey.verify(key, message, signature), "T" + j + " of order " + order);
                acceptedHere[j] += kKillsT ? 1 : 0;
            }
        }
        // both outcomes occurred (about 1 in the order of T is accepted here)
        assertTrue(acceptedHere[4] > 0 && acceptedHere[4] < 24, "order 2: " + acceptedHere[4]);
    }

    static byte[] nonCanonical(Random random) {
        // p + i, i = 0..18, with either sign bit: every 32-byte string whose y is at least p
        byte[] y = Points.littleEndian(Points.P.add(BigInteger.valueOf(random.nextInt(19))));
        if (random.nextBoolean()) {
            y[31] |= (byte) 0x80;
        }
        return y;
    }

    /** A random 256-bit S from L up. */
    private static BigInteger atLeastL(Random random) {
        return Points.L.add(new BigInteger(255, random)).mod(BigInteger.ONE.shiftLeft(256)).max(Points.L);
    }

    private static byte[] smallOrder(Random random) {
        return SMALL_ORDER.get(random.nextInt(8));
    }

    static BigInteger s(byte[] signature) {
        return Points.fromLittleEndian(java.util.Arrays.copyOfRange(signature, 32, 64));
    }

    private static byte[] withS(byte[] signature, BigInteger s) {
        byte[] copy = signature.clone();
        System.arraycopy(Points.littleEndian(s), 0, copy, 32, 32);
        return copy;
    }

    private static byte[] withR(byte[] signature, byte[] r) {
        byte[] copy = signature.clone();
        System.arraycopy(r, 0, copy, 0, 32);
        return copy;
    }

    static byte[] flip(byte[] bytes, int bit) {
        return Rfc8032VectorsTest.flipped(bytes, bit);
    }

    static byte[] random(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
