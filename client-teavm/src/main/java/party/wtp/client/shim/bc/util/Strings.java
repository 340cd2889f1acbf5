package party.wtp.client.shim.bc.util;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.util.StringList;
import org.bouncycastle.util.encoders.UTF8;

/**
 * Slim TeaVM stand-in for {@code org.bouncycastle.util.Strings}. The original's static initializer reads the line
 * separator through {@code AccessController} and {@code String.format}, which pulls a formatter and
 * {@code java.security.Security} into the bundle. Same public API and behaviour otherwise; the line separator is "\n".
 */
public final class Strings {
    private Strings() {
    }

    /** Decodes strict UTF-8; throws {@link IllegalArgumentException} on malformed input. */
    public static String fromUTF8ByteArray(byte[] bytes) {
        return fromUTF8ByteArray(bytes, 0, bytes.length);
    }

    /** Decodes strict UTF-8 from a slice. */
    public static String fromUTF8ByteArray(byte[] bytes, int off, int length) {
        char[] chars = new char[length];
        int count = UTF8.transcodeToUTF16(bytes, off, length, chars);
        if (count < 0) {
            throw new IllegalArgumentException("Invalid UTF-8 input");
        }
        return new String(chars, 0, count);
    }

    /** Decodes UTF-8, optionally leniently (as Bouncy Castle's own transcoder defines it). */
    public static String fromUTF8ByteArray(byte[] bytes, boolean lenient) {
        return fromUTF8ByteArray(bytes, 0, bytes.length, lenient);
    }

    /** Decodes UTF-8 from a slice, optionally leniently. */
    public static String fromUTF8ByteArray(byte[] bytes, int off, int length, boolean lenient) {
        char[] chars = new char[length];
        int count = UTF8.transcodeToUTF16(bytes, off, length, chars, lenient);
        if (count < 0) {
            throw new IllegalArgumentException("Invalid UTF-8 input");
        }
        return new String(chars, 0, count);
    }

    /** Encodes as UTF-8; unpaired surrogates are an {@link IllegalStateException}. */
    public static byte[] toUTF8ByteArray(String string) {
        return toUTF8ByteArray(string.toCharArray());
    }

    /** Encodes as UTF-8. */
    public static byte[] toUTF8ByteArray(char[] chars) {
        return toUTF8ByteArray(chars, 0, chars.length);
    }

    /** Encodes a slice as UTF-8. */
    public static byte[] toUTF8ByteArray(char[] chars, int off, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        try {
            toUTF8ByteArray(chars, off, length, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode string to byte array!", e);
        }
        return out.toByteArray();
    }

    /** Writes UTF-8 to a stream. */
    public static void toUTF8ByteArray(char[] chars, OutputStream out) throws IOException {
        toUTF8ByteArray(chars, 0, chars.length, out);
    }

    /** Writes a slice as UTF-8 to a stream. */
    public static void toUTF8ByteArray(char[] chars, int off, int length, OutputStream out) throws IOException {
        byte[] buf = new byte[Math.min(Math.max(length, 1) * 3, 4096) + 4];
        int pos = 0;
        int end = off + length;
        for (int i = off; i < end; i++) {
            if (pos > buf.length - 4) {
                out.write(buf, 0, pos);
                pos = 0;
            }
            char c = chars[i];
            if (c < 0x80) {
                buf[pos++] = (byte) c;
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | (c >> 6));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (c > 0xDBFF) {
                    throw new IllegalStateException("invalid UTF-16 high surrogate");
                }
                if (++i >= end) {
                    throw new IllegalStateException("invalid UTF-16 codepoint (truncated surrogate pair)");
                }
                char low = chars[i];
                if (low < 0xDC00 || low > 0xDFFF) {
                    throw new IllegalStateException("invalid UTF-16 low surrogate");
                }
                int codePoint = 0x10000 + (((c & 0x3FF) << 10) | (low & 0x3FF));
                buf[pos++] = (byte) (0xF0 | (codePoint >> 18));
                buf[pos++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                buf[pos++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                buf[pos++] = (byte) (0xE0 | (c >> 12));
                buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        out.write(buf, 0, pos);
    }

    /** ASCII-only upper-casing, independent of locale. */
    public static String toUpperCase(String string) {
        char[] chars = string.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'a' && c <= 'z') {
                chars[i] = (char) (c - 'a' + 'A');
                changed = true;
            }
        }
        return changed ? new String(chars) : string;
    }

    /** ASCII-only lower-casing, independent of locale. */
    public static String toLowerCase(String string) {
        char[] chars = string.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c - 'A' + 'a');
                changed = true;
            }
        }
        return changed ? new String(chars) : string;
    }

    /** The low byte of each char. */
    public static byte[] toByteArray(char[] chars) {
        byte[] bytes = new byte[chars.length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) chars[i];
        }
        return bytes;
    }

    /** The low byte of each char. */
    public static byte[] toByteArray(String string) {
        byte[] bytes = new byte[string.length()];
        toByteArray(string, bytes, 0);
        return bytes;
    }

    /** Writes the low byte of each char into {@code buf} at {@code off}; returns the count written. */
    public static int toByteArray(String string, byte[] buf, int off) {
        int count = string.length();
        for (int i = 0; i < count; i++) {
            buf[off + i] = (byte) string.charAt(i);
        }
        return count;
    }

    /** Compares without an early exit on the first difference. */
    public static boolean constantTimeAreEqual(String a, String b) {
        boolean equal = a.length() == b.length();
        int len = a.length();
        if (equal) {
            for (int i = 0; i != len; i++) {
                equal &= a.charAt(i) == b.charAt(i);
            }
        } else {
            for (int i = 0; i != len; i++) {
                equal &= a.charAt(i) == ' ';
            }
        }
        return equal;
    }

    /** Each byte as one char (ISO-8859-1). */
    public static String fromByteArray(byte[] bytes) {
        return new String(asCharArray(bytes));
    }

    /** Each byte as one char (ISO-8859-1). */
    public static char[] asCharArray(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i != chars.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        return chars;
    }

    /** Splits on every occurrence of {@code delimiter}, keeping empty parts. */
    public static String[] split(String input, char delimiter) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = input.indexOf(delimiter, start)) >= 0) {
            parts.add(input.substring(start, at));
            start = at + 1;
        }
        parts.add(input.substring(start));
        return parts.toArray(new String[0]);
    }

    /** A new, empty, growable string list. */
    public static StringList newList() {
        return new ArrayStringList();
    }

    /** Always "\n": a browser has no platform line separator. */
    public static String lineSeparator() {
        return "\n";
    }
}
