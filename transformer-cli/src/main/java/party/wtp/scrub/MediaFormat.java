package party.wtp.scrub;

import java.nio.charset.StandardCharsets;

/** The file formats the scrubber knows, recognised by their leading magic bytes. */
public enum MediaFormat {
    JPEG, PNG, GIF, WEBP, PDF, OTHER;

    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int SNIFF_LENGTH = 1024;

    /**
     * Recognises a format from the first bytes of a file (up to {@link #SNIFF_LENGTH}; fewer when the file is shorter).
     * A PDF may have junk before {@code %PDF-}, as readers accept it anywhere in the first kilobyte.
     */
    public static MediaFormat sniff(byte[] head, int length) {
        if (startsWith(head, length, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, length, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, length, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, length, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        if (startsWith(head, length, 0, 'R', 'I', 'F', 'F') && startsWith(head, length, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        if (indexOf(head, Math.min(length, SNIFF_LENGTH), "%PDF-".getBytes(StandardCharsets.US_ASCII)) >= 0) {
            return PDF;
        }
        return OTHER;
    }

    private static boolean startsWith(byte[] head, int length, int at, int... magic) {
        if (length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] head, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (head[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
