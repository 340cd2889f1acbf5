package party.wtp.route;

import party.wtp.bytes.Utf8;

/** Percent-encoding of UTF-8 for fragment parts: unreserved characters stay, everything else becomes %XX. */
final class PercentCoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCoding() {
    }

    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : Utf8.encode(s)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '~';
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    static String decode(String s) {
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out[n++] = (byte) (hexDigit(s.charAt(i + 1)) << 4 | hexDigit(s.charAt(i + 2)));
                i += 2;
            } else if (c < 128) {
                out[n++] = (byte) c;
            } else {
                throw new IllegalArgumentException("this link is damaged: raw non-ASCII text in its fragment");
            }
        }
        byte[] exact = new byte[n];
        System.arraycopy(out, 0, exact, 0, n);
        return Utf8.decode(exact, "fragment");
    }

    /** One hexadecimal digit of a percent escape (by hand: the class library's number parser is large in the browser). */
    private static int hexDigit(char c) {
        int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (d < 0) {
            throw new IllegalArgumentException("this link is damaged: a bad percent escape in its fragment");
        }
        return d;
    }
}
