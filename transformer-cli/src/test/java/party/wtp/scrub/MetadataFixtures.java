package party.wtp.scrub;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Builds real image files carrying known identifying metadata (author, GPS, camera, software), written with the
 * same libraries and layouts cameras and editors use, so tests can prove the scrubber takes every trace out.
 * Also used by the sample-site generator for its geotagged photo.
 */
public final class MetadataFixtures {
    public static final String AUTHOR = "Wilhelmina Quarrington";
    public static final String CAMERA_MAKE = "Fictocam Optical";
    public static final String CAMERA_MODEL = "Zephyr FX-9000";
    public static final String SOFTWARE = "DarkroomWizard 7.3.1";
    public static final String COPYRIGHT = "Quarrington Family Archive";
    public static final String TAKEN_AT = "2019:07:14 21:03:55";
    public static final String CITY = "Quedlinburg";
    public static final String GPS_TEXT = "51,47.2513N";
    public static final String COMMENT = "shot from the balcony of flat 4B";
    public static final double LATITUDE = 51.787522;
    public static final double LONGITUDE = 11.147111;

    /** Every string a scrubbed file must no longer contain. */
    public static final List<String> SECRETS =
            List.of(AUTHOR, CAMERA_MAKE, CAMERA_MODEL, SOFTWARE, COPYRIGHT, TAKEN_AT, CITY, GPS_TEXT, COMMENT);

    /** An XMP packet as photo tools write it, with creator, camera, software and GPS. */
    public static final String XMP = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\""
            + " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\">\n"
            + "<dc:creator><rdf:Seq><rdf:li>" + AUTHOR + "</rdf:li></rdf:Seq></dc:creator>\n"
            + "<xmp:CreatorTool>" + SOFTWARE + "</xmp:CreatorTool>\n"
            + "<tiff:Make>" + CAMERA_MAKE + "</tiff:Make><tiff:Model>" + CAMERA_MODEL + "</tiff:Model>\n"
            + "<exif:GPSLatitude>" + GPS_TEXT + "</exif:GPSLatitude><photoshop:City>" + CITY + "</photoshop:City>\n"
            + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";

    private MetadataFixtures() {
    }

