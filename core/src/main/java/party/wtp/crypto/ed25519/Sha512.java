package party.wtp.crypto.ed25519;

/**
 * SHA-512 (FIPS 180-4) on pairs of 32-bit ints, each 64-bit word as its high and low halves: the hash Ed25519 takes
 * k from, without the {@code long}s TeaVM turns into JavaScript BigInt (Bouncy Castle's SHA512Digest spent about a
 * seventh of a verification there).
 */
final class Sha512 {
    /** The round constants, high then low half of each. */
    private static final int[] K = {
        0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
        0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
        0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
        0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
        0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
        0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
        0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
        0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
        0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
        0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
        0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
        0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
        0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
        0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
        0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
        0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
        0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
        0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
        0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
        0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817
    };
    private static final int[] IV = {
        0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
        0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179
    };

    private Sha512() {
    }

    /** The 64-byte digest of the concatenation of {@code parts}. */
    static byte[] of(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        // the message, 0x80, zeros, and the bit length as 128 bits big-endian, to a multiple of 128 bytes
        int padded = (length + 17 + 127) & ~127;
        byte[] m = new byte[padded];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, m, at, part.length);
            at += part.length;
        }
        m[length] = (byte) 0x80;
        writeInt(m, padded - 8, length >>> 29);
        writeInt(m, padded - 4, length << 3);
        int[] h = IV.clone();
        int[] w = new int[160];
        for (int block = 0; block < padded; block += 128) {
            compress(h, w, m, block);
        }
        byte[] out = new byte[64];
        for (int i = 0; i < 16; i++) {
            writeInt(out, 4 * i, h[i]);
        }
        return out;
    }

    private static void compress(int[] h, int[] w, byte[] m, int off) {
        for (int i = 0; i < 32; i++) {
            w[i] = readInt(m, off + 4 * i);
        }
        for (int i = 16; i < 80; i++) {
            // w[i] = sigma1(w[i - 2]) + w[i - 7] + sigma0(w[i - 15]) + w[i - 16]
            int xh = w[2 * (i - 2)];
            int xl = w[2 * (i - 2) + 1];
            int s1h = (xh >>> 19 | xl << 13) ^ (xl >>> 29 | xh << 3) ^ xh >>> 6;
            int s1l = (xl >>> 19 | xh << 13) ^ (xh >>> 29 | xl << 3) ^ (xl >>> 6 | xh << 26);
            xh = w[2 * (i - 15)];
            xl = w[2 * (i - 15) + 1];
            int s0h = (xh >>> 1 | xl << 31) ^ (xh >>> 8 | xl << 24) ^ xh >>> 7;
            int s0l = (xl >>> 1 | xh << 31) ^ (xl >>> 8 | xh << 24) ^ (xl >>> 7 | xh << 25);
            int lo = s1l + w[2 * (i - 7) + 1];
            int hi = s1h + w[2 * (i - 7)] + carry(lo, s1l);
            int lo2 = lo + s0l;
            hi += s0h + carry(lo2, lo);
            lo = lo2 + w[2 * (i - 16) + 1];
            hi += w[2 * (i - 16)] + carry(lo, lo2);
            w[2 * i] = hi;
            w[2 * i + 1] = lo;
        }
        int ah = h[0], al = h[1], bh = h[2], bl = h[3], ch = h[4], cl = h[5], dh = h[6], dl = h[7];
        int eh = h[8], el = h[9], fh = h[10], fl = h[11], gh = h[12], gl = h[13], hh = h[14], hl = h[15];
        for (int i = 0; i < 80; i++) {
            // t1 = h + Sigma1(e) + Ch(e, f, g) + K[i] + w[i]
            int sh = (eh >>> 14 | el << 18) ^ (eh >>> 18 | el << 14) ^ (el >>> 9 | eh << 23);
            int sl = (el >>> 14 | eh << 18) ^ (el >>> 18 | eh << 14) ^ (eh >>> 9 | el << 23);
            int chh = eh & fh ^ ~eh & gh;
            int chl = el & fl ^ ~el & gl;
            int t1l = hl + sl;
            int t1h = hh + sh + carry(t1l, hl);
            int x = t1l + chl;
            t1h += chh + carry(x, t1l);
            t1l = x + K[2 * i + 1];
            t1h += K[2 * i] + carry(t1l, x);
            x = t1l + w[2 * i + 1];
            t1h += w[2 * i] + carry(x, t1l);
            t1l = x;
            // t2 = Sigma0(a) + Maj(a, b, c)
            int zh = (ah >>> 28 | al << 4) ^ (al >>> 2 | ah << 30) ^ (al >>> 7 | ah << 25);
            int zl = (al >>> 28 | ah << 4) ^ (ah >>> 2 | al << 30) ^ (ah >>> 7 | al << 25);
            int t2l = zl + (al & bl ^ al & cl ^ bl & cl);
            int t2h = zh + (ah & bh ^ ah & ch ^ bh & ch) + carry(t2l, zl);
            hh = gh;
            hl = gl;
            gh = fh;
            gl = fl;
            fh = eh;
            fl = el;
            el = dl + t1l;
            eh = dh + t1h + carry(el, dl);
            dh = ch;
            dl = cl;
            ch = bh;
            cl = bl;
            bh = ah;
            bl = al;
            al = t1l + t2l;
            ah = t1h + t2h + carry(al, t1l);
        }
        add(h, 0, ah, al);
        add(h, 2, bh, bl);
        add(h, 4, ch, cl);
        add(h, 6, dh, dl);
        add(h, 8, eh, el);
        add(h, 10, fh, fl);
        add(h, 12, gh, gl);
        add(h, 14, hh, hl);
    }

    /** 1 when the low half {@code sum = x + y} wrapped around (unsigned sum below the addend x), else 0. */
    private static int carry(int sum, int x) {
        return Integer.compareUnsigned(sum, x) < 0 ? 1 : 0;
    }

    private static void add(int[] h, int at, int hi, int lo) {
        int l = h[at + 1] + lo;
        h[at] += hi + carry(l, lo);
        h[at + 1] = l;
    }

    private static int readInt(byte[] b, int off) {
        return b[off] << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | b[off + 3] & 0xff;
    }

    private static void writeInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
