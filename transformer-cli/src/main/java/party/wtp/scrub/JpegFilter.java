package party.wtp.scrub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Drops JPEG metadata segments without touching the compressed image: EXIF, XMP (also extended), IPTC/Photoshop,
 * comments, JFIF and JFXX thumbnails, MPF and every other APPn, plus anything after the end-of-image marker (where MPF
 * phones keep secondary images with their own EXIF). Kept: JFIF, the ICC colour profile and the Adobe segment
 * (both needed to show the right colours), and all frame, table and scan data. When the EXIF orientation was
 * not "normal" a new 34-byte EXIF holding only that tag takes its place, so phone photos stay upright.
 */
final class JpegFilter implements StructureFilter {
    private static final int SOI = 0xD8, EOI = 0xD9, SOS = 0xDA, COM = 0xFE, TEM = 0x01;
    /** "JFIF\0", version, density units and values, thumbnail width and height: the APP0 payload sans thumbnail. */
    private static final int JFIF_WITHOUT_THUMBNAIL = 14;

    @Override
    public Rewrite plan(Cursor in) throws IOException {
        Rewrite out = new Rewrite();
        if (in.u8() != 0xFF || in.u8() != SOI) {
            throw new MalformedMediaException("no JPEG start-of-image marker");
        }
        out.keep(0, 2);
        boolean orientationKept = false;
        long segmentStart = in.position();
        int marker = readMarker(in);
        while (true) {
            if (marker == EOI) {
                out.keep(segmentStart, in.position() - segmentStart);
                if (in.remaining() > 0) {
                    out.drop("data after end of image", in.remaining());
                }
                return out;
            }
            if (marker == SOI) {
                throw new MalformedMediaException("second start-of-image marker at byte " + segmentStart);
            }
            if (marker == TEM || (marker >= 0xD0 && marker <= 0xD7)) {
                out.keep(segmentStart, in.position() - segmentStart);
                segmentStart = in.position();
                marker = readMarker(in);
                continue;
            }
            int length = in.u16be();
            if (length < 2) {
                throw new MalformedMediaException("JPEG segment at byte " + segmentStart + " has length " + length);
            }
            long payloadStart = in.position();
            in.require(length - 2);
            long end = payloadStart + length - 2;
            byte[] signature = in.bytes(Math.min(40, length - 2));
            String dropped = verdict(marker, signature);
            if (dropped == null && marker == 0xE0 && length - 2 > JFIF_WITHOUT_THUMBNAIL) {
                out.insert(jfifWithoutThumbnail(signature));
                out.drop("JFIF thumbnail", length - 2 - JFIF_WITHOUT_THUMBNAIL);
            } else if (dropped == null) {
                out.keep(segmentStart, end - segmentStart);
            } else if (dropped.equals("EXIF")) {
                in.seek(payloadStart);
                int orientation = ExifOrientation.read(in.bytes(length - 2));
                boolean keepOrientation = !orientationKept && orientation > 1;
                out.drop(keepOrientation ? "EXIF (orientation kept)" : "EXIF", end - segmentStart);
                if (keepOrientation) {
                    out.insert(ExifOrientation.segment(orientation));
                    orientationKept = true;
                }
            } else {
                out.drop(dropped, end - segmentStart);
            }
            in.seek(end);
            if (marker == SOS) {
                segmentStart = skipScanData(in, out);
                marker = in.u8();
                while (marker == 0xFF) {
                    marker = in.u8();
                }
            } else {
                segmentStart = in.position();
                marker = readMarker(in);
            }
        }
    }

    /** Keeps the entropy-coded data after a scan header; returns where the next marker (its first 0xFF) starts. */
    private static long skipScanData(Cursor in, Rewrite out) throws IOException {
        long dataStart = in.position();
        while (true) {
            if (in.atEnd()) {
                throw new MalformedMediaException("JPEG image data ends without an end-of-image marker (truncated?)");
            }
            if (in.u8() != 0xFF) {
                continue;
            }
            long markerStart = in.position() - 1;
            int next = in.atEnd() ? -1 : in.u8();
            while (next == 0xFF) {
                next = in.atEnd() ? -1 : in.u8();
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                continue;
            }
            if (next < 0) {
                throw new MalformedMediaException("JPEG image data ends without an end-of-image marker (truncated?)");
            }
            out.keep(dataStart, markerStart - dataStart);
            in.seek(markerStart);
            return markerStart;
        }
    }

    /** The JFIF APP0 segment with its fields kept and its (uncropped, possibly revealing) thumbnail cut out. */
    private static byte[] jfifWithoutThumbnail(byte[] payloadStart) {
        byte[] segment = new byte[4 + JFIF_WITHOUT_THUMBNAIL];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) 0xE0;
        segment[3] = (byte) (2 + JFIF_WITHOUT_THUMBNAIL);
        System.arraycopy(payloadStart, 0, segment, 4, JFIF_WITHOUT_THUMBNAIL - 2);
        return segment;
    }

    private static int readMarker(Cursor in) throws IOException {
        long at = in.position();
        if (in.atEnd()) {
            throw new MalformedMediaException("JPEG ends at byte " + at + " before its end-of-image marker");
        }
        if (in.u8() != 0xFF) {
            throw new MalformedMediaException("expected a JPEG marker at byte " + at);
        }
        int marker = in.u8();
        while (marker == 0xFF) {
            marker = in.u8();
        }
        if (marker == 0x00) {
            throw new MalformedMediaException("expected a JPEG marker at byte " + at);
        }
        return marker;
    }

    /** Returns a label for a segment to drop, or null to keep it. */
    private static String verdict(int marker, byte[] payloadStart) {
        String sig = new String(payloadStart, StandardCharsets.ISO_8859_1);
        switch (marker) {
            case 0xE0:
                return sig.startsWith("JFIF\0") ? null : sig.startsWith("JFXX\0") ? "JFIF thumbnail" : "APP0";
            case 0xE1:
                if (sig.startsWith("Exif\0")) {
                    return "EXIF";
                }
                if (sig.startsWith("http://ns.adobe.com/xap/1.0/\0")) {
                    return "XMP";
                }
                return sig.startsWith("http://ns.adobe.com/xmp/extension/\0") ? "extended XMP" : "APP1";
            case 0xE2:
                return sig.startsWith("ICC_PROFILE\0") ? null : sig.startsWith("MPF\0") ? "MPF" : "APP2";
            case 0xED:
                return sig.startsWith("Photoshop 3.0\0") ? "IPTC/Photoshop" : "APP13";
            case 0xEE:
                return sig.startsWith("Adobe") ? null : "APP14";
            case COM:
                return "comment";
            default:
                return marker >= 0xE0 && marker <= 0xEF ? "APP" + (marker - 0xE0) : null;
        }
    }
}
