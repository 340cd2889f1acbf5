package party.wtp.client.shim.bc.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The slim {@link CryptoServicePurpose} TeaVM compiles in place of Bouncy Castle's enum has the same constants with the
 * same codes, and {@code forCode} finds each of them and refuses an unknown code like the original.
 */
class CryptoServicePurposeShimTest {
    @Test
    void everyOriginalConstantHasTheSameCodeHere() throws ReflectiveOperationException {
        org.bouncycastle.crypto.CryptoServicePurpose[] originals = org.bouncycastle.crypto.CryptoServicePurpose.values();
        for (org.bouncycastle.crypto.CryptoServicePurpose original : originals) {
            CryptoServicePurpose slim = (CryptoServicePurpose) CryptoServicePurpose.class.getField(original.name()).get(null);
            assertEquals(original.getCode(), slim.getCode(), original.name());
            assertSame(slim, CryptoServicePurpose.forCode(original.getCode()), original.name());
        }
        assertEquals(originals.length, CryptoServicePurpose.class.getFields().length, "same number of constants");
    }

    @Test
    void unknownCodeIsRefusedLikeTheOriginal() {
        for (int code : new int[] {-1, 11, 1000}) {
            assertThrows(IllegalArgumentException.class, () -> org.bouncycastle.crypto.CryptoServicePurpose.forCode(code));
            assertThrows(IllegalArgumentException.class, () -> CryptoServicePurpose.forCode(code));
        }
    }
}
