package party.wtp.crypto.ed25519;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The int-pair SHA-512 against FIPS 180-4's examples and Bouncy Castle's SHA512Digest. */
class Sha512Test {
    @Test
    void fipsExamples() {
        assertArrayEquals(HexFormat.of().parseHex("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
                Sha512.of("abc".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(HexFormat.of().parseHex("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"), Sha512.of(new byte[0]));
    }

    @Test
    void sameDigestsAsBouncyCastleAtEveryLengthUpTo1000AndAcrossParts() {
        Random random = new Random(512);
        for (int length = 0; length <= 1000; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            int cut = length == 0 ? 0 : random.nextInt(length);
            byte[] ours = Sha512.of(Arrays.copyOf(data, cut), Arrays.copyOfRange(data, cut, length));
            assertArrayEquals(Points.sha512(data), ours, "length " + length);
        }
    }
}
