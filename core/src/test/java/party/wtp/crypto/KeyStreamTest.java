package party.wtp.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;

/** The core's own ChaCha20 gives exactly Bouncy Castle's ChaCha7539Engine stream, however the input is cut. */
class KeyStreamTest {
    @Test
    void matchesBouncyCastleForManySizesAndChunkings() {
        Random r = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] key = random(r, 32);
            byte[] nonce = random(r, 12);
            byte[] data = random(r, r.nextInt(round < 100 ? 300 : 20_000));
            byte[] expected = bouncyCastle(key, nonce, data);

            KeyStream ours = new KeyStream(key, nonce);
            byte[] actual = data.clone();
            int p = 0;
            while (p < actual.length) {
                int n = Math.min(actual.length - p, r.nextInt(3) == 0 ? r.nextInt(200) : r.nextInt(5));
                ours.apply(actual, p, n, actual, p);
                p += n;
            }
            assertArrayEquals(expected, actual, "round " + round + ", " + data.length + " bytes");
        }
    }

    /**
     * The browser's word path (whole blocks XORed as little-endian words over an Int32Array view), run here on words
     * packed by hand since a JVM has no shared view: between byte-path calls it gives Bouncy Castle's stream.
     */
    @Test
    void wordPathMatchesBouncyCastleBetweenBytePaths() {
        Random r = new Random(7);
        for (int round = 0; round < 50; round++) {
            int before = 64 * r.nextInt(3);
            int blocks = 1 + r.nextInt(40);
            int after = r.nextInt(100);
            byte[] data = random(r, before + 64 * blocks + after);
            byte[] key = random(r, 32);
            byte[] nonce = random(r, 12);
            byte[] expected = bouncyCastle(key, nonce, data);

            ChaCha20 ours = new ChaCha20(key, nonce, 0);
            byte[] actual = data.clone();
            ours.apply(actual, 0, before, actual, 0);
            int[] in = new int[1 + 16 * blocks];
            for (int w = 0; w < 16 * blocks; w++) {
                int p = before + 4 * w;
                in[1 + w] = (data[p] & 0xff) | (data[p + 1] & 0xff) << 8 | (data[p + 2] & 0xff) << 16 | data[p + 3] << 24;
            }
            int[] out = new int[3 + 16 * blocks];
            ours.applyWords(in, 1, out, 3, blocks);
            for (int w = 0; w < 16 * blocks; w++) {
                for (int k = 0; k < 4; k++) {
                    actual[before + 4 * w + k] = (byte) (out[3 + w] >>> 8 * k);
                }
            }
            int tail = before + 64 * blocks;
            ours.apply(actual, tail, after, actual, tail);
            assertArrayEquals(expected, actual, "round " + round);
        }
    }

    @Test
    void rfc8439KeyStreamBlockOne() {
        // RFC 8439 §2.4.2: key 00..1f, nonce 00:00:00:00:00:00:00:4a:00:00:00:00, counter 1.
        byte[] key = new byte[32];
        for (int i = 0; i < 32; i++) {
            key[i] = (byte) i;
        }
        byte[] nonce = {0, 0, 0, 0, 0, 0, 0, 0x4a, 0, 0, 0, 0};
        String text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, "
                + "sunscreen would be it.";
        byte[] plain = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] buf = new byte[64 + plain.length];
        System.arraycopy(plain, 0, buf, 64, plain.length);
        new KeyStream(key, nonce).apply(buf);
        byte[] ct = java.util.Arrays.copyOfRange(buf, 64, buf.length);
        assertArrayEquals(party.wtp.bytes.Hex.decode("6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0b"
                + "f91b65c5524733ab8f593dabcd62b3571639d624e65152ab8f530c359f0861d807ca0dbf500d6a6156a38e088a22b65e52b"
                + "c514d16ccf806818ce91ab77937365af90bbf74a35be6b40b8eedf2785e42874d"), ct);
    }

    @Test
    void startsAtAnyBlock() {
        byte[] key = new byte[32];
        byte[] nonce = new byte[12];
        key[3] = 9;
        int first = 0x7fff_fff0;
        ChaCha7539Engine bc = new ChaCha7539Engine();
        bc.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        bc.seekTo((first & 0xffffffffL) * 64);
        byte[] expected = new byte[1000];
        bc.processBytes(new byte[1000], 0, 1000, expected, 0);
        byte[] actual = new byte[1000];
        new KeyStream(key, nonce, first).apply(actual);
        assertArrayEquals(expected, actual);
    }

    private static byte[] random(Random r, int length) {
        byte[] b = new byte[length];
        r.nextBytes(b);
        return b;
    }

    /** The reference: Bouncy Castle's RFC 8439 engine from block 0. */
    private static byte[] bouncyCastle(byte[] key, byte[] nonce, byte[] data) {
        ChaCha7539Engine bc = new ChaCha7539Engine();
        bc.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        byte[] out = new byte[data.length];
        bc.processBytes(data, 0, data.length, out, 0);
        return out;
    }
}
