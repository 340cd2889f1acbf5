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
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n;
            int min;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            } else if (c >= 0xc2 && c < 0xe0) {
                n = 1;
                c &= 0x1f;
                min = 0x80;
            } else if (c >= 0xe0 && c < 0xf0) {
                n = 2;
                c &= 0x0f;
                min = 0x800;
            } else if (c >= 0xf0 && c < 0xf5) {
                n = 3;
                c &= 0x07;
                min = 0x10000;
            } else {
                throw new MalformedException(what + " is not valid UTF-8");
            }
            if (i + n >= b.length) {
                throw new MalformedException(what + " is not valid UTF-8 (truncated)");
            }
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    throw new MalformedException(what + " is not valid UTF-8");
                }
                c = c << 6 | cc & 63;
            }
            if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
                throw new MalformedException(what + " is not valid UTF-8");
            }
            out.appendCodePoint(c);
            i += n + 1;
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
