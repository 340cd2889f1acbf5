package party.wtp.bytes;

/** RFC 4648 §5 base64url without padding: the encoding of every key, fingerprint and anchor that travels in a URL. */
public final class Base64Url {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        for (int i = 0; i < VALUES.length; i++) {
            VALUES[i] = -1;
        }
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
        }
    }

    private Base64Url() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 4 + 2) / 3);
        int i = 0;
        for (; i + 3 <= data.length; i += 3) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            out.append(ALPHABET[v >>> 18]).append(ALPHABET[(v >>> 12) & 63])
                    .append(ALPHABET[(v >>> 6) & 63]).append(ALPHABET[v & 63]);
        }
        int rest = data.length - i;
        if (rest == 1) {
            int v = (data[i] & 0xff) << 16;
            out.append(ALPHABET[v >>> 18]).append(ALPHABET[(v >>> 12) & 63]);
        } else if (rest == 2) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8;
            out.append(ALPHABET[v >>> 18]).append(ALPHABET[(v >>> 12) & 63]).append(ALPHABET[(v >>> 6) & 63]);
        }
        return out.toString();
    }

    /**
     * Decodes strictly: only the 64 URL-safe characters, no padding, and unused trailing bits must be zero,
     * so every byte string has exactly one encoding.
     */
    public static byte[] decode(String text) {
        int len = text.length();
        if (len % 4 == 1) {
            throw new IllegalArgumentException("base64url text has an impossible length " + len);
        }
        byte[] out = new byte[len * 3 / 4];
        int bits = 0;
        int acc = 0;
        int o = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0) {
                throw new IllegalArgumentException("not a base64url character: '" + c + "'");
            }
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (acc >>> bits);
                acc &= (1 << bits) - 1;
            }
        }
        if (acc != 0) {
            throw new IllegalArgumentException("base64url text has non-zero trailing bits");
        }
        return out;
    }

    /** Decodes text that must hold exactly {@code length} bytes. */
    public static byte[] decode(String text, int length, String what) {
        byte[] out;
        try {
            out = decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
        if (out.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes, got " + out.length);
        }
        return out;
    }
}
