package party.wtp.scrub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Drops the EXIF and XMP chunks of a WebP file, clears their two flags in the VP8X header and writes the new RIFF
 * size. Image, alpha, animation and ICC chunks are copied unchanged; bytes past the RIFF size are dropped.
 */
final class WebpFilter implements StructureFilter {
    private static final int EXIF_FLAG = 0x08, XMP_FLAG = 0x04;

    @Override
    public Rewrite plan(Cursor in) throws IOException {
        Rewrite out = new Rewrite();
        in.skip(4);
        long riffSize = in.u32le();
        in.skip(4);
        long riffEnd = 8 + riffSize;
        if (riffSize < 4 || riffEnd > in.size()) {
            throw new MalformedMediaException("WebP RIFF size " + riffSize + " does not fit a file of " + in.size() + " bytes");
        }
        byte[] header = new byte[12];
        out.insert(header);
        while (in.position() < riffEnd) {
            long start = in.position();
            if (riffEnd - start < 8) {
                throw new MalformedMediaException("truncated WebP chunk header at byte " + start);
            }
            String fourCc = new String(in.bytes(4), StandardCharsets.ISO_8859_1);
            long size = in.u32le();
            long padded = size + (size & 1);
            if (start + 8 + padded > riffEnd) {
                throw new MalformedMediaException("WebP chunk '" + fourCc + "' at byte " + start + " runs past the RIFF end");
            }
            if (fourCc.equals("EXIF") || fourCc.equals("XMP ")) {
                out.drop(fourCc.trim(), 8 + padded);
            } else if (fourCc.equals("VP8X") && size >= 1) {
                int flags = in.u8();
                out.keep(start, 8);
                out.insert(new byte[] {(byte) (flags & ~(EXIF_FLAG | XMP_FLAG))});
                out.keep(start + 9, padded - 1);
            } else {
                out.keep(start, 8 + padded);
            }
            in.seek(start + 8 + padded);
        }
        if (in.size() > riffEnd) {
            out.drop("data after RIFF end", in.size() - riffEnd);
        }
        long newRiffSize = out.outputLength() - 8;
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, header, 0, 4);
        for (int i = 0; i < 4; i++) {
            header[4 + i] = (byte) (newRiffSize >>> (8 * i));
        }
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, header, 8, 4);
        return out;
    }
}
