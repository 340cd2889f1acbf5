package party.wtp.site;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A file's text, decoded so that encoding it again with {@link #charset()} gives back exactly the file's bytes. A byte
 * order mark stays in the text as U+FEFF. Bytes that are not valid in the declared charset make the text fall back to
 * ISO-8859-1, which keeps every byte (and every ASCII character of the markup) intact, with a warning.
 *
 * @param text the decoded text
 * @param charset the charset that turns {@code text} back into the file's bytes
 */
record SourceText(String text, Charset charset) {

    /** The charset named by a leading byte order mark, or null. */
    static Charset byteOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static SourceText decode(byte[] bytes, Charset charset, FileReferences refs) {
        String text = strictRoundTrip(bytes, charset);
        if (text != null) {
            return new SourceText(text, charset);
        }
        if (asciiCompatible(charset)) {
            refs.warnFile("is not valid " + charset.name() + "; its bytes are kept as they are, but references with"
                    + " non-ASCII characters in it may not resolve");
            return new SourceText(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        }
        refs.warnFile("is not valid " + charset.name() + "; invalid bytes were replaced by U+FFFD");
        return new SourceText(new String(bytes, charset), charset);
    }

    /** Which code points {@code charset} can encode. */
    static IntPredicate encodable(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.UTF_16BE)
                || charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16)) {
            return cp -> true;
        }
        CharsetEncoder encoder = charset.newEncoder();
        return cp -> cp < 0x80 || encoder.canEncode(new String(Character.toChars(cp)));
    }

    private static String strictRoundTrip(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Arrays.equals(text.getBytes(charset), bytes) ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean asciiCompatible(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        byte[] ascii = new byte[128];
        for (int i = 0; i < 128; i++) {
            ascii[i] = (byte) i;
        }
        return Arrays.equals(new String(ascii, StandardCharsets.US_ASCII).getBytes(charset), ascii);
    }
}