    /** A colourful test picture with edges and gradients, so any pixel change would show. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xFF7A1A), width, height, new Color(0x1A5BFF)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xFFE14D));
        g.fillOval(width / 5, height / 5, width / 2, height / 2);
        g.setColor(Color.WHITE);
        g.fillRect(width * 3 / 5, height / 8, width / 6, height * 3 / 4);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** EXIF as a camera writes it: artist, make, model, software, copyright, date, orientation and GPS. */
    public static TiffOutputSet exif(int orientation) throws IOException {
        TiffOutputSet set = new TiffOutputSet();
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_ARTIST, AUTHOR);
        root.add(TiffTagConstants.TIFF_TAG_MAKE, CAMERA_MAKE);
        root.add(TiffTagConstants.TIFF_TAG_MODEL, CAMERA_MODEL);
        root.add(TiffTagConstants.TIFF_TAG_SOFTWARE, SOFTWARE);
        root.add(TiffTagConstants.TIFF_TAG_COPYRIGHT, COPYRIGHT);
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, TAKEN_AT);
        set.setGpsInDegrees(LONGITUDE, LATITUDE);
        return set;
    }

    /** The EXIF block alone, a TIFF structure as PNG eXIf and WebP EXIF chunks hold it. */
    public static byte[] exifTiff() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TiffImageWriterLossy().write(out, exif(1));
        return out.toByteArray();
    }

    public static byte[] withExif(byte[] jpeg, int orientation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif(orientation));
        return out.toByteArray();
    }

    public static byte[] withXmp(byte[] jpeg) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(jpeg, out, XMP);
        return out.toByteArray();
    }

    public static byte[] withIptc(byte[] jpeg) throws IOException {
        List<IptcRecord> records = List.of(
                new IptcRecord(IptcTypes.BYLINE, AUTHOR),
                new IptcRecord(IptcTypes.CITY, CITY),
                new IptcRecord(IptcTypes.COPYRIGHT_NOTICE, COPYRIGHT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(records, List.of()));
        return out.toByteArray();
    }

    /** Inserts a COM segment right after the start-of-image marker. */
    public static byte[] withJpegComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + text.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xFE).putShort((short) (text.length + 2)).put(text);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A JPEG with EXIF (incl. GPS), XMP, IPTC and a comment, as a phone plus a photo editor would leave it. */
    public static byte[] taggedJpeg(BufferedImage image, int orientation) throws IOException {
        return withJpegComment(withIptc(withXmp(withExif(jpeg(image, false), orientation))), COMMENT);
    }

    /** A PNG chunk with its CRC. */
    public static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** Inserts chunks right after IHDR (signature 8 bytes + IHDR 25 bytes). */
    public static byte[] withPngChunks(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** The metadata chunks photo tools put in PNGs: tEXt, zTXt, iTXt (XMP), eXIf and tIME. */
    public static byte[][] pngMetadataChunks() throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated)) {
            z.write(COMMENT.getBytes(StandardCharsets.ISO_8859_1));
        }
        ByteArrayOutputStream ztxt = new ByteArrayOutputStream();
        ztxt.writeBytes("Comment\0\0".getBytes(StandardCharsets.ISO_8859_1));
        ztxt.writeBytes(deflated.toByteArray());
        return new byte[][] {
            pngChunk("tEXt", ("Author\0" + AUTHOR).getBytes(StandardCharsets.ISO_8859_1)),
            pngChunk("tEXt", ("Software\0" + SOFTWARE).getBytes(StandardCharsets.ISO_8859_1)),
            pngChunk("zTXt", ztxt.toByteArray()),
            pngChunk("iTXt", ("XML:com.adobe.xmp\0\0\0\0\0" + XMP).getBytes(StandardCharsets.UTF_8)),
            pngChunk("eXIf", exifTiff()),
            pngChunk("tIME", new byte[] {0x07, (byte) 0xE3, 7, 14, 21, 3, 55}),
        };
    }

    /** A GIF comment extension. */
    public static byte[] gifComment(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x21);
        out.write(0xFE);
        out.write(bytes.length);
        out.writeBytes(bytes);
        out.write(0);
        return out.toByteArray();
    }

    /** An XMP application extension laid out as Adobe specifies: raw packet, then the 258-byte "magic trailer". */
    public static byte[] gifXmp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x21);
        out.write(0xFF);
        out.write(11);
        out.writeBytes("XMP DataXMP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(XMP.getBytes(StandardCharsets.UTF_8));
        out.write(0x01);
        for (int b = 0xFF; b >= 0x00; b--) {
            out.write(b);
        }
        out.write(0x00);
        return out.toByteArray();
    }

    /** Inserts blocks into a GIF right before its first extension or image (after header and global colour table). */
    public static byte[] withGifBlocks(byte[] gif, byte[]... blocks) {
        int packed = gif[10] & 0xFF;
        int at = 13 + ((packed & 0x80) != 0 ? 3 * (1 << ((packed & 7) + 1)) : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gif, 0, at);
        for (byte[] block : blocks) {
            out.writeBytes(block);
        }
        out.write(gif, at, gif.length - at);
        return out.toByteArray();
    }

    /** A RIFF chunk (little-endian size, padded to even length). */
    public static byte[] riffChunk(String fourCc, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    /** A RIFF WebP container around the given chunks. */
    public static byte[] webp(byte[]... chunks) {
        int size = 4;
        for (byte[] chunk : chunks) {
            size += chunk.length;
        }
        ByteBuffer out = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        for (byte[] chunk : chunks) {
            out.put(chunk);
        }
        return out.array();
    }

    /** A VP8X chunk with the given flags and canvas size. */
    public static byte[] vp8x(int flags, int width, int height) {
        byte[] data = new byte[10];
        data[0] = (byte) flags;
        data[4] = (byte) (width - 1);
        data[5] = (byte) ((width - 1) >> 8);
        data[6] = (byte) ((width - 1) >> 16);
        data[7] = (byte) (height - 1);
        data[8] = (byte) ((height - 1) >> 8);
        data[9] = (byte) ((height - 1) >> 16);
        return riffChunk("VP8X", data);
    }
}
