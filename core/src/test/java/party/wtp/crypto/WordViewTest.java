package party.wtp.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.junit.jupiter.api.Test;

/** The JVM's word XOR gives exactly the byte XOR, at any offset, in place or into another array. */
class WordViewTest {
    @Test
    void wordXorIsByteXorAtOddOffsets() {
        Random r = new Random(11);
        for (int round = 0; round < 500; round++) {
            int[] ks = new int[16];
            for (int w = 0; w < 16; w++) {
                ks[w] = r.nextInt();
            }
            byte[] in = random(r, 64 + r.nextInt(40));
            int i = r.nextInt(in.length - 63);
            byte[] out = random(r, 64 + r.nextInt(40));
            int o = r.nextInt(out.length - 63);

            byte[] byBytes = out.clone();
            ChaCha.xorBlockBytes(ks, in, i, byBytes, o);
            byte[] byWords = out.clone();
            assertTrue(WordView.xorBlock(ks, in, i, byWords, o));
            assertArrayEquals(byBytes, byWords, "into another array, in at " + i + ", out at " + o);

            byte[] inPlaceBytes = in.clone();
            ChaCha.xorBlockBytes(ks, inPlaceBytes, i, inPlaceBytes, i);
            byte[] inPlaceWords = in.clone();
            assertTrue(WordView.xorBlock(ks, inPlaceWords, i, inPlaceWords, i));
            assertArrayEquals(inPlaceBytes, inPlaceWords, "in place at " + i);
        }
    }

    /** Whole streams from one array into another, both at odd offsets and odd lengths, against Bouncy Castle. */
    @Test
    void keyStreamBetweenArraysAtOddOffsetsMatchesBouncyCastle() {
        Random r = new Random(13);
        for (int round = 0; round < 100; round++) {
            byte[] key = random(r, 32);
            byte[] nonce = random(r, 12);
            int len = 1 + r.nextInt(5_000);
            int i = r.nextInt(7);
            int o = r.nextInt(7);
            byte[] in = random(r, i + len + r.nextInt(5));
            byte[] out = random(r, o + len + r.nextInt(5));

            ChaCha7539Engine bc = new ChaCha7539Engine();
            bc.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
            byte[] expected = out.clone();
            bc.processBytes(in, i, len, expected, o);

            byte[] actual = out.clone();
            int head = Math.min(len, r.nextInt(70));
            KeyStream ours = new KeyStream(key, nonce);
            ours.apply(in, i, head, actual, o);
            ours.apply(in, i + head, len - head, actual, o + head);
            assertArrayEquals(expected, actual, "round " + round + ": " + len + " bytes from " + i + " to " + o);
        }
    }

    private static byte[] random(Random r, int length) {
        byte[] b = new byte[length];
        r.nextBytes(b);
        return b;
    }
}
