package party.wtp.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.engines.ChaChaEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;

/**
 * The core's own ChaCha gives exactly Bouncy Castle's streams however the input is cut: ChaCha20 as its
 * ChaCha7539Engine, ChaCha8 as its ChaChaEngine(8) and the published ChaCha8 vector.
 */
class KeyStreamTest {
    @Test
    void matchesBouncyCastleForManySizesAndChunkings() {
        Random r = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] key = random(r, 32);
            byte[] nonce = random(r, 12);
            byte[] data = random(r, r.nextInt(round < 100 ? 300 : 20_000));
            byte[] expected = bouncyCastle(key, nonce, data);

            byte[] actual = inRandomPieces(new KeyStream(key, nonce), data, r, 200);
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

            ChaCha ours = new ChaCha(key, nonce, 0, KeyStream.CHACHA20_ROUNDS);
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

    /**
     * draft-strombergson-chacha-test-vectors-01, TC1 (all-zero 256-bit key and IV), 8 rounds, both blocks: the
     * all-zero 64-bit IV and 64-bit counter of Bernstein's ChaCha lay out the state exactly as RFC 8439's zero
     * 96-bit nonce and 32-bit counter do, so the published stream is ours.
     */
    @Test
    void chacha8PublishedVector() {
        byte[] actual = new byte[128];
        KeyStream.chacha8(new byte[32], new byte[12]).apply(actual);
        assertArrayEquals(party.wtp.bytes.Hex.decode("3e00ef2f895f40d67f5bb8e81f09a5a12c840ec3ce9a7f3b181be188ef711a1e"
                + "984ce172b9216f419f445367456d5619314a42a3da86b001387bfdb80e0cfe42"
                + "d2aefa0deaa5c151bf0adb6c01f2a5adc0fd581259f9a2aadcf20f8fd566a26b"
                + "5032ec38bbc5da98ee0c6f568b872a65a08abf251deb21bb4b56e5d8821e68aa"), actual);
    }

    /** ChaCha8 with a zero nonce (the inner layer's) against Bouncy Castle's ChaChaEngine(8), cut at random. */
    @Test
    void chacha8MatchesBouncyCastleForManySizesAndChunkings() {
        Random r = new Random(8);
        for (int round = 0; round < 100; round++) {
            byte[] key = random(r, 32);
            byte[] data = random(r, r.nextInt(round < 50 ? 300 : 20_000));
            byte[] expected = bouncyCastle8(key, data);

            byte[] actual = inRandomPieces(KeyStream.chacha8(key, new byte[12]), data, r, 700);
            assertArrayEquals(expected, actual, "round " + round + ", " + data.length + " bytes");
        }
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

    /**
     * The JVM's vectorized groups ({@link ChaChaLanes}) take whole groups of blocks, at any byte offset, in place or
     * not, and the block-at-a-time code carries on where they stop: Bouncy Castle's streams for ChaCha20 and ChaCha8.
     */
    @Test
    void laneGroupsMatchBouncyCastle() {
        Random r = new Random(256);
        for (int round = 0; round < 12; round++) {
            byte[] key = random(r, 32);
            byte[] nonce = round % 2 == 0 ? random(r, 12) : new byte[12];
            int skip = r.nextInt(70);
            byte[] data = random(r, skip + 64 * ChaChaLanes.LANES * (1 + r.nextInt(3)) + r.nextInt(5000));
            boolean chacha8 = round % 2 == 1;
            byte[] expected = chacha8 ? bouncyCastle8(key, data) : bouncyCastle(key, nonce, data);

            KeyStream ours = chacha8 ? KeyStream.chacha8(key, nonce) : new KeyStream(key, nonce);
            byte[] actual = new byte[data.length + 3];
            ours.apply(data, 0, skip, actual, 3);
            if (round % 3 == 0) {
                System.arraycopy(data, skip, actual, 3 + skip, data.length - skip);
                ours.apply(actual, 3 + skip, data.length - skip, actual, 3 + skip);
            } else {
                ours.apply(data, skip, data.length - skip, actual, 3 + skip);
            }
            assertArrayEquals(expected, Arrays.copyOfRange(actual, 3, actual.length),
                    "round " + round + ", " + data.length + " bytes");
        }
    }

    /** The groups run on the JVM (here), and leave the blocks next to the last counter to the block-at-a-time code. */
    @Test
    void laneGroupsStopBeforeTheLastCounter() {
        byte[] key = new byte[32];
        key[0] = 1;
        byte[] nonce = new byte[12];
        int first = (int) (0x1_0000_0000L - 2 * ChaChaLanes.LANES - 100);
        int blocks = 2 * ChaChaLanes.LANES + 99;
        int[] state = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574, 1, 0, 0, 0, 0, 0, 0, 0, first, 0, 0, 0};
        byte[] lanes = new byte[64 * blocks];
        assertEquals(2 * ChaChaLanes.LANES, ChaChaLanes.apply(state, 10, lanes, 0, lanes, 0, blocks));
        assertEquals(first + 2 * ChaChaLanes.LANES, state[12]);

        ChaCha7539Engine bc = new ChaCha7539Engine();
        bc.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        bc.seekTo((first & 0xffffffffL) * 64);
        byte[] expected = new byte[64 * blocks];
        bc.processBytes(expected, 0, expected.length, expected, 0);
        byte[] actual = new byte[64 * blocks];
        new KeyStream(key, nonce, first).apply(actual);
        assertArrayEquals(expected, actual);
        assertArrayEquals(Arrays.copyOf(expected, lanes.length - 64 * 99), Arrays.copyOf(lanes, lanes.length - 64 * 99));
    }

    /** {@code data} through {@code stream} in place, in pieces of mostly 0-4 bytes, now and then up to {@code max}. */
    private static byte[] inRandomPieces(KeyStream stream, byte[] data, Random r, int max) {
        byte[] out = data.clone();
        int p = 0;
        while (p < out.length) {
            int n = Math.min(out.length - p, r.nextInt(3) == 0 ? r.nextInt(max) : r.nextInt(5));
            stream.apply(out, p, n, out, p);
            p += n;
        }
        return out;
    }

    private static byte[] random(Random r, int length) {
        byte[] b = new byte[length];
        r.nextBytes(b);
        return b;
    }

    /** The inner layer's reference: Bouncy Castle's ChaChaEngine(8) from block 0, zero nonce. */
    private static byte[] bouncyCastle8(byte[] key, byte[] data) {
        ChaChaEngine bc = new ChaChaEngine(8);
        bc.init(true, new ParametersWithIV(new KeyParameter(key), new byte[8]));
        byte[] out = new byte[data.length];
        bc.processBytes(data, 0, data.length, out, 0);
        return out;
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
