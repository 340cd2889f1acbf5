package party.wtp.bytes;

/** RFC 4648 base32 in lower case without padding: file names that survive case-insensitive hosts. */
public final class Base32 {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private Base32() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int acc = 0;
        int bits = 0;
        for (byte b : data) {
            acc = (acc << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET[(acc >>> bits) & 31]);
            }
            acc &= (1 << bits) - 1;
        }
        if (bits > 0) {
            out.append(ALPHABET[(acc << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
