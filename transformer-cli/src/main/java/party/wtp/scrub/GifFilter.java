package party.wtp.scrub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Drops GIF comment extensions and XMP application extensions, plus anything after the trailer. Frames, colour
 * tables, graphic control and looping (NETSCAPE2.0) extensions are copied unchanged.
 */
final class GifFilter implements StructureFilter {
    private static final int EXTENSION = 0x21, IMAGE = 0x2C, TRAILER = 0x3B;
    private static final int COMMENT = 0xFE, APPLICATION = 0xFF;

    @Override
    public Rewrite plan(Cursor in) throws IOException {
        Rewrite out = new Rewrite();
        in.skip(10);
        int packed = in.u8();
        in.skip(2);
        if ((packed & 0x80) != 0) {
            in.skip(colourTableBytes(packed));
        }
        out.keep(0, in.position());
        while (true) {
            long start = in.position();
            if (in.atEnd()) {
                throw new MalformedMediaException("GIF ends at byte " + start + " without a trailer");
            }
            int introducer = in.u8();
            if (introducer == TRAILER) {
                out.keep(start, 1);
                if (in.remaining() > 0) {
                    out.drop("data after trailer", in.remaining());
                }
                return out;
            }
            if (introducer == IMAGE) {
                in.skip(8);
                int imagePacked = in.u8();
                if ((imagePacked & 0x80) != 0) {
                    in.skip(colourTableBytes(imagePacked));
                }
                in.skip(1);
                skipSubBlocks(in);
                out.keep(start, in.position() - start);
            } else if (introducer == EXTENSION) {
                String dropped = extension(in);
                if (dropped == null) {
                    out.keep(start, in.position() - start);
                } else {
                    out.drop(dropped, in.position() - start);
                }
            } else {
                throw new MalformedMediaException("unknown GIF block 0x" + Integer.toHexString(introducer) + " at byte " + start);
            }
        }
    }

    /** Skips one extension (after its introducer); returns a label if it is metadata to drop, else null. */
    private static String extension(Cursor in) throws IOException {
        int label = in.u8();
        String dropped = null;
        if (label == COMMENT) {
            dropped = "comment";
        } else if (label == APPLICATION) {
            long blockStart = in.position();
            int size = in.u8();
            byte[] id = in.bytes(Math.min(size, 11));
            if (new String(id, StandardCharsets.ISO_8859_1).equals("XMP DataXMP")) {
                dropped = "XMP";
            }
            in.seek(blockStart);
        }
        skipSubBlocks(in);
        return dropped;
    }

    /** Skips data sub-blocks up to and including the zero-length terminator. XMP's "magic trailer" is built for this. */
    private static void skipSubBlocks(Cursor in) throws IOException {
        int size;
        while ((size = in.u8()) != 0) {
            in.skip(size);
        }
    }

    private static int colourTableBytes(int packed) {
        return 3 * (1 << ((packed & 0x07) + 1));
    }
}
