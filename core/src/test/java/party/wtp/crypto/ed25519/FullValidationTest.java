package party.wtp.crypto.ed25519;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import party.wtp.crypto.PartyPublicKey;

/**
 * Key validation against Bouncy Castle: {@link VerificationKey#decode} refuses what validatePublicKeyPartial refuses
 * (non-canonical, off the curve, small order), and with {@link VerificationKey#hasPrimeOrder} what
 * validatePublicKeyFull refuses (mixed order too); PartyPublicKey.of refuses all of it.
 */
class FullValidationTest {
    private static final List<byte[]> SMALL_ORDER = Points.smallOrder();

    @Test
    void randomValidKeysAreAccepted() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] key = new byte[32];
            Ed25519.generatePublicKey(BouncyCastleDifferentialTest.random(random, 32), 0, key, 0);
            assertTrue(Ed25519.validatePublicKeyFull(key, 0));
            assertTrue(VerificationKey.decode(key).hasPrimeOrder());
            assertEquals(PartyPublicKey.of(key), PartyPublicKey.of(key.clone()));
        }
    }

    @Test
    void theEightSmallOrderPointsAreRefused() {
        assertEquals(8, SMALL_ORDER.stream().map(HexFormat.of()::formatHex).distinct().count());
        for (byte[] point : SMALL_ORDER) {
            assertFalse(Ed25519.validatePublicKeyFull(point, 0));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VerificationKey.decode(point));
            assertEquals("a point of small order", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> PartyPublicKey.of(point));
        }
    }

    @Test
    void mixedOrderKeysAreRefused() {
        Random random = new Random(8);
        for (int j = 1; j < 8; j++) {
            for (int i = 0; i < 10; i++) {
                byte[] honest = new byte[32];
                Ed25519.generatePublicKey(BouncyCastleDifferentialTest.random(random, 32), 0, honest, 0);
                byte[] mixed = Points.sum(honest, SMALL_ORDER.get(j));
                assertTrue(Ed25519.validatePublicKeyPartial(mixed, 0), "a curve point, not of small order");
                assertFalse(Ed25519.validatePublicKeyFull(mixed, 0));
                assertFalse(VerificationKey.decode(mixed).hasPrimeOrder(), "T" + j);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> PartyPublicKey.of(mixed));
                assertTrue(e.getMessage().contains("prime-order subgroup"), e.getMessage());
            }
        }
    }

    @Test
    void nonCanonicalEncodingsAreRefused() {
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            byte[] key = BouncyCastleDifferentialTest.nonCanonical(random);
            assertFalse(Ed25519.validatePublicKeyFull(key, 0));
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> VerificationKey.decode(key));
            assertEquals("not the canonical encoding of a point", e.getMessage());
        }
        byte[] negativeZero = SMALL_ORDER.get(0).clone(); // the identity, x = 0, with sign bit 1
        negativeZero[31] |= (byte) 0x80;
        assertFalse(Ed25519.validatePublicKeyPartial(negativeZero, 0));
        assertThrows(IllegalArgumentException.class, () -> VerificationKey.decode(negativeZero));
    }

    @Test
    void randomStringsGetBouncyCastlesVerdicts() {
        Random random = new Random(10);
        int[] verdicts = new int[3];
        for (int i = 0; i < 3000; i++) {
            byte[] key = BouncyCastleDifferentialTest.random(random, 32);
            VerificationKey decoded;
            try {
                decoded = VerificationKey.decode(key);
            } catch (IllegalArgumentException e) {
                decoded = null;
            }
            String hex = HexFormat.of().formatHex(key);
            assertEquals(Ed25519.validatePublicKeyPartial(key, 0), decoded != null, "partial " + hex);
            boolean full = decoded != null && decoded.hasPrimeOrder();
            assertEquals(Ed25519.validatePublicKeyFull(key, 0), full, "full " + hex);
            verdicts[decoded == null ? 0 : full ? 2 : 1]++;
        }
        // about half are no point, 7/8 of the points are of mixed order: all three verdicts occurred
        assertTrue(verdicts[0] > 1000 && verdicts[1] > 1000 && verdicts[2] > 50, java.util.Arrays.toString(verdicts));
    }
}
