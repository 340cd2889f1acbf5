package party.wtp.crypto;

/**
 * SHA-256 (FIPS 180-4), the one hash of the format: 32-bit arithmetic only, so it stays fast when TeaVM turns Java
 * into JavaScript. Our own rather than Bouncy Castle's because BC's ran at half of noble's speed in Firefox (its
 * word-at-a-time buffering); tested against BC. Streaming use: {@link #update}, then {@link #digest()} once.
 */
public final class Sha256 {
    public static final int LENGTH = 32;
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    private final int[] state = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    private final int[] w = new int[64];
    private final byte[] pending = new byte[64];
    private int filled;
    /** Whole blocks hashed, as a 64-bit count in two ints (a {@code long} would be a BigInt in the browser). */
    private int blocksLow;
    private int blocksHigh;
    private boolean done;

    public Sha256 update(byte[] data) {
        return update(data, 0, data.length);
    }

    public Sha256 update(byte[] data, int off, int len) {
        if (done) {
            throw new IllegalStateException("digest() was already called");
        }
        if (filled > 0) {
            int take = Math.min(len, 64 - filled);
            System.arraycopy(data, off, pending, filled, take);
            filled += take;
            off += take;
            len -= take;
            if (filled < 64) {
                return this;
            }
            compress(pending, 0);
            filled = 0;
        }
        for (; len >= 64; off += 64, len -= 64) {
            compress(data, off);
        }
        System.arraycopy(data, off, pending, 0, len);
        filled = len;
        return this;
    }

    public Sha256 update(int b) {
        pending[filled++] = (byte) b;
        if (filled == 64) {
            compress(pending, 0);
            filled = 0;
        }
        return this;
    }

    public byte[] digest() {
        int bitsHigh = blocksHigh << 9 | blocksLow >>> 23;
        int bitsLow = blocksLow << 9 | filled << 3;
        pending[filled++] = (byte) 0x80;
        if (filled > 56) {
            java.util.Arrays.fill(pending, filled, 64, (byte) 0);
            compress(pending, 0);
            filled = 0;
        }
        java.util.Arrays.fill(pending, filled, 56, (byte) 0);
        putInt(bitsHigh, pending, 56);
        putInt(bitsLow, pending, 60);
        compress(pending, 0);
        done = true;
        byte[] out = new byte[LENGTH];
        for (int i = 0; i < 8; i++) {
            putInt(state[i], out, 4 * i);
        }
        return out;
    }

    private void compress(byte[] in, int off) {
        int[] w = this.w;
        for (int i = 0; i < 16; i++, off += 4) {
            w[i] = in[off] << 24 | (in[off + 1] & 0xff) << 16 | (in[off + 2] & 0xff) << 8 | in[off + 3] & 0xff;
        }
        for (int i = 16; i < 64; i++) {
            int x = w[i - 15];
            int y = w[i - 2];
            int s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
            int s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        int[] h = state;
        int a = h[0];
        int b = h[1];
        int c = h[2];
        int d = h[3];
        int e = h[4];
        int f = h[5];
        int g = h[6];
        int hh = h[7];
        for (int i = 0; i < 64; i++) {
            int t1 = hh + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + (e & f ^ ~e & g)
                    + K[i] + w[i];
            int t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ a & c ^ b & c);
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
        if (++blocksLow == 0) {
            blocksHigh++;
        }
    }

    private static void putInt(int v, byte[] out, int at) {
        out[at] = (byte) (v >>> 24);
        out[at + 1] = (byte) (v >>> 16);
        out[at + 2] = (byte) (v >>> 8);
        out[at + 3] = (byte) v;
    }

    /** SHA-256 of a domain label (ASCII) followed by the given parts: every derivation in the format has its own label. */
    public static byte[] tagged(String label, byte[]... parts) {
        Sha256 h = new Sha256();
        for (int i = 0; i < label.length(); i++) {
            h.update(label.charAt(i));
        }
        h.update(0);
        for (byte[] p : parts) {
            h.update(p);
        }
        return h.digest();
    }

    public static byte[] of(byte[] data) {
        return new Sha256().update(data).digest();
    }
}
