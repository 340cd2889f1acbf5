package party.wtp.bytes;

/** Strict UTF-8 both ways, written out so the TeaVM build needs no charset machinery. */
public final class Utf8 {
    private Utf8() {
    }

    public static byte[] encode(String s) {
        ByteWriterLite out = new ByteWriterLite(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(++i));
            } else if (Character.isSurrogate((char) c)) {
                c = 0xfffd;
            }
            if (c < 0x80) {
                out.add(c);
            } else if (c < 0x800) {
                out.add(0xc0 | c >> 6);
                out.add(0x80 | c & 63);
            } else if (c < 0x10000) {
                out.add(0xe0 | c >> 12);
                out.add(0x80 | c >> 6 & 63);
                out.add(0x80 | c & 63);
            } else {
                out.add(0xf0 | c >> 18);
                out.add(0x80 | c >> 12 & 63);
                out.add(0x80 | c >> 6 & 63);
                out.add(0x80 | c & 63);
            }
        }
        return out.toArray();
    }

    /** Decodes, refusing overlong forms, surrogates and truncated sequences. */
    public static String decode(byte[] b, String what) {
        return decode(b, 0, b.length, what);
    }

    /**
     * Decodes {@code length} bytes from {@code offset} as browsers decode pages: each malformed sequence (overlong,
     * surrogate, truncated, stray byte) becomes U+FFFD and decoding goes on after its first byte.
     */
    public static String decodeLenient(byte[] b, int offset, int length) {
        return decode(b, offset, offset + length, null);
    }

    /**
     * The one decoding loop: strict (throws naming {@code what}) unless {@code what} is null, else each maximal
     * invalid subpart becomes one U+FFFD (the WHATWG Encoding Standard's rule, which Java's decoder follows too).
     */
    private static String decode(byte[] b, int from, int to, String what) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int n = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : 0;
            // the second byte's range rules out overlong forms, surrogates and code points above U+10FFFF
            int low = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
            int high = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
            c &= n == 1 ? 0x1f : n == 2 ? 0x0f : 0x07;
            int k = 1;
            while (n > 0 && k <= n && i + k < to) {
                int cc = b[i + k] & 0xff;
                if (cc < (k == 1 ? low : 0x80) || cc > (k == 1 ? high : 0xbf)) {
                    break;
                }
                c = c << 6 | cc & 63;
                k++;
            }
            if (n > 0 && k > n) {
                out.appendCodePoint(c);
            } else if (what == null) {
                out.append('\ufffd');
            } else {
                throw new MalformedException(what + " is not valid UTF-8" + (i + k >= to ? " (truncated)" : ""));
            }
            i += k;
        }
        return out.toString();
    }

    private static final class ByteWriterLite {
        private byte[] buf;
        private int size;

        ByteWriterLite(int cap) {
            buf = new byte[cap];
        }

        void add(int v) {
            if (size == buf.length) {
                byte[] n = new byte[buf.length * 2 + 4];
                System.arraycopy(buf, 0, n, 0, size);
                buf = n;
            }
            buf[size++] = (byte) v;
        }

        byte[] toArray() {
            byte[] out = new byte[size];
            System.arraycopy(buf, 0, out, 0, size);
            return out;
        }
    }
}
