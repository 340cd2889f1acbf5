package party.wtp.crypto;

/**
 * ChaCha with RFC 8439's layout (256-bit key, 96-bit nonce, 32-bit block counter) and a given number of rounds:
 * 20 is RFC 8439's ChaCha20, 8 is ChaCha8 (the envelope's inner layer). Plain 32-bit Java: each key stream word is
 * XORed straight into four bytes, with the state in locals; where the platform shares a byte array's memory as
 * 32-bit words ({@link WordView}: TeaVM's {@code Int32Array}) and the data is 4-byte aligned, whole blocks are
 * XORed one word at a time; on a JVM, runs of 256 blocks go through {@link ChaChaLanes} (laid out for the JIT's
 * loop vectorizer) and the blocks left over are read and written as little-endian words ({@link WordView#xorBlock})
 * at any offset. Written for the browser, where TeaVM turns it into fast JavaScript
 * integer code. Checked against Bouncy Castle's {@code ChaCha7539Engine} and {@code ChaChaEngine(8)} by the
 * core's tests.
 */
final class ChaCha {
    /** Below this many whole blocks, making word views costs more than it saves. */
    private static final int WORD_MIN_BLOCKS = 4;
    private final int[] state = new int[16];
    private final int[] keyWords = new int[16];
    private final byte[] block = new byte[64];
    private final int doubleRounds;
    private int blockUsed = 64;

    /** {@code rounds}: 20 or 8 ({@link KeyStream} allows no other). */
    ChaCha(byte[] key, byte[] nonce, int firstBlock, int rounds) {
        doubleRounds = rounds / 2;
        state[0] = 0x61707865;
        state[1] = 0x3320646e;
        state[2] = 0x79622d32;
        state[3] = 0x6b206574;
        for (int i = 0; i < 8; i++) {
            state[4 + i] = le(key, 4 * i);
        }
        state[12] = firstBlock;
        for (int i = 0; i < 3; i++) {
            state[13 + i] = le(nonce, 4 * i);
        }
    }

