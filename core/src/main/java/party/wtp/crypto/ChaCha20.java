package party.wtp.crypto;

/**
 * ChaCha20 (RFC 8439) in plain 32-bit Java: each key stream word is XORed straight into four bytes, with the
 * state in locals; where the platform shares a byte array's memory as 32-bit words ({@link WordView}: TeaVM's
 * {@code Int32Array}) and the data is 4-byte aligned, whole blocks are XORed one word at a time. Written for the
 * browser, where TeaVM turns it into fast JavaScript integer code. Checked against Bouncy Castle's
 * {@code ChaCha7539Engine} by the core's tests.
 */
final class ChaCha20 {
    /** Below this many whole blocks, making word views costs more than it saves. */
    private static final int WORD_MIN_BLOCKS = 4;
    private final int[] state = new int[16];
    private final int[] keyWords = new int[16];
    private final byte[] block = new byte[64];
    private int blockUsed = 64;

    ChaCha20(byte[] key, byte[] nonce, int firstBlock) {
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

    /** Whole blocks over bytes: each key stream word XORed into four bytes. */
    private void applyBytes(byte[] in, int i, byte[] out, int o, int blocks) {
        int[] ks = keyWords;
        for (int b = 0; b < blocks; b++) {
            next(ks);
            for (int w = 0; w < 16; w++) {
                int k = ks[w];
                int p = i + 4 * w;
                int q = o + 4 * w;
                out[q] = (byte) (in[p] ^ k);
                out[q + 1] = (byte) (in[p + 1] ^ (k >>> 8));
                out[q + 2] = (byte) (in[p + 2] ^ (k >>> 16));
                out[q + 3] = (byte) (in[p + 3] ^ (k >>> 24));
            }
            i += 64;
            o += 64;
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
            for (int w = 0; w < 16; w++) {
                out[o + w] = in[i + w] ^ ks[w];
            }
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
        for (int r = 0; r < 10; r++) {
            x0 += x4; x12 = Integer.rotateLeft(x12 ^ x0, 16);
            x8 += x12; x4 = Integer.rotateLeft(x4 ^ x8, 12);
            x0 += x4; x12 = Integer.rotateLeft(x12 ^ x0, 8);
            x8 += x12; x4 = Integer.rotateLeft(x4 ^ x8, 7);
            x1 += x5; x13 = Integer.rotateLeft(x13 ^ x1, 16);
            x9 += x13; x5 = Integer.rotateLeft(x5 ^ x9, 12);
            x1 += x5; x13 = Integer.rotateLeft(x13 ^ x1, 8);
            x9 += x13; x5 = Integer.rotateLeft(x5 ^ x9, 7);
            x2 += x6; x14 = Integer.rotateLeft(x14 ^ x2, 16);
            x10 += x14; x6 = Integer.rotateLeft(x6 ^ x10, 12);
            x2 += x6; x14 = Integer.rotateLeft(x14 ^ x2, 8);
            x10 += x14; x6 = Integer.rotateLeft(x6 ^ x10, 7);
            x3 += x7; x15 = Integer.rotateLeft(x15 ^ x3, 16);
            x11 += x15; x7 = Integer.rotateLeft(x7 ^ x11, 12);
            x3 += x7; x15 = Integer.rotateLeft(x15 ^ x3, 8);
            x11 += x15; x7 = Integer.rotateLeft(x7 ^ x11, 7);
            x0 += x5; x15 = Integer.rotateLeft(x15 ^ x0, 16);
            x10 += x15; x5 = Integer.rotateLeft(x5 ^ x10, 12);
            x0 += x5; x15 = Integer.rotateLeft(x15 ^ x0, 8);
            x10 += x15; x5 = Integer.rotateLeft(x5 ^ x10, 7);
            x1 += x6; x12 = Integer.rotateLeft(x12 ^ x1, 16);
            x11 += x12; x6 = Integer.rotateLeft(x6 ^ x11, 12);
            x1 += x6; x12 = Integer.rotateLeft(x12 ^ x1, 8);
            x11 += x12; x6 = Integer.rotateLeft(x6 ^ x11, 7);
            x2 += x7; x13 = Integer.rotateLeft(x13 ^ x2, 16);
            x8 += x13; x7 = Integer.rotateLeft(x7 ^ x8, 12);
            x2 += x7; x13 = Integer.rotateLeft(x13 ^ x2, 8);
            x8 += x13; x7 = Integer.rotateLeft(x7 ^ x8, 7);
            x3 += x4; x14 = Integer.rotateLeft(x14 ^ x3, 16);
            x9 += x14; x4 = Integer.rotateLeft(x4 ^ x9, 12);
            x3 += x4; x14 = Integer.rotateLeft(x14 ^ x3, 8);
            x9 += x14; x4 = Integer.rotateLeft(x4 ^ x9, 7);
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
            throw new IllegalStateException("ChaCha20 block counter exhausted (256 GiB under one key and nonce)");
        }
    }
}
