package party.wtp.scrub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Drops PNG metadata chunks: text (tEXt, zTXt, iTXt — author, software, comments, ImageMagick's raw EXIF profiles),
 * eXIf and the tIME stamp, plus anything after IEND. Other chunks are copied whole, so their CRCs stay valid.
 */
final class PngFilter implements StructureFilter {
    private static final Set<String> METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final long MAX_CHUNK = 0x7FFFFFFFL;

    @Override
    public Rewrite plan(Cursor in) throws IOException {
        Rewrite out = new Rewrite();
        in.skip(8);
        out.keep(0, 8);
        boolean first = true;
        while (true) {
            long start = in.position();
            if (in.atEnd()) {
                throw new MalformedMediaException("PNG ends at byte " + start + " without an IEND chunk");
            }
            long length = in.u32be();
            String type = new String(in.bytes(4), StandardCharsets.ISO_8859_1);
            if (length > MAX_CHUNK || !type.matches("[A-Za-z]{4}")) {
                throw new MalformedMediaException("bad PNG chunk header at byte " + start);
            }
            if (first && !type.equals("IHDR")) {
                throw new MalformedMediaException("PNG does not start with an IHDR chunk");
            }
            first = false;
            in.skip(length + 4);
            long chunkBytes = in.position() - start;
            if (METADATA.contains(type)) {
                out.drop(type, chunkBytes);
            } else {
                out.keep(start, chunkBytes);
            }
            if (type.equals("IEND")) {
                if (in.remaining() > 0) {
                    out.drop("data after IEND", in.remaining());
                }
                return out;
            }
        }
    }
}
