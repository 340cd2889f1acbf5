package party.wtp.scrub;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Finds known strings anywhere in raw file bytes, in the encodings metadata uses (ASCII/UTF-8, UTF-16 both ways). */
final class Leaks {
    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);

    private Leaks() {
    }

    /** The needles that occur in {@code bytes} in any of the encodings. */
    static List<String> in(byte[] bytes, List<String> needles) {
        List<String> found = new ArrayList<>();
        for (String needle : needles) {
            for (Charset encoding : ENCODINGS) {
                if (indexOf(bytes, needle.getBytes(encoding)) >= 0) {
                    found.add(needle + " (" + encoding + ")");
                    break;
                }
            }
        }
        return found;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