    private static int le(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    void apply(byte[] in, int inOff, int len, byte[] out, int outOff) {
        int i = inOff;
        int o = outOff;
        int end = inOff + len;
        while (i < end && blockUsed < 64) {
            out[o++] = (byte) (in[i++] ^ block[blockUsed++]);
        }
        int blocks = (end - i) >> 6;
        if (blocks > 0) {
            int[] inWords = blocks >= WORD_MIN_BLOCKS && ((i | o) & 3) == 0 ? WordView.of(in) : null;
            int[] outWords = inWords == null || in == out ? inWords : WordView.of(out);
            if (outWords != null) {
                applyWords(inWords, i >> 2, outWords, o >> 2, blocks);
            } else {
                applyBytes(in, i, out, o, blocks);
            }
            i += blocks << 6;
            o += blocks << 6;
        }
        if (i < end) {
            int[] ks = keyWords;
            next(ks);
            for (int w = 0; w < 16; w++) {
                int k = ks[w];
                block[4 * w] = (byte) k;
                block[4 * w + 1] = (byte) (k >>> 8);
                block[4 * w + 2] = (byte) (k >>> 16);
                block[4 * w + 3] = (byte) (k >>> 24);
            }
            blockUsed = 0;
            while (i < end) {
                out[o++] = (byte) (in[i++] ^ block[blockUsed++]);
            }
        }
    }

    /**
     * Whole blocks over bytes: groups of many blocks at once where the platform vectorizes them ({@link ChaChaLanes}:
     * a JVM), then each block's key stream words XORed as little-endian words where the platform reads and writes
     * them in one access ({@link WordView#xorBlock}: a JVM), else into four bytes each.
     */
    private void applyBytes(byte[] in, int i, byte[] out, int o, int blocks) {
        int wide = ChaChaLanes.apply(state, doubleRounds, in, i, out, o, blocks);
        i += wide << 6;
        o += wide << 6;
        int[] ks = keyWords;
        for (int b = wide; b < blocks; b++) {
            next(ks);
            if (!WordView.xorBlock(ks, in, i, out, o)) {
                xorBlockBytes(ks, in, i, out, o);
            }
            i += 64;
            o += 64;
        }
    }

    /** One block of key stream words XORed byte by byte: four bytes per word, low byte first. */
    static void xorBlockBytes(int[] ks, byte[] in, int i, byte[] out, int o) {
        for (int w = 0; w < 16; w++) {
            int k = ks[w];
            int p = i + 4 * w;
            int q = o + 4 * w;
            out[q] = (byte) (in[p] ^ k);
            out[q + 1] = (byte) (in[p + 1] ^ (k >>> 8));
            out[q + 2] = (byte) (in[p + 2] ^ (k >>> 16));
            out[q + 3] = (byte) (in[p + 3] ^ (k >>> 24));
        }
    }

    /**
     * Whole blocks over little-endian 32-bit words ({@link WordView}): one XOR per key stream word. Package-private
     * so the JVM tests can run it on packed words, since a JVM has no shared view.
     */
    void applyWords(int[] in, int i, int[] out, int o, int blocks) {
        int[] ks = keyWords;
        for (int b = 0; b < blocks; b++) {
            next(ks);
            // unrolled: a loop over the 16 words ran ~15% slower in V8
            out[o + 0] = in[i + 0] ^ ks[0];
            out[o + 1] = in[i + 1] ^ ks[1];
            out[o + 2] = in[i + 2] ^ ks[2];
            out[o + 3] = in[i + 3] ^ ks[3];
            out[o + 4] = in[i + 4] ^ ks[4];
            out[o + 5] = in[i + 5] ^ ks[5];
            out[o + 6] = in[i + 6] ^ ks[6];
            out[o + 7] = in[i + 7] ^ ks[7];
            out[o + 8] = in[i + 8] ^ ks[8];
            out[o + 9] = in[i + 9] ^ ks[9];
            out[o + 10] = in[i + 10] ^ ks[10];
            out[o + 11] = in[i + 11] ^ ks[11];
            out[o + 12] = in[i + 12] ^ ks[12];
            out[o + 13] = in[i + 13] ^ ks[13];
            out[o + 14] = in[i + 14] ^ ks[14];
            out[o + 15] = in[i + 15] ^ ks[15];
            i += 16;
            o += 16;
        }
    }

    /** The next 16 key stream words; advances the 32-bit block counter. */
    private void next(int[] out) {
        int[] s = state;
        int x0 = s[0];
        int x1 = s[1];
        int x2 = s[2];
        int x3 = s[3];
        int x4 = s[4];
        int x5 = s[5];
        int x6 = s[6];
        int x7 = s[7];
        int x8 = s[8];
        int x9 = s[9];
        int x10 = s[10];
        int x11 = s[11];
        int x12 = s[12];
        int x13 = s[13];
        int x14 = s[14];
        int x15 = s[15];
        // rotations written out: TeaVM puts a call (java.lang.Integer's class initialisation) before each
        // Integer.rotateLeft, 40 per double round; without them V8 ran this ~5-10% faster
        int t;
        for (int r = doubleRounds; r > 0; r--) {
            x0 += x4; t = x12 ^ x0; x12 = t << 16 | t >>> 16;
            x8 += x12; t = x4 ^ x8; x4 = t << 12 | t >>> 20;
            x0 += x4; t = x12 ^ x0; x12 = t << 8 | t >>> 24;
            x8 += x12; t = x4 ^ x8; x4 = t << 7 | t >>> 25;
            x1 += x5; t = x13 ^ x1; x13 = t << 16 | t >>> 16;
            x9 += x13; t = x5 ^ x9; x5 = t << 12 | t >>> 20;
            x1 += x5; t = x13 ^ x1; x13 = t << 8 | t >>> 24;
            x9 += x13; t = x5 ^ x9; x5 = t << 7 | t >>> 25;
            x2 += x6; t = x14 ^ x2; x14 = t << 16 | t >>> 16;
            x10 += x14; t = x6 ^ x10; x6 = t << 12 | t >>> 20;
            x2 += x6; t = x14 ^ x2; x14 = t << 8 | t >>> 24;
            x10 += x14; t = x6 ^ x10; x6 = t << 7 | t >>> 25;
            x3 += x7; t = x15 ^ x3; x15 = t << 16 | t >>> 16;
            x11 += x15; t = x7 ^ x11; x7 = t << 12 | t >>> 20;
            x3 += x7; t = x15 ^ x3; x15 = t << 8 | t >>> 24;
            x11 += x15; t = x7 ^ x11; x7 = t << 7 | t >>> 25;
            x0 += x5; t = x15 ^ x0; x15 = t << 16 | t >>> 16;
            x10 += x15; t = x5 ^ x10; x5 = t << 12 | t >>> 20;
            x0 += x5; t = x15 ^ x0; x15 = t << 8 | t >>> 24;
            x10 += x15; t = x5 ^ x10; x5 = t << 7 | t >>> 25;
            x1 += x6; t = x12 ^ x1; x12 = t << 16 | t >>> 16;
            x11 += x12; t = x6 ^ x11; x6 = t << 12 | t >>> 20;
            x1 += x6; t = x12 ^ x1; x12 = t << 8 | t >>> 24;
            x11 += x12; t = x6 ^ x11; x6 = t << 7 | t >>> 25;
            x2 += x7; t = x13 ^ x2; x13 = t << 16 | t >>> 16;
            x8 += x13; t = x7 ^ x8; x7 = t << 12 | t >>> 20;
            x2 += x7; t = x13 ^ x2; x13 = t << 8 | t >>> 24;
            x8 += x13; t = x7 ^ x8; x7 = t << 7 | t >>> 25;
            x3 += x4; t = x14 ^ x3; x14 = t << 16 | t >>> 16;
            x9 += x14; t = x4 ^ x9; x4 = t << 12 | t >>> 20;
            x3 += x4; t = x14 ^ x3; x14 = t << 8 | t >>> 24;
            x9 += x14; t = x4 ^ x9; x4 = t << 7 | t >>> 25;
        }
        out[0] = x0 + s[0];
        out[1] = x1 + s[1];
        out[2] = x2 + s[2];
        out[3] = x3 + s[3];
        out[4] = x4 + s[4];
        out[5] = x5 + s[5];
        out[6] = x6 + s[6];
        out[7] = x7 + s[7];
        out[8] = x8 + s[8];
        out[9] = x9 + s[9];
        out[10] = x10 + s[10];
        out[11] = x11 + s[11];
        out[12] = x12 + s[12];
        out[13] = x13 + s[13];
        out[14] = x14 + s[14];
        out[15] = x15 + s[15];
        s[12]++;
        if (s[12] == 0) {
            throw new IllegalStateException("ChaCha block counter exhausted (256 GiB under one key and nonce)");
        }
    }
}
