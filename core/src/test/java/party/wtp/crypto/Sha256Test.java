package party.wtp.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.junit.jupiter.api.Test;
import party.wtp.bytes.Hex;

/** Core's own SHA-256 against FIPS 180-4's examples and Bouncy Castle's, for every way of feeding it. */
class Sha256Test {
    @Test
    void fipsExamples() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Hex.encode(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Hex.encode(Sha256.of(
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex.encode(Sha256.of(new byte[0])));
        Sha256 million = new Sha256();
        for (int i = 0; i < 1_000_000; i++) {
            million.update('a');
        }
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Hex.encode(million.digest()));
    }

    @Test
    void agreesWithBouncyCastleForEveryLengthAndSplit() {
        Random random = new Random(256);
        byte[] data = new byte[4200];
        random.nextBytes(data);
        for (int len = 0; len <= 300; len++) {
            check(data, 3, len, random);
        }
        for (int len : new int[] {511, 512, 513, 1023, 1024, 4096, 4197}) {
            check(data, 1, len, random);
        }
    }

    private static void check(byte[] data, int off, int len, Random random) {
        SHA256Digest bc = new SHA256Digest();
        bc.update(data, off, len);
        byte[] expected = new byte[32];
        bc.doFinal(expected, 0);
        assertArrayEquals(expected, new Sha256().update(data, off, len).digest(), "one call, " + len + " bytes");
        Sha256 pieces = new Sha256();
        int at = off;
        int end = off + len;
        while (at < end) {
            int n = random.nextInt(3) == 0 ? 1 : Math.min(end - at, random.nextInt(130));
            if (n == 1) {
                pieces.update(data[at]);
            } else {
                pieces.update(data, at, n);
            }
            at += n;
        }
        assertArrayEquals(expected, pieces.digest(), "in pieces, " + len + " bytes");
    }
}
