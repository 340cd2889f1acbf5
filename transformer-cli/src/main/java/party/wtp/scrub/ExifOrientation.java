package party.wtp.scrub;

/**
 * Reads the orientation tag (0x0112) from an EXIF segment and writes a minimal EXIF segment holding only that tag.
 * Browsers rotate JPEGs by it, so dropping it would turn phone photos sideways.
 */
final class ExifOrientation {
    private static final int TAG = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {
    }

    /** Returns the orientation 1..8 from an APP1 payload starting with "Exif\0\0", or 0 if absent or unreadable. */
    static int read(byte[] payload) {
        int tiff = 6;
        if (payload.length < tiff + 8) {
            return 0;
        }
        boolean little;
        if (payload[tiff] == 'I' && payload[tiff + 1] == 'I') {
            little = true;
        } else if (payload[tiff] == 'M' && payload[tiff + 1] == 'M') {
            little = false;
        } else {
            return 0;
        }
        long ifd = u32(payload, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > payload.length) {
            return 0;
        }
        int entries = u16(payload, (int) (tiff + ifd), little);
        for (int i = 0; i < entries; i++) {
            int at = (int) (tiff + ifd + 2 + 12L * i);
            if (at + 12 > payload.length) {
                return 0;
            }
            if (u16(payload, at, little) == TAG && u16(payload, at + 2, little) == TYPE_SHORT) {
                int value = u16(payload, at + 8, little);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    /** A complete APP1 segment (marker included): big-endian TIFF, IFD0 with the orientation tag only. */
    static byte[] segment(int orientation) {
        return new byte[] {
            (byte) 0xFF, (byte) 0xE1, 0, 34,
            'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8,
            0, 1,
            0x01, 0x12, 0, TYPE_SHORT, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0,
        };
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF, y = b[at + 1] & 0xFF;
        return little ? x | (y << 8) : (x << 8) | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, little ? at + 2 : at, little), lo = u16(b, little ? at : at + 2, little);
        return (hi << 16) | lo;
    }
}
